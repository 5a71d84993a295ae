/**
 * RAG memory: every conversation is remembered as per-user memories and the relevant ones are
 * retrieved later, for that user only. Writing lives in {@code write}, retrieval and ranking in
 * {@code retrieve}, storage ports in {@code store}, result caching in {@code cache}.
 */
package dev.maangtracker.rag;
