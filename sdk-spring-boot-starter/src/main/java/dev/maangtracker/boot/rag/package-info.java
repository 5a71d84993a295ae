/** RAG memory adapters: the PostgreSQL + pgvector memory store over R2DBC. */
package dev.maangtracker.boot.rag;
