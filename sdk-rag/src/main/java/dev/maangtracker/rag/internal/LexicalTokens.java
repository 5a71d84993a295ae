package dev.maangtracker.rag.internal;

import dev.maangtracker.core.text.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits text into stemmed, stop-word-free terms, close to what PostgreSQL's {@code english}
 * text-search configuration produces, so the in-memory store ranks like the database does.
 */
public final class LexicalTokens {

    private static final Set<String> STOP_WORDS = Set.of("a", "about", "above", "after", "again", "against", "all",
            "am", "an", "and", "any", "are", "as", "at", "be", "because", "been", "before", "being", "below", "between",
            "both", "but", "by", "can", "could", "did", "do", "does", "doing", "down", "during", "each", "few", "for",
            "from", "further", "had", "has", "have", "having", "he", "her", "here", "hers", "herself", "him",
            "himself", "his", "how", "i", "if", "in", "into", "is", "it", "its", "itself", "just", "me", "more",
            "most", "my", "myself", "no", "nor", "not", "now", "of", "off", "on", "once", "only", "or", "other",
            "our", "ours", "ourselves", "out", "over", "own", "same", "she", "should", "so", "some", "such", "than",
            "that", "the", "their", "theirs", "them", "themselves", "then", "there", "these", "they", "this",
            "those", "through", "to", "too", "under", "until", "up", "very", "was", "we", "were", "what", "when",
            "where", "which", "while", "who", "whom", "why", "will", "with", "would", "you", "your", "yours",
            "yourself", "yourselves", "s", "t", "d", "ll", "m", "re", "ve");

    private LexicalTokens() {
    }

    /** The terms of a text in order; empty for blank text. */
    public static List<String> of(String text) {
        List<String> terms = new ArrayList<>();
        for (String word : Words.of(text, "")) {
            if (!STOP_WORDS.contains(word)) {
                terms.add(stem(word));
            }
        }
        return terms;
    }

    /** A light English stem (plural, past, gerund, adverb suffixes), at least three letters long. */
    static String stem(String word) {
        if (word.length() <= 3 || !Character.isLetter(word.charAt(word.length() - 1))) {
            return word;
        }
        String[][] rules = {{"ational", "ate"}, {"izations", "ize"}, {"ization", "ize"}, {"ations", "ate"},
                {"ation", "ate"}, {"nesses", ""}, {"ness", ""}, {"ments", ""}, {"ment", ""}, {"ings", ""}, {"ing", ""},
                {"ied", "y"}, {"ies", "y"}, {"edly", ""}, {"ed", ""}, {"ly", ""}, {"sses", "ss"}, {"es", ""}, {"s", ""}};
        for (String[] rule : rules) {
            String suffix = rule[0];
            if (word.endsWith(suffix) && word.length() - suffix.length() + rule[1].length() >= 3) {
                if (suffix.equals("s") && (word.endsWith("ss") || word.endsWith("us") || word.endsWith("is"))) {
                    return word;
                }
                return word.substring(0, word.length() - suffix.length()) + rule[1];
            }
        }
        // "caching" -> "cach" and "cache" -> "cach": drop a final silent e so both meet.
        return word.endsWith("e") && word.length() > 4 ? word.substring(0, word.length() - 1) : word;
    }
}
