package dev.maangtracker.app.interview;

import dev.maangtracker.core.analytics.AnswerAnalytics;
import dev.maangtracker.core.analytics.CodeExplanation;
import dev.maangtracker.core.analytics.EdgeCase;
import dev.maangtracker.core.analytics.OwnershipVerdict;
import dev.maangtracker.core.analytics.PaceVerdict;
import dev.maangtracker.core.analytics.StarComponent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How an answer was delivered, measured from its words (and duration, when given).
 *
 * @param wordCount        words in the answer
 * @param fillers          filler words ("um", "like", "you know", ...)
 * @param wordsPerMinute   speaking or typing pace; {@code null} without {@code durationSeconds}
 * @param pace             TOO_SLOW, GOOD or TOO_FAST; {@code null} without {@code durationSeconds}
 * @param starPresent      the STAR parts found (behavioral answers); {@code null} for other types
 * @param starMissing      the STAR parts missing; {@code null} for other types
 * @param numbers          numbers mentioned (concreteness)
 * @param technologies     technologies named
 * @param ownership        STRONG ("I"), SHARED or WEAK ("we")
 * @param hedges           hedging phrases ("I think", "maybe")
 * @param clarity          0 to 100: sentence length and repetition
 * @param scores           0 to 100 each: fluency, confidence, clarity, content
 * @param code             for coding answers: the complexity stated and the edge cases named; else {@code null}
 */
public record AnalyticsView(int wordCount, FillersView fillers, Double wordsPerMinute, PaceVerdict pace,
        Set<StarComponent> starPresent, Set<StarComponent> starMissing, int numbers, List<String> technologies,
        OwnershipVerdict ownership, List<String> hedges, int clarity, Map<String, Integer> scores,
        CodeView code) {

    /**
     * Fillers found.
     *
     * @param count          how many
     * @param per100Words    how many per 100 words
     * @param byFiller       how many of each
     */
    public record FillersView(int count, double per100Words, Map<String, Integer> byFiller) {
    }

    /**
     * What a coding answer's explanation states.
     *
     * @param timeComplexity  the time complexity stated, or {@code null}
     * @param spaceComplexity the space complexity stated, or {@code null}
     * @param edgeCases       the edge cases named
     */
    public record CodeView(String timeComplexity, String spaceComplexity, Set<EdgeCase> edgeCases) {

        static CodeView of(CodeExplanation code) {
            return new CodeView(code.timeComplexity().orElse(null), code.spaceComplexity().orElse(null),
                    code.edgeCases());
        }
    }

    /** The four derived scores in a stable order. */
    private static Map<String, Integer> scores(AnswerAnalytics analytics) {
        Map<String, Integer> scores = new LinkedHashMap<>();
        scores.put("fluency", analytics.scores().fluency().value());
        scores.put("confidence", analytics.scores().confidence().value());
        scores.put("clarity", analytics.scores().clarity().value());
        scores.put("content", analytics.scores().content().value());
        return scores;
    }

    static AnalyticsView of(AnswerAnalytics analytics) {
        FillersView fillers = new FillersView(analytics.fillers().count(),
                Math.round(analytics.fillers().ratePer100Words() * 10) / 10.0, analytics.fillers().countsByFiller());
        Double wordsPerMinute = analytics.pace().map(pace -> (double) Math.round(pace.wordsPerMinute())).orElse(null);
        return new AnalyticsView(analytics.wordCount(), fillers, wordsPerMinute,
                analytics.pace().map(pace -> pace.verdict()).orElse(null),
                analytics.star().map(star -> star.present()).orElse(null),
                analytics.star().map(star -> star.missing()).orElse(null),
                analytics.specificity().numberCount(), analytics.specificity().technologies(),
                analytics.ownership().verdict(), analytics.confidence().hedges(), analytics.clarity().score(),
                scores(analytics),
                analytics.code().map(CodeView::of).orElse(null));
    }
}
