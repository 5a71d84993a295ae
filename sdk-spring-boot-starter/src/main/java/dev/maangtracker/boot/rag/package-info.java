/**
 * RAG memory in the starter: the PostgreSQL + pgvector memory store over R2DBC, the Redis retrieval
 * cache, and the auto-configuration of the memory writer, retriever and forgetter ({@code maang.rag.*}).
 */
package dev.maangtracker.boot.rag;
