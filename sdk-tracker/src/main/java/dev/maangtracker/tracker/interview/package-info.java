/** Mock interviews as roadmap practice: each answered coding or system design question becomes attempts. */
package dev.maangtracker.tracker.interview;
