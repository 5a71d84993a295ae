/** The {@code LanguageModel} port (text in, text or a token stream out) and prompt templates. */
package dev.maangtracker.core.llm;
