/** The caller's long-term memory: search with the reason for each rank, notes in, forgetting one or all. */
package dev.maangtracker.app.memory;
