/** Embeddings for the SDK's {@code Embedder} port from Spring AI: the local all-MiniLM-L6-v2 model by default. */
package dev.maangtracker.boot.embedding;
