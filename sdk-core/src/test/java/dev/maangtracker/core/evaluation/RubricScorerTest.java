package dev.maangtracker.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maangtracker.core.analytics.AnswerAnalytics;
import dev.maangtracker.core.analytics.AnswerAnalyzer;
import dev.maangtracker.core.analytics.AnswerInput;
import dev.maangtracker.core.analytics.AnswerKind;
import dev.maangtracker.core.embedding.HashingEmbedder;
import dev.maangtracker.core.question.InterviewMode;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RubricScorerTest {

    private final RubricScorer scorer = new RubricScorer(new HashingEmbedder(), CoverageCalibration.HASHING);
    private final AnswerAnalyzer analyzer = new AnswerAnalyzer();

    private static final Rubric TWO_SUM = new Rubric(InterviewMode.CODING, List.of(
            new RubricPoint("APPROACH", "Uses a hash map from value to index to find the complement"),
            new RubricPoint("APPROACH", "Scans the array once")), List.of(), List.of(), "O(n)", "O(n)");

    private static final Rubric SHORTENER = new Rubric(InterviewMode.SYSTEM_DESIGN, List.of(
            new RubricPoint("REQUIREMENTS", "Clarifies functional requirements: create short links and redirect"),
            new RubricPoint("ESTIMATES", "Estimates writes per second and storage from daily new links"),
            new RubricPoint("TRADE_OFFS", "Weighs hashing against a counter for generating codes")),
            List.of(), List.of(), null, null);

    private AnswerAnalytics analytics(String text, AnswerKind kind) {
        return analyzer.analyze(AnswerInput.of(text, kind));
    }

    private RubricScore score(Rubric rubric, String text, AnswerKind kind, int hints, boolean late) {
        return scorer.score(rubric, text, analytics(text, kind), hints, late);
    }

    private static Map<String, Integer> byDimension(RubricScore score) {
        return score.dimensions().stream().collect(Collectors.toMap(DimensionScore::dimension, DimensionScore::score));
    }

    @Test
    void dimensionsFollowTheMode() {
        assertThat(RubricScorer.dimensionsFor(TWO_SUM)).containsExactly("APPROACH", "COMPLEXITY", "EDGE_CASES", "COMMUNICATION");
        assertThat(RubricScorer.dimensionsFor(SHORTENER))
                .containsExactly("REQUIREMENTS", "ESTIMATES", "TRADE_OFFS", "COMMUNICATION");
    }

    @Test
    void rightComplexityScoresAboveWrongAboveNone() {
        String right = "I store each value's index in a hash map and scan once. It runs in O(n) time and O(n) space.";
        String wrong = "I store each value's index in a hash map and scan once. It runs in O(n^2) time and O(1) space.";
        String none = "I store each value's index in a hash map and scan once.";
        int r = byDimension(score(TWO_SUM, right, AnswerKind.CODE_EXPLANATION, 0, false)).get("COMPLEXITY");
        int w = byDimension(score(TWO_SUM, wrong, AnswerKind.CODE_EXPLANATION, 0, false)).get("COMPLEXITY");
        int n = byDimension(score(TWO_SUM, none, AnswerKind.CODE_EXPLANATION, 0, false)).get("COMPLEXITY");
        assertThat(r).isEqualTo(100);
        assertThat(w).isLessThan(r).isGreaterThan(n);
        assertThat(n).isZero();
    }

    @Test
    void edgeCasesRaiseTheirDimension() {
        String with = "A hash map from value to index, one pass. If the array is empty or has a single element there is"
                + " no pair; duplicates work because I check before inserting.";
        String without = "A hash map from value to index, one pass.";
        assertThat(byDimension(score(TWO_SUM, with, AnswerKind.CODE_EXPLANATION, 0, false)).get("EDGE_CASES"))
                .isGreaterThan(byDimension(score(TWO_SUM, without, AnswerKind.CODE_EXPLANATION, 0, false)).get("EDGE_CASES"));
    }

    @Test
    void estimatesWithoutNumbersAreCapped() {
        String words = "We estimate writes per second and storage from the daily new links: many writes, lots of storage.";
        RubricScore score = score(SHORTENER, words, AnswerKind.PROSE, 0, false);
        assertThat(byDimension(score).get("ESTIMATES")).isLessThanOrEqualTo(RubricScorer.ESTIMATES_WITHOUT_NUMBERS_CAP);
        assertThat(score.dimensions()).filteredOn(d -> d.dimension().equals("ESTIMATES"))
                .allSatisfy(d -> assertThat(d.rationale()).contains("capped"));
    }

    @Test
    void hintsAndLatenessCostPoints() {
        String answer = "I use a hash map from value to index and scan the array once: O(n) time, O(n) space.";
        int clean = score(TWO_SUM, answer, AnswerKind.CODE_EXPLANATION, 0, false).overall();
        assertThat(score(TWO_SUM, answer, AnswerKind.CODE_EXPLANATION, 2, false).overall()).isEqualTo(Math.max(0, clean - 10));
        assertThat(score(TWO_SUM, answer, AnswerKind.CODE_EXPLANATION, 9, false).overall())
                .isEqualTo(Math.max(0, clean - RubricScorer.MAX_HINT_PENALTY));
        assertThat(score(TWO_SUM, answer, AnswerKind.CODE_EXPLANATION, 0, true).overall())
                .isEqualTo(Math.max(0, clean - RubricScorer.OVERTIME_PENALTY));
    }

    @Test
    void evidenceIsQuotedFromTheAnswerAndMissedPointsAreNamed() {
        String answer = "Users create short links and get redirected. I would use a counter to generate codes instead of"
                + " hashing, trading coordination for no collisions.";
        RubricScore score = score(SHORTENER, answer, AnswerKind.PROSE, 0, false);
        assertThat(score.dimensions()).flatExtracting(DimensionScore::evidence)
                .allSatisfy(quote -> assertThat(answer).contains(quote));
        assertThat(score.missed()).extracting(c -> c.point().dimension()).contains("ESTIMATES");
        assertThat(score.improvements()).anyMatch(advice -> advice.startsWith("also cover: estimates"));
    }

    @Test
    void concreteSentencesEarnMoreThanAbstractEchoes() {
        Function<String, Double> of = Concreteness::of;
        assertThat(of.apply("I always put the customer first and value communication.")).isZero();
        assertThat(of.apply("I called the clinic and found 40 appointments had moved.")).isEqualTo(1.0);
        assertThat(of.apply("I rewrote the importer last week.")).isEqualTo(0.5);
    }

    @Test
    void raisedRedFlagsLowerProfessionalism() {
        Rubric hr = new Rubric(InterviewMode.HR, List.of(new RubricPoint("CONTENT", "Explains why they are leaving")),
                List.of("Speaks badly about the current manager and blames the team"), List.of(), null, null);
        String blaming = "I am leaving because my current manager is terrible and the team blames me for everything.";
        String positive = "I am leaving because I want to work on distributed systems, which my current role cannot offer.";
        int flagged = byDimension(score(hr, blaming, AnswerKind.PROSE, 0, false)).get("PROFESSIONALISM");
        int clean = byDimension(score(hr, positive, AnswerKind.PROSE, 0, false)).get("PROFESSIONALISM");
        assertThat(flagged).isLessThan(clean);
    }
}
