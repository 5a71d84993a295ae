/** Text handling behind lexical search and keyword extraction: tokens, stop words, stems. Not API. */
package dev.maangtracker.rag.internal;
