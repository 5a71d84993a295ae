package dev.maangtracker.core.analytics.internal;

import dev.maangtracker.core.error.InvalidInputException;
import java.util.Objects;

/**
 * One sentence of an answer: a range of tokens ending at a sentence terminator or at the end of the
 * text. Line breaks do not end sentences, so reflowing the text never changes them.
 *
 * @param firstToken index of its first token
 * @param endToken   index after its last token
 * @param wordCount  how many of its tokens are words
 * @param text       its text with every run of white space collapsed to one space
 */
public record Sentence(int firstToken, int endToken, int wordCount, String text) {

    /** Checks the range. */
    public Sentence {
        Objects.requireNonNull(text, "text");
        if (firstToken < 0 || endToken <= firstToken || wordCount < 0) {
            throw InvalidInputException.of("sentence", "bad sentence range " + firstToken + ".." + endToken);
        }
    }

    /** Whether the token index falls inside this sentence. */
    public boolean contains(int tokenIndex) {
        return tokenIndex >= firstToken && tokenIndex < endToken;
    }
}
