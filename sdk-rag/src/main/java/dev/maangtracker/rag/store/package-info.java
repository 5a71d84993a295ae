/** The {@code MemoryStore} port and its in-memory implementation. */
package dev.maangtracker.rag.store;
