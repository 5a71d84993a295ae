/** Turning text into vectors: the {@code Embedder} port, an offline hashing embedder and vector maths. */
package dev.maangtracker.core.embedding;
