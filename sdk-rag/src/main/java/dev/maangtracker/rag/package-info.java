/** RAG memory: remembering a user's conversations and retrieving what matters, for that user only. */
package dev.maangtracker.rag;
