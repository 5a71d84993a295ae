/** The read path: dense and lexical candidates, fusion, threshold, diversity, recency, caching, context formatting. */
package dev.maangtracker.rag.retrieve;
