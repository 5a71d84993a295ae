/** Text normalisation behind the hashing embedder: terms, stop words, stemming. Not API. */
package dev.maangtracker.core.embedding.internal;
