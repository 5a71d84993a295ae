/** The write path: chunking, batched embedding, tagging and merging near-duplicates into memories. */
package dev.maangtracker.rag.write;
