package dev.maangtracker.core.interview;

import java.util.Locale;

/** Checks that a quote is really in a text, ignoring case, punctuation spacing and runs of white space. */
final class Quotes {

    private Quotes() {
    }

    static boolean occursIn(String quote, String text) {
        String needle = normalise(quote);
        return !needle.isEmpty() && normalise(text).contains(needle);
    }

    static String shorten(String quote) {
        return quote.length() <= 80 ? quote : quote.substring(0, 77) + "...";
    }

    private static String normalise(String text) {
        String folded = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'')
                .replace('\u201c', '"').replace('\u201d', '"');
        StringBuilder out = new StringBuilder(folded.length());
        boolean space = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isLetterOrDigit(c) || c == '%' || c == '$') {
                if (space && out.length() > 0) {
                    out.append(' ');
                }
                out.append(c);
                space = false;
            } else {
                space = true;
            }
        }
        return out.toString();
    }
}
