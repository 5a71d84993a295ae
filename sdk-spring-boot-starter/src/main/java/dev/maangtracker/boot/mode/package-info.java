/** Choosing between the embedded default and the full deployment (PostgreSQL, Redis) from standard Spring properties. */
package dev.maangtracker.boot.mode;
