package dev.maangtracker.core.analytics.internal;

import dev.maangtracker.core.error.InvalidInputException;
import java.util.Objects;

/**
 * One token of an answer: a word (letters and digits, with inner apostrophes, hyphens, dots or
 * slashes, e.g. {@code don't}, {@code node.js}, {@code 3.5}, {@code 200ms}, {@code I/O}), a symbol
 * ({@code %}, {@code $}, {@code +}, emoji) or a punctuation mark (a run of sentence terminators such
 * as {@code ?!} or {@code ...} is one token).
 *
 * @param text  the token exactly as written
 * @param norm  lower-case form with typographic apostrophes and hyphens replaced by ASCII ones
 * @param start index of the first char in the analysed text
 * @param end   index after the last char in the analysed text
 * @param kind  word, symbol or punctuation
 */
public record Token(String text, String norm, int start, int end, Kind kind) {

    /** What a token is. */
    public enum Kind {
        /** Letters and digits: counted as a word. */
        WORD,
        /** Currency, maths, percent and other symbols. */
        SYMBOL,
        /** Punctuation, sentence terminators included. */
        PUNCTUATION
    }

    /** Checks the components; the tokenizer never produces an empty token. */
    public Token {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(norm, "norm");
        Objects.requireNonNull(kind, "kind");
        if (text.isEmpty() || start < 0 || end <= start) {
            throw InvalidInputException.of("token", "empty token at " + start);
        }
    }

    /** Whether this is a word (numbers included). */
    public boolean isWord() {
        return kind == Kind.WORD;
    }

    /** Whether this is a punctuation mark. */
    public boolean isPunctuation() {
        return kind == Kind.PUNCTUATION;
    }

    /** Whether this is a symbol such as {@code %} or {@code $}. */
    public boolean isSymbol() {
        return kind == Kind.SYMBOL;
    }

    /** Whether this is a word that starts with a digit ({@code 40}, {@code 3.5}, {@code 200ms}). */
    public boolean isNumeric() {
        return kind == Kind.WORD && Character.isDigit(text.codePointAt(0));
    }

    /** Whether this word starts with an upper-case or title-case letter. */
    public boolean isCapitalized() {
        int first = text.codePointAt(0);
        return kind == Kind.WORD && (Character.isUpperCase(first) || Character.isTitleCase(first));
    }

    /** Whether this punctuation may end a sentence ({@code .}, {@code !}, {@code ?}, an ellipsis). */
    public boolean isTerminator() {
        return kind == Kind.PUNCTUATION && Tokenizer.isTerminatorRun(text);
    }

    /** Whether this is punctuation that does not end a sentence: comma, dash, colon, bracket, quote. */
    public boolean isSoftPunctuation() {
        return kind == Kind.PUNCTUATION && !isTerminator();
    }

    /** Whether this is a word whose normalised form equals {@code word}. */
    public boolean is(String word) {
        return kind == Kind.WORD && norm.equals(word);
    }
}
