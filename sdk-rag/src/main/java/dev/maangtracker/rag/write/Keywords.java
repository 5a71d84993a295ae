package dev.maangtracker.rag.write;

import dev.maangtracker.rag.internal.LexicalTokens;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The few most frequent content words of a text, as written (lower case), for tags and display. */
final class Keywords {

    /** Keywords kept per memory. */
    static final int MAX_KEYWORDS = 6;

    private Keywords() {
    }

    static List<String> of(String text) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{Nd}+#]+")) {
            if (word.length() > 3 && !LexicalTokens.of(word).isEmpty()) {
                counts.merge(word, 1, Integer::sum);
            }
        }
        return counts.entrySet().stream()
                .sorted((a, b) -> Integer.compare(b.getValue(), a.getValue()))
                .limit(MAX_KEYWORDS).map(Map.Entry::getKey).toList();
    }
}
