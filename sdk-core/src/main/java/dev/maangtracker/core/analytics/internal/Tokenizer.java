package dev.maangtracker.core.analytics.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Splits answer text into {@link Token tokens} and sentences. White space of any kind (spaces,
 * tabs, line breaks, no-break spaces), control and format characters only separate tokens, so the
 * result does not change when white space is added or removed between words. Typographic
 * apostrophes ({@code ’}) and hyphens are normalised, so {@code don’t} and {@code don't} are the
 * same word. Stateless and thread-safe.
 */
public final class Tokenizer {

    private static final String TERMINATORS = ".!?…‼⁇⁈⁉。！？";
    private static final String APOSTROPHES = "'’‘ʼ`´";
    private static final String HYPHENS = "-‐‑";
    /** Join two letters or digits into one word: {@code don't}, {@code gpt-4}, {@code node.js}, {@code I/O}, {@code max_value}, {@code AT&T}. */
    private static final String JOINERS = APOSTROPHES + HYPHENS + "._/&";
    private static final String ASCII_SYMBOLS = "%$#@&*\\/^~|+=<>";
    /** Dotted abbreviations whose final full stop belongs to the word: {@code e.g.}, {@code i.e.}, {@code U.S.}. */
    private static final Pattern DOTTED_ABBREVIATION = Pattern.compile("(?:\\p{L}\\.)+\\p{L}");

    private Tokenizer() {
    }

    /**
     * Tokenises a text and splits it into sentences.
     *
     * @param text any text, possibly empty; never {@code null}
     */
    public static TokenizedText tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            int cp = text.codePointAt(i);
            int width = Character.charCount(cp);
            if (isSeparator(cp)) {
                i += width;
            } else if (Character.isLetterOrDigit(cp)) {
                int end = scanWord(text, i);
                String word = text.substring(i, end);
                tokens.add(new Token(word, normalise(word), i, end, Token.Kind.WORD));
                i = end;
            } else if (TERMINATORS.indexOf(cp) >= 0) {
                int end = i;
                while (end < n && TERMINATORS.indexOf(text.codePointAt(end)) >= 0) {
                    end += Character.charCount(text.codePointAt(end));
                }
                String run = text.substring(i, end);
                tokens.add(new Token(run, run, i, end, Token.Kind.PUNCTUATION));
                i = end;
            } else {
                String mark = text.substring(i, i + width);
                Token.Kind kind = isSymbol(cp) ? Token.Kind.SYMBOL : Token.Kind.PUNCTUATION;
                tokens.add(new Token(mark, normalise(mark), i, i + width, kind));
                i += width;
            }
        }
        return new TokenizedText(text, tokens, SentenceSplitter.split(text, tokens));
    }

    /** Whether a code point only separates tokens: white space, control and format characters. */
    public static boolean isSeparator(int cp) {
        if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.CONTROL || type == Character.FORMAT;
    }

    /** The text with every run of {@linkplain #isSeparator separators} replaced by one space, trimmed. */
    public static String collapseWhitespace(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean pendingSpace = false;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (isSeparator(cp)) {
                pendingSpace = out.length() > 0;
            } else {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.appendCodePoint(cp);
            }
        }
        return out.toString();
    }

    /** The normalised form of a word: lower case, ASCII apostrophes and hyphens. */
    public static String normalise(String word) {
        StringBuilder out = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (APOSTROPHES.indexOf(c) >= 0) {
                out.append('\'');
            } else if (HYPHENS.indexOf(c) >= 0) {
                out.append('-');
            } else {
                out.append(c);
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    static boolean isTerminatorRun(String text) {
        return !text.isEmpty() && text.codePoints().allMatch(cp -> TERMINATORS.indexOf(cp) >= 0);
    }

    private static int scanWord(String text, int start) {
        int n = text.length();
        int j = start + Character.charCount(text.codePointAt(start));
        while (j < n) {
            int cp = text.codePointAt(j);
            int width = Character.charCount(cp);
            if (Character.isLetterOrDigit(cp) || isMark(cp)) {
                j += width;
                continue;
            }
            if (j + width < n && joins(cp, text.codePointBefore(j), text.codePointAt(j + width))) {
                j += width;
                continue;
            }
            break;
        }
        String word = text.substring(start, j);
        if (word.equalsIgnoreCase("c") && text.startsWith("++", j)) {
            return j + 2;
        }
        if ((word.equalsIgnoreCase("c") || word.equalsIgnoreCase("f")) && j < n && text.charAt(j) == '#') {
            return j + 1;
        }
        if (j < n && text.charAt(j) == '.' && DOTTED_ABBREVIATION.matcher(word).matches()) {
            return j + 1;
        }
        return j;
    }

    private static boolean joins(int cp, int before, int after) {
        if (cp == ',') {
            return Character.isDigit(before) && Character.isDigit(after);
        }
        return JOINERS.indexOf(cp) >= 0
                && (Character.isLetterOrDigit(before) || isMark(before))
                && Character.isLetterOrDigit(after);
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private static boolean isSymbol(int cp) {
        if (cp < 128) {
            return ASCII_SYMBOLS.indexOf(cp) >= 0;
        }
        int type = Character.getType(cp);
        return type == Character.MATH_SYMBOL || type == Character.CURRENCY_SYMBOL
                || type == Character.MODIFIER_SYMBOL || type == Character.OTHER_SYMBOL
                || type == Character.OTHER_NUMBER || type == Character.SURROGATE
                || type == Character.PRIVATE_USE || type == Character.UNASSIGNED;
    }
}
