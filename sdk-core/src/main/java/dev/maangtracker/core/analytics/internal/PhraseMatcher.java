package dev.maangtracker.core.analytics.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Finds fixed word phrases ({@code "as a result"}, {@code "i'm not sure"}) in tokenised text. A
 * phrase matches consecutive word tokens by their normalised form, so punctuation between two
 * words breaks a match ({@code "I, think"} is not {@code "I think"}). At each position the longest
 * phrase wins and matches never overlap. Immutable and thread-safe.
 *
 * @param <V> what a phrase stands for (a weight, a canonical name, an enum constant)
 */
public final class PhraseMatcher<V> {

    /** One phrase found in a text: tokens {@code [from, to)}. */
    public record Match<V>(int from, int to, String phrase, V value) {
    }

    private record Entry<V>(String[] words, String phrase, V value) {
    }

    private final Map<String, List<Entry<V>>> byFirstWord;

    private PhraseMatcher(Map<String, List<Entry<V>>> byFirstWord) {
        this.byFirstWord = byFirstWord;
    }

    /**
     * Builds a matcher. Phrases are normalised like tokens (lower case, ASCII apostrophes) and split
     * on white space; a phrase listed twice keeps its last value.
     */
    public static <V> PhraseMatcher<V> of(Map<String, V> phrases) {
        Map<String, V> unique = new LinkedHashMap<>();
        phrases.forEach((phrase, value) -> {
            String key = Tokenizer.collapseWhitespace(Tokenizer.normalise(phrase));
            if (!key.isEmpty()) {
                unique.put(key, Objects.requireNonNull(value, "value"));
            }
        });
        Map<String, List<Entry<V>>> index = new HashMap<>();
        unique.forEach((phrase, value) -> {
            String[] words = phrase.split(" ");
            index.computeIfAbsent(words[0], w -> new ArrayList<>()).add(new Entry<>(words, phrase, value));
        });
        index.values().forEach(list -> list.sort(Comparator.comparingInt((Entry<V> e) -> -e.words().length)));
        index.replaceAll((w, list) -> List.copyOf(list));
        return new PhraseMatcher<>(Map.copyOf(index));
    }

    /** Builds a matcher where every phrase stands for itself. */
    public static PhraseMatcher<String> ofPhrases(Iterable<String> phrases) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String phrase : phrases) {
            map.put(phrase, Tokenizer.collapseWhitespace(phrase.trim()));
        }
        return of(map);
    }

    /** The longest phrase that starts at token {@code index}, or {@code null}. */
    public Match<V> matchAt(TokenizedText text, int index) {
        Token first = text.token(index);
        if (!first.isWord()) {
            return null;
        }
        List<Entry<V>> candidates = byFirstWord.get(first.norm());
        if (candidates == null) {
            return null;
        }
        for (Entry<V> entry : candidates) {
            String[] words = entry.words();
            if (index + words.length > text.size()) {
                continue;
            }
            boolean all = true;
            for (int k = 1; k < words.length && all; k++) {
                all = text.token(index + k).is(words[k]);
            }
            if (all) {
                return new Match<>(index, index + words.length, entry.phrase(), entry.value());
            }
        }
        return null;
    }

    /** Every non-overlapping match in the tokens {@code [from, to)}, left to right. */
    public List<Match<V>> findAll(TokenizedText text, int from, int to) {
        List<Match<V>> matches = new ArrayList<>();
        int i = from;
        while (i < to) {
            Match<V> match = matchAt(text, i);
            if (match != null && match.to() <= to) {
                matches.add(match);
                i = match.to();
            } else {
                i++;
            }
        }
        return matches;
    }

    /** Every non-overlapping match in the whole text, left to right. */
    public List<Match<V>> findAll(TokenizedText text) {
        return findAll(text, 0, text.size());
    }
}
