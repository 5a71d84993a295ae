/** Caching retrieval results per user, invalidated by a per-user version on every write. */
package dev.maangtracker.rag.cache;
