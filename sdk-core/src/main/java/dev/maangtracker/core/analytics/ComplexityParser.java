package dev.maangtracker.core.analytics;

import dev.maangtracker.core.analytics.internal.Sentence;
import dev.maangtracker.core.analytics.internal.Token;
import dev.maangtracker.core.analytics.internal.TokenizedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads stated complexities. Three forms are understood:
 *
 * <ul>
 *   <li>big-O notation: {@code O(n log n)}, {@code O(N^2)}, {@code O(n²)}, {@code Θ(V + E)},
 *       {@code O(nlogn)}, normalised to lower case with single spaces ({@code O(n log n)},
 *       {@code O(n^2)}, {@code O(v + e)});</li>
 *   <li>spoken big-O: "O of n", "big O of n squared", "O of one";</li>
 *   <li>words: constant → {@code O(1)}, logarithmic → {@code O(log n)}, linear → {@code O(n)},
 *       linearithmic / log-linear / "n log n" → {@code O(n log n)}, quadratic / "n squared" →
 *       {@code O(n^2)}, cubic → {@code O(n^3)}, exponential → {@code O(2^n)}, factorial → {@code O(n!)};
 *       counted only next to time/space/memory/complexity or after "is", "in", "runs", "takes", ...
 *       ("linear time", "this is quadratic"; not "a linear scan", "constant factor").</li>
 * </ul>
 *
 * A claim is an alternative when its sentence talks about a brute-force, naive, initial or original
 * approach ("brute", "naive", "initially", "originally", "instead", "previously", "old") or it
 * follows "from". A claim is about space when "space", "memory", "extra" or "auxiliary" follows it within three
 * words (or, failing that, precedes it within six words, without another claim between), and about
 * time otherwise. Stateless and thread-safe.
 */
final class ComplexityParser {

    private static final int MAX_INNER_TOKENS = 24;
    private static final int MAX_NOTATION_CHARS = 40;

    private static final Set<String> BIG_O_LETTERS = Set.of("o", "θ", "ω");
    private static final Set<String> SPACE_WORDS = Set.of("space", "memory", "extra", "auxiliary", "storage");
    private static final Set<String> TIME_WORDS = Set.of("time", "runtime", "run-time", "runs", "run", "takes");
    private static final Set<String> CONTEXT_AFTER = Set.of("time", "runtime", "run-time", "space", "memory",
            "complexity", "extra", "auxiliary", "additional", "storage");
    private static final Set<String> CONTEXT_BEFORE = Set.of("is", "in", "be", "runs", "takes", "it's", "that's",
            "stays", "remains", "becomes", "was", "are", "being", "uses", "use", "needs");
    private static final Set<String> SPOKEN_WORDS = Set.of("n", "m", "k", "v", "e", "l", "h", "w", "d", "log",
            "squared", "cubed", "plus", "times", "factorial", "to", "the", "power", "one", "two", "+", "*", "^", "1",
            "2");
    private static final Set<String> ALTERNATIVE_CUES = Set.of("brute", "brute-force", "naive", "naively", "naïve",
            "initially", "initial", "originally", "original", "instead", "previously", "old");
    private static final Set<String> SPOKEN_CONNECTORS = Set.of("to", "the", "power", "plus", "times", "+", "*", "^");
    private static final Map<String, String> VERBAL = Map.ofEntries(
            Map.entry("constant", "1"), Map.entry("logarithmic", "log n"), Map.entry("linear", "n"),
            Map.entry("linearithmic", "n log n"), Map.entry("log-linear", "n log n"), Map.entry("loglinear", "n log n"),
            Map.entry("n log n", "n log n"), Map.entry("quadratic", "n^2"), Map.entry("n squared", "n^2"),
            Map.entry("cubic", "n^3"), Map.entry("n cubed", "n^3"), Map.entry("exponential", "2^n"),
            Map.entry("factorial", "n!"), Map.entry("log n", "log n"));

    private ComplexityParser() {
    }

    /** A notation read from tokens {@code [from, to)}. */
    private record Notation(int from, int to, String bigO) {
    }

    /** Every complexity claim in the text, in order. */
    static List<ComplexityClaim> parse(TokenizedText t) {
        List<Notation> notations = new ArrayList<>();
        int i = 0;
        while (i < t.size()) {
            Notation notation = notationAt(t, i);
            if (notation != null) {
                notations.add(notation);
                i = notation.to();
            } else {
                i++;
            }
        }
        boolean[] alternativeSentence = alternativeSentences(t);
        List<ComplexityClaim> claims = new ArrayList<>(notations.size());
        for (int k = 0; k < notations.size(); k++) {
            Notation n = notations.get(k);
            int previousEnd = k > 0 ? notations.get(k - 1).to() : 0;
            int nextStart = k + 1 < notations.size() ? notations.get(k + 1).from() : t.size();
            claims.add(new ComplexityClaim(dimension(t, n.from(), n.to(), previousEnd, nextStart), n.bigO(),
                    t.span(n.from(), n.to()), isAlternative(t, n.from(), alternativeSentence)));
        }
        return claims;
    }

    private static Notation notationAt(TokenizedText t, int i) {
        Token token = t.token(i);
        if (!token.isWord()) {
            return null;
        }
        String w = token.norm();
        if (BIG_O_LETTERS.contains(w) && i + 1 < t.size() && t.token(i + 1).text().equals("(")) {
            return symbolic(t, i);
        }
        if (w.equals("o") && t.isWord(i + 1, "of")) {
            return spoken(t, i);
        }
        return verbal(t, i);
    }

    private static Notation symbolic(TokenizedText t, int i) {
        int depth = 0;
        StringBuilder inner = new StringBuilder();
        for (int k = i + 1; k < t.size() && k <= i + 1 + MAX_INNER_TOKENS; k++) {
            String text = t.token(k).text();
            if (text.equals("(")) {
                depth++;
                if (depth == 1) {
                    continue;
                }
            } else if (text.equals(")")) {
                depth--;
                if (depth == 0) {
                    String bigO = bigO(inner.toString());
                    return bigO == null ? null : new Notation(i, k + 1, bigO);
                }
            }
            inner.append(text).append(' ');
        }
        return null;
    }

    private static Notation spoken(TokenizedText t, int i) {
        List<String> words = new ArrayList<>();
        int k = i + 2;
        while (k < t.size() && k < i + 2 + 8 && SPOKEN_WORDS.contains(t.token(k).norm())) {
            words.add(t.token(k).norm());
            k++;
        }
        while (!words.isEmpty() && SPOKEN_CONNECTORS.contains(words.get(words.size() - 1))) {
            words.remove(words.size() - 1);
            k--;
        }
        String expression = String.join(" ", words);
        if (expression.isEmpty() || !expression.matches(".*(?:\\b[nmkvelhwd]\\b|\\b1\\b|\\bone\\b).*")) {
            return null;
        }
        String bigO = bigO(expression.replaceAll("\\bone\\b", "1").replaceAll("\\btwo\\b", "2")
                .replaceAll("\\bto the power of\\b|\\bto the\\b", "^").replace("squared", "^2").replace("cubed", "^3")
                .replace("plus", "+").replace("times", "*").replace("factorial", "!"));
        return bigO == null ? null : new Notation(i, k, bigO);
    }

    private static Notation verbal(TokenizedText t, int i) {
        for (int length = 3; length >= 1; length--) {
            if (i + length > t.size()) {
                continue;
            }
            StringBuilder phrase = new StringBuilder();
            boolean words = true;
            for (int k = i; k < i + length && words; k++) {
                words = t.token(k).isWord();
                phrase.append(k > i ? " " : "").append(t.token(k).norm());
            }
            String inner = words ? VERBAL.get(phrase.toString()) : null;
            if (inner == null) {
                continue;
            }
            boolean contextAfter = i + length < t.size() && CONTEXT_AFTER.contains(t.token(i + length).norm());
            boolean contextBefore = i > 0 && CONTEXT_BEFORE.contains(t.token(i - 1).norm());
            if (contextAfter || contextBefore) {
                int end = contextAfter && isTimeOrSpace(t.token(i + length).norm()) ? i + length + 1 : i + length;
                return new Notation(i, end, "O(" + inner + ")");
            }
            return null;
        }
        return null;
    }

    private static boolean isTimeOrSpace(String word) {
        return word.equals("time") || word.equals("space");
    }

    /** Normalises the inside of a big-O: {@code "N * log ( N )"} → {@code "O(n log n)"}. */
    static String bigO(String inner) {
        String s = inner.toLowerCase(Locale.ROOT).replace("²", "^2").replace("³", "^3").replace('·', '*').replace('×', '*');
        s = s.replaceAll("\\s*\\^\\s*", "^");
        s = s.replaceAll("\\(\\s*", "(").replaceAll("\\s*\\)", ")");
        s = s.replaceAll("\\b(?:lg|ln)\\b", "log");
        s = s.replaceAll("log\\s*\\(([^()]+)\\)", "log $1");
        s = s.replaceAll("\\b([a-z])log([a-z])\\b", "$1 log $2");
        s = s.replaceAll("\\blog([a-z])\\b", "log $1");
        s = s.replaceAll("\\s*\\*\\s*log\\b", " log");
        s = s.replaceAll("\\s*\\*\\s*", " * ");
        s = s.replaceAll("\\s*\\+\\s*", " + ");
        s = s.replaceAll("\\s*!", "!");
        s = s.replaceAll("\\s+", " ").trim();
        if (s.isEmpty() || s.length() > MAX_NOTATION_CHARS || !s.matches(".*[\\p{L}\\p{N}].*")) {
            return null;
        }
        return "O(" + s + ")";
    }

    private static boolean isAlternative(TokenizedText t, int from, boolean[] alternativeSentence) {
        return (from > 0 && t.token(from - 1).is("from")) || alternativeSentence[t.sentenceIndexOf(from)];
    }

    /** For each sentence, whether it talks about an abandoned approach. */
    private static boolean[] alternativeSentences(TokenizedText t) {
        boolean[] alternative = new boolean[t.sentences().size()];
        for (int i = 0; i < t.size(); i++) {
            if (ALTERNATIVE_CUES.contains(t.token(i).norm())) {
                alternative[t.sentenceIndexOf(i)] = true;
            }
        }
        return alternative;
    }

    private static ComplexityDimension dimension(TokenizedText t, int from, int to, int previousEnd, int nextStart) {
        String last = t.token(to - 1).norm();
        if (SPACE_WORDS.contains(last)) {
            return ComplexityDimension.SPACE;
        }
        if (TIME_WORDS.contains(last)) {
            return ComplexityDimension.TIME;
        }
        Sentence sentence = t.sentenceOf(from);
        int afterLimit = Math.min(Math.min(to + 3, nextStart), sentence.endToken());
        for (int k = to; k < afterLimit; k++) {
            String w = t.token(k).norm();
            if (SPACE_WORDS.contains(w)) {
                return ComplexityDimension.SPACE;
            }
            if (TIME_WORDS.contains(w)) {
                return ComplexityDimension.TIME;
            }
        }
        int beforeLimit = Math.max(Math.max(from - 6, previousEnd), sentence.firstToken());
        for (int k = from - 1; k >= beforeLimit; k--) {
            String w = t.token(k).norm();
            if (SPACE_WORDS.contains(w)) {
                return ComplexityDimension.SPACE;
            }
            if (TIME_WORDS.contains(w)) {
                return ComplexityDimension.TIME;
            }
        }
        return ComplexityDimension.TIME;
    }
}
