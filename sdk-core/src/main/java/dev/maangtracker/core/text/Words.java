package dev.maangtracker.core.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into lower-cased words: runs of letters and digits, optionally with a few extra
 * characters kept inside a word (so "c++" or "c#" stay whole). Stateless and thread-safe.
 */
public final class Words {

    private Words() {
    }

    /**
     * The words of a text, lower-cased, in order; empty for {@code null} or text without letters.
     *
     * @param text           any text
     * @param extraWordChars characters that continue a word once it has started, e.g. {@code "+#"};
     *                       empty for none
     */
    public static List<String> of(String text, String extraWordChars) {
        List<String> words = new ArrayList<>();
        if (text == null) {
            return words;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        int i = 0;
        while (i < lower.length()) {
            while (i < lower.length() && !Character.isLetterOrDigit(lower.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < lower.length() && (Character.isLetterOrDigit(lower.charAt(i))
                    || extraWordChars.indexOf(lower.charAt(i)) >= 0)) {
                i++;
            }
            if (i > start) {
                words.add(lower.substring(start, i));
            }
        }
        return words;
    }
}
