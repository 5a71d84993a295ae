package dev.maangtracker.core.analytics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Derives the four 0–100 scores, each with a one-line explanation.
 *
 * <ul>
 *   <li>Fluency: {@code 100 - min(70, 7 * fillersPer100Words) - min(30, 0.5 * wpmOutsideGoodBand)};
 *       pace counts only when a duration was given.</li>
 *   <li>Confidence and clarity: the {@link Confidence#score()} and {@link Clarity#score()}.</li>
 *   <li>Content: weighted mean of specificity (weight 1), STAR coverage × 100 for stories (weight 1),
 *       and for code answers a code score (weight 2) of 35 for a stated time complexity, 20 for a
 *       stated space complexity and 15 per kind of edge case mentioned (at most 45).</li>
 * </ul>
 *
 * An answer without words scores 0 everywhere. Stateless after construction and thread-safe.
 */
final class ScoreCalculator {

    static final double FILLER_PENALTY_PER_RATE = 7;
    static final double MAX_FILLER_PENALTY = 70;
    static final double PACE_PENALTY_PER_WPM = 0.5;
    static final double MAX_PACE_PENALTY = 30;
    static final int TIME_COMPLEXITY_POINTS = 35;
    static final int SPACE_COMPLEXITY_POINTS = 20;
    static final int EDGE_CASE_POINTS = 15;
    static final int MAX_EDGE_CASE_POINTS = 45;

    private static final String NO_WORDS = "the answer has no words";

    private final PaceAnalyzer pace;

    ScoreCalculator(PaceAnalyzer pace) {
        this.pace = pace;
    }

    AnswerScores score(int wordCount, Fillers fillers, Optional<Pace> pace, Optional<StarStructure> star,
            Specificity specificity, Confidence confidence, Clarity clarity, Optional<CodeExplanation> code) {
        if (wordCount == 0) {
            Score none = new Score(0, NO_WORDS);
            return new AnswerScores(none, none, none, none);
        }
        return new AnswerScores(fluency(fillers, pace), confidence(confidence), clarity(clarity),
                content(star, specificity, code));
    }

    private Score fluency(Fillers fillers, Optional<Pace> measuredPace) {
        double fillerPenalty = Math.min(MAX_FILLER_PENALTY, FILLER_PENALTY_PER_RATE * fillers.ratePer100Words());
        double pacePenalty = measuredPace
                .map(p -> Math.min(MAX_PACE_PENALTY, PACE_PENALTY_PER_WPM * pace.distanceOutsideBand(p.wordsPerMinute())))
                .orElse(0.0);
        String fillerPart = fillers.count() == 0 ? "no fillers"
                : plural(fillers.count(), "filler") + " (" + decimal(fillers.ratePer100Words()) + " per 100 words: "
                        + topFillers(fillers.countsByFiller()) + ")";
        String pacePart = measuredPace.map(this::describePace).orElse("no spoken duration, pace not scored");
        return new Score(clamp(100 - fillerPenalty - pacePenalty), fillerPart + "; " + pacePart);
    }

    private String describePace(Pace p) {
        String band = " (good: " + pace.goodMinWpm() + "–" + pace.goodMaxWpm() + " wpm)";
        String wpm = Math.round(p.wordsPerMinute()) + " wpm";
        switch (p.verdict()) {
            case TOO_SLOW:
                return wpm + " is too slow" + band;
            case TOO_FAST:
                return wpm + " is too fast" + band;
            default:
                return wpm + " is a good pace";
        }
    }

    private static Score confidence(Confidence confidence) {
        List<String> parts = new ArrayList<>();
        if (confidence.hedgeCount() > 0) {
            parts.add(plural(confidence.hedgeCount(), "hedge") + " (" + distinct(confidence.hedges()) + ")");
        }
        if (confidence.decisiveCount() > 0) {
            parts.add(plural(confidence.decisiveCount(), "decisive phrase") + " (" + distinct(confidence.decisivePhrases()) + ")");
        }
        String explanation = parts.isEmpty() ? "neither hedging nor decisive language" : String.join(", ", parts);
        return new Score(confidence.score(), explanation);
    }

    private static Score clarity(Clarity clarity) {
        String explanation = plural(clarity.sentenceCount(), "sentence") + ", " + decimal(clarity.meanSentenceWords())
                + " words on average, longest " + clarity.maxSentenceWords() + "; "
                + Math.round(clarity.longSentenceShare() * 100) + "% long sentences; "
                + Math.round(clarity.repeatedTrigramShare() * 100) + "% repeated word trigrams";
        return new Score(clarity.score(), explanation);
    }

    private static Score content(Optional<StarStructure> star, Specificity specificity, Optional<CodeExplanation> code) {
        double weighted = specificity.score();
        double weights = 1;
        List<String> parts = new ArrayList<>();
        parts.add("specificity " + specificity.score() + " (" + plural(specificity.metrics().size(), "metric") + ", "
                + plural(specificity.technologies().size(), "technology", "technologies") + ", "
                + plural(specificity.properNouns().size(), "name") + ", "
                + plural(specificity.timeReferences().size(), "time reference") + ")");
        if (star.isPresent()) {
            StarStructure s = star.get();
            weighted += s.coverage() * 100;
            weights += 1;
            parts.add("STAR " + s.present().size() + "/4" + (s.missing().isEmpty() ? ""
                    : ", missing " + s.missing().stream().map(c -> c.name().toLowerCase(Locale.ROOT))
                            .collect(Collectors.joining(", "))));
        }
        if (code.isPresent()) {
            CodeExplanation c = code.get();
            int codeScore = (c.timeComplexity().isPresent() ? TIME_COMPLEXITY_POINTS : 0)
                    + (c.spaceComplexity().isPresent() ? SPACE_COMPLEXITY_POINTS : 0)
                    + Math.min(MAX_EDGE_CASE_POINTS, EDGE_CASE_POINTS * c.edgeCases().size());
            weighted += 2.0 * codeScore;
            weights += 2;
            parts.add("time " + c.timeComplexity().orElse("not stated") + ", space " + c.spaceComplexity().orElse("not stated")
                    + ", " + plural(c.edgeCases().size(), "edge case")
                    + (c.edgeCases().isEmpty() ? "" : " (" + c.edgeCases().stream()
                            .map(e -> e.name().toLowerCase(Locale.ROOT).replace('_', ' '))
                            .collect(Collectors.joining(", ")) + ")"));
        }
        return new Score(clamp(weighted / weights), String.join("; ", parts));
    }

    private static String topFillers(Map<String, Integer> counts) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                .limit(3)
                .map(e -> "\"" + e.getKey() + "\" ×" + e.getValue())
                .collect(Collectors.joining(", "));
    }

    private static String distinct(List<String> phrases) {
        return phrases.stream().distinct().limit(3).map(p -> "\"" + p + "\"").collect(Collectors.joining(", "))
                + (phrases.stream().distinct().count() > 3 ? ", ..." : "");
    }

    private static String plural(int count, String noun) {
        return plural(count, noun, noun + "s");
    }

    private static String plural(int count, String singular, String plural) {
        return count + " " + (count == 1 ? singular : plural);
    }

    private static String decimal(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static int clamp(double value) {
        return (int) Math.round(Math.max(0, Math.min(100, value)));
    }
}
