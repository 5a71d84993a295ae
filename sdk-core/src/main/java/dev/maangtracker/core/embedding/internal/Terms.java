package dev.maangtracker.core.embedding.internal;

import dev.maangtracker.core.text.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Splits text into normalised content terms: lower-cased words without stop words, reduced to a
 * crude stem and mapped to one spelling for common synonyms, so that "scaled the databases" and
 * "scaling a DB" share terms.
 */
public final class Terms {

    private static final Set<String> STOP_WORDS = Set.of(
            "a", "about", "above", "after", "again", "all", "also", "am", "an", "and", "any", "are", "as", "at",
            "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could",
            "did", "do", "does", "doing", "down", "during", "each", "few", "for", "from", "further", "had", "has",
            "have", "having", "he", "her", "here", "hers", "him", "his", "how", "i", "if", "in", "into", "is", "it",
            "its", "itself", "just", "me", "more", "most", "my", "myself", "no", "nor", "not", "now", "of", "off",
            "on", "once", "only", "or", "other", "our", "ours", "out", "over", "own", "same", "she", "should",
            "so", "some", "such", "than", "that", "the", "their", "theirs", "them", "then", "there", "these",
            "they", "this", "those", "through", "to", "too", "under", "until", "up", "very", "was", "we", "were",
            "what", "when", "where", "which", "while", "who", "whom", "why", "will", "with", "would", "you",
            "your", "yours", "let", "lets", "us", "really", "thing", "things", "get", "got", "make", "made",
            "well", "like", "much", "many", "one", "way", "s", "t", "d", "ll", "m", "re", "ve");

    /** One spelling for words the interview domain uses interchangeably (applied after stemming). */
    private static final Map<String, String> SYNONYMS = Map.ofEntries(
            Map.entry("db", "databas"), Map.entry("databas", "databas"), Map.entry("datastor", "databas"),
            Map.entry("rp", "throughput"), Map.entry("qp", "throughput"), Map.entry("tp", "throughput"),
            Map.entry("latenc", "latenc"), Map.entry("slow", "latenc"),
            Map.entry("shard", "partition"), Map.entry("partition", "partition"),
            Map.entry("replica", "replic"), Map.entry("replic", "replic"),
            Map.entry("cach", "cach"), Map.entry("memcach", "cach"), Map.entry("redi", "cach"),
            Map.entry("api", "endpoint"), Map.entry("endpoint", "endpoint"),
            Map.entry("user", "user"), Map.entry("customer", "user"), Map.entry("client", "user"),
            Map.entry("manag", "manag"), Map.entry("boss", "manag"), Map.entry("lead", "lead"),
            Map.entry("disagre", "conflict"), Map.entry("conflict", "conflict"), Map.entry("argu", "conflict"),
            Map.entry("mistak", "failur"), Map.entry("fail", "failur"), Map.entry("failur", "failur"),
            Map.entry("outcom", "result"), Map.entry("result", "result"), Map.entry("impact", "result"),
            Map.entry("deadlin", "deadlin"), Map.entry("tradeoff", "tradeoff"), Map.entry("trade", "tradeoff"));

    private Terms() {
    }

    /** The content terms of a text, in order. Never null; empty for blank text. */
    public static List<String> of(String text) {
        List<String> terms = new ArrayList<>();
        for (String word : Words.of(text, "+#")) {
            if (!STOP_WORDS.contains(word)) {
                String stem = stem(word);
                terms.add(SYNONYMS.getOrDefault(stem, stem));
            }
        }
        return terms;
    }

    /** A light suffix-stripping stem: enough to join inflections, never shorter than three letters. */
    static String stem(String word) {
        if (word.length() <= 3 || !Character.isLetter(word.charAt(word.length() - 1))) {
            return word;
        }
        String[][] rules = {
                {"ational", "ate"}, {"ization", "ize"}, {"isation", "ize"}, {"fulness", "ful"}, {"iveness", "ive"},
                {"ousness", "ous"}, {"ments", ""}, {"ment", ""}, {"ness", ""}, {"ings", ""}, {"ing", ""},
                {"ities", ""}, {"ity", ""}, {"edly", ""}, {"ied", "y"}, {"ies", "y"}, {"ers", ""}, {"er", ""},
                {"ed", ""}, {"ly", ""}, {"es", ""}, {"s", ""}, {"e", ""}};
        for (String[] rule : rules) {
            String suffix = rule[0];
            if (word.endsWith(suffix) && word.length() - suffix.length() + rule[1].length() >= 3) {
                if (suffix.equals("s") && word.endsWith("ss")) {
                    return word;
                }
                return word.substring(0, word.length() - suffix.length()) + rule[1];
            }
        }
        return word;
    }
}
