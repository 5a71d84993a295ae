package dev.maangtracker.core.analytics;

import dev.maangtracker.core.analytics.internal.PhraseMatcher;
import dev.maangtracker.core.analytics.internal.TokenizedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * Weighs hedging against decisive language. Hedges are phrases such as "I think", "I guess",
 * "maybe", "probably", "might", "not sure", "hopefully", plus "kind of"/"sort of" where
 * {@link FillerDetector} judged them hedges (not "a kind of tree"). Decisive phrases are such as
 * "I decided", "I chose", "because", "so that", "measured", "I'm confident".
 *
 * <p>Score: {@code 70 - 10 * hedgesPer100Words + 6 * decisivePer100Words}, clamped to 0–100, so a
 * plain answer with neither scores 70 and the effect of each signal does not grow with answer
 * length. An answer without words scores 0. Stateless after construction and thread-safe.
 */
final class ConfidenceAnalyzer {

    static final int NEUTRAL_SCORE = 70;

    private static final List<String> HEDGES = List.of(
            "i think", "i guess", "i suppose", "i believe", "i feel like", "i assume", "i'm guessing", "maybe",
            "perhaps", "probably", "possibly", "might", "not sure", "i'm not sure", "i am not sure", "not certain",
            "i'm not certain", "i don't know", "i dunno", "hopefully", "somewhat", "more or less",
            "if i remember correctly", "if i recall correctly", "i would say", "i'd say", "presumably",
            "i could be wrong", "not really sure", "to some extent");
    private static final List<String> DECISIVE = List.of(
            "i decided", "i chose", "i picked", "i led", "i owned", "i drove", "i proposed", "i recommended",
            "i insisted", "i made the call", "i made sure", "i'm confident", "i am confident", "i'm sure", "i am sure",
            "i'm certain", "i am certain", "i know", "definitely", "certainly", "clearly", "because", "so that",
            "therefore", "which means", "the reason", "measured", "benchmarked", "verified", "validated",
            "i committed", "i prioritized", "i prioritised", "the trade-off", "the tradeoff", "i concluded");
    private static final Set<String> FILLER_HEDGES = Set.of("kind of", "sort of", "kinda", "sorta");

    private final PhraseMatcher<String> hedges;
    private final PhraseMatcher<String> decisive;

    ConfidenceAnalyzer(List<String> extraHedges) {
        List<String> all = new ArrayList<>(HEDGES);
        all.addAll(extraHedges);
        this.hedges = PhraseMatcher.ofPhrases(all);
        this.decisive = PhraseMatcher.ofPhrases(DECISIVE);
    }

    Confidence analyze(TokenizedText t, FillerScan fillers) {
        TreeMap<Integer, String> hedgeAt = new TreeMap<>();
        for (PhraseMatcher.Match<String> match : hedges.findAll(t)) {
            hedgeAt.put(match.from(), match.phrase());
        }
        List<FillerOccurrence> occurrences = fillers.fillers().occurrences();
        for (int k = 0; k < occurrences.size(); k++) {
            if (FILLER_HEDGES.contains(occurrences.get(k).filler())) {
                hedgeAt.putIfAbsent(fillers.firstTokenOf(k), occurrences.get(k).filler());
            }
        }
        List<String> decisivePhrases = new ArrayList<>();
        for (PhraseMatcher.Match<String> match : decisive.findAll(t)) {
            decisivePhrases.add(match.phrase());
        }
        List<String> hedgeList = List.copyOf(hedgeAt.values());
        int words = t.wordCount();
        if (words == 0) {
            return new Confidence(hedgeList, decisivePhrases, 0, 0);
        }
        double hedgeRate = hedgeList.size() * 100.0 / words;
        double decisiveRate = decisivePhrases.size() * 100.0 / words;
        double raw = NEUTRAL_SCORE - 10 * hedgeRate + 6 * decisiveRate;
        int score = (int) Math.round(Math.max(0, Math.min(100, raw)));
        return new Confidence(hedgeList, decisivePhrases, hedgeRate, score);
    }
}
