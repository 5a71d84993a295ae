/** The {@code MemoryStore} port, its in-memory implementation and the lexical ranking stores share. */
package dev.maangtracker.rag.store;
