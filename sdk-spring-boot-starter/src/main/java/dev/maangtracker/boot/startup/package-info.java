/** What the starter chose for each component (embedded or full), reported once at start-up. */
package dev.maangtracker.boot.startup;
