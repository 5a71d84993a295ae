package dev.maangtracker.core.evaluation;

import dev.maangtracker.core.analytics.AnswerAnalytics;
import dev.maangtracker.core.analytics.CodeExplanation;
import dev.maangtracker.core.analytics.StarComponent;
import dev.maangtracker.core.analytics.StarStructure;
import dev.maangtracker.core.embedding.Embedder;
import dev.maangtracker.core.embedding.Vectors;
import dev.maangtracker.core.question.InterviewMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Scores an answer against a rubric, offline and deterministically: semantic coverage of each
 * rubric point (the {@link Embedder}'s cosine similarity between the point and the answer's
 * sentences and sentence pairs) plus the answer analytics (STAR structure, specificity, ownership,
 * fluency, clarity, confidence, stated complexity, edge cases). Each dimension quotes the answer
 * sentences it rests on.
 *
 * <p>Dimensions by mode ({@link #dimensionsFor(Rubric)}):
 * <ul>
 *   <li>BEHAVIORAL: CONTENT, STRUCTURE, IMPACT, OWNERSHIP, COMMUNICATION;</li>
 *   <li>HR: CONTENT, SPECIFICITY, CONFIDENCE, COMMUNICATION, PROFESSIONALISM;</li>
 *   <li>SYSTEM_DESIGN: each design dimension the rubric names (REQUIREMENTS, ESTIMATES, API, ...)
 *       plus COMMUNICATION;</li>
 *   <li>CODING: APPROACH, COMPLEXITY, EDGE_CASES, COMMUNICATION.</li>
 * </ul>
 * Thread-safe if the embedder is.
 */
public final class RubricScorer {

    /** Points off the overall score per hint taken. */
    public static final int HINT_PENALTY = 5;
    /** The most points hints can cost one answer. */
    public static final int MAX_HINT_PENALTY = 15;
    /** Points off the overall score for an answer after the question's time limit. */
    public static final int OVERTIME_PENALTY = 5;
    /** Coverage credit from which a red flag counts as raised. */
    static final double RED_FLAG_CREDIT = 0.85;
    /** Share of coverage credit a sentence earns even with no concrete detail in it. */
    static final double ABSTRACT_SHARE = 0.4;
    /** Estimates without a single number cannot score above this. */
    static final int ESTIMATES_WITHOUT_NUMBERS_CAP = 35;

    private final Embedder embedder;
    private final CoverageCalibration calibration;

    /**
     * @param embedder    measures how close answer sentences are to rubric points
     * @param calibration turns the embedder's similarities into coverage credit
     */
    public RubricScorer(Embedder embedder, CoverageCalibration calibration) {
        this.embedder = Objects.requireNonNull(embedder, "embedder");
        this.calibration = Objects.requireNonNull(calibration, "calibration");
    }

    /** The dimensions an answer to this rubric is scored on, in report order. */
    public static List<String> dimensionsFor(Rubric rubric) {
        return switch (rubric.mode()) {
            case BEHAVIORAL -> List.of("CONTENT", "STRUCTURE", "IMPACT", "OWNERSHIP", "COMMUNICATION");
            case HR -> List.of("CONTENT", "SPECIFICITY", "CONFIDENCE", "COMMUNICATION", "PROFESSIONALISM");
            case CODING -> List.of("APPROACH", "COMPLEXITY", "EDGE_CASES", "COMMUNICATION");
            case SYSTEM_DESIGN -> {
                List<String> dimensions = new ArrayList<>(rubric.pointDimensions());
                dimensions.add("COMMUNICATION");
                yield List.copyOf(dimensions);
            }
        };
    }

    /**
     * Scores one answer.
     *
     * @param rubric    what the answer is judged against
     * @param answer    the answer's words (for coding: the explanation)
     * @param analytics the answer's analytics
     * @param hintsUsed hints taken on the question, from 0
     * @param overTime  whether the answer came after the time limit
     */
    public RubricScore score(Rubric rubric, String answer, AnswerAnalytics analytics, int hintsUsed, boolean overTime) {
        Objects.requireNonNull(rubric, "rubric");
        Objects.requireNonNull(analytics, "analytics");
        List<String> sentences = SentenceUnits.of(answer == null ? "" : answer);
        SentenceMatcher matcher = new SentenceMatcher(embedder, calibration, sentences);
        List<PointCoverage> coverage = rubric.points().stream().map(matcher::coverage).toList();
        List<String> raised = new ArrayList<>();
        for (String flag : rubric.redFlags()) {
            PointCoverage match = matcher.coverage(new RubricPoint("RED_FLAG", flag), false);
            if (match.credit() >= RED_FLAG_CREDIT) {
                raised.add(flag + " (\"" + match.evidence() + "\")");
            }
        }
        Map<String, Weighted> dimensions = switch (rubric.mode()) {
            case BEHAVIORAL -> behavioral(coverage, analytics, raised.size());
            case HR -> hr(coverage, analytics, raised.size(), sentences);
            case SYSTEM_DESIGN -> systemDesign(rubric, coverage, analytics);
            case CODING -> coding(rubric, coverage, analytics);
        };
        double total = 0;
        double weights = 0;
        List<DimensionScore> scores = new ArrayList<>();
        for (Map.Entry<String, Weighted> entry : dimensions.entrySet()) {
            Weighted dimension = entry.getValue();
            total += dimension.score.score() * dimension.weight;
            weights += dimension.weight;
            scores.add(dimension.score);
        }
        int penalty = Math.min(MAX_HINT_PENALTY, HINT_PENALTY * Math.max(0, hintsUsed)) + (overTime ? OVERTIME_PENALTY : 0);
        int overall = clamp((int) Math.round(total / weights) - penalty);
        Feedback feedback = Feedback.of(rubric.mode(), scores, coverage, raised, hintsUsed, overTime);
        return new RubricScore(overall, scores, coverage, raised, feedback.strengths(), feedback.improvements());
    }

    // ---------------------------------------------------------------- modes

    private record Weighted(DimensionScore score, double weight) {
    }

    private static Map<String, Weighted> behavioral(List<PointCoverage> coverage, AnswerAnalytics analytics, int redFlags) {
        Map<String, Weighted> dimensions = new LinkedHashMap<>();
        int content = clamp(meanCredit(coverage) - 10 * redFlags);
        dimensions.put("CONTENT", new Weighted(new DimensionScore("CONTENT", content, coveredEvidence(coverage),
                coveredCount(coverage) + " of " + coverage.size() + " points a strong answer covers"), 0.25));
        StarStructure star = analytics.star().orElse(null);
        int structure = star == null ? 0 : starScore(star);
        List<String> starEvidence = star == null ? List.of() : List.copyOf(star.evidence().values());
        dimensions.put("STRUCTURE", new Weighted(new DimensionScore("STRUCTURE", structure, first(starEvidence, 2),
                star == null ? "no story structure found"
                        : "STAR parts present: " + star.present() + (star.missing().isEmpty() ? "" : ", missing: " + star.missing())),
                0.2));
        boolean result = star != null && star.present().contains(StarComponent.RESULT);
        int impact = clamp((int) Math.round(0.7 * analytics.specificity().score()) + (result ? 30 : 0));
        List<String> impactEvidence = new ArrayList<>();
        if (result) {
            impactEvidence.add(star.evidence().get(StarComponent.RESULT));
        }
        dimensions.put("IMPACT", new Weighted(new DimensionScore("IMPACT", impact, impactEvidence,
                analytics.specificity().metrics().size() + " metrics, " + analytics.specificity().numberCount()
                        + " numbers" + (result ? ", a stated result" : ", no stated result")), 0.2));
        int ownership = switch (analytics.ownership().verdict()) {
            case STRONG -> 100;
            case SHARED -> 70;
            case WEAK -> 30;
            case NO_SIGNAL -> 20;
        };
        dimensions.put("OWNERSHIP", new Weighted(new DimensionScore("OWNERSHIP", ownership, List.of(),
                Math.round(analytics.ownership().singularShare() * 100) + "% of first-person references are \"I\""), 0.15));
        dimensions.put("COMMUNICATION", communication(analytics, 0.2));
        return dimensions;
    }

    private static Map<String, Weighted> hr(List<PointCoverage> coverage, AnswerAnalytics analytics, int redFlags,
                                            List<String> sentences) {
        Map<String, Weighted> dimensions = new LinkedHashMap<>();
        dimensions.put("CONTENT", new Weighted(new DimensionScore("CONTENT", meanCredit(coverage),
                coveredEvidence(coverage), coveredCount(coverage) + " of " + coverage.size()
                + " points a strong answer covers"), 0.35));
        dimensions.put("SPECIFICITY", new Weighted(new DimensionScore("SPECIFICITY", analytics.specificity().score(),
                List.of(), analytics.specificity().numberCount() + " numbers, "
                + analytics.specificity().technologies().size() + " named technologies"), 0.2));
        dimensions.put("CONFIDENCE", new Weighted(new DimensionScore("CONFIDENCE", analytics.confidence().score(),
                List.of(), analytics.confidence().hedgeCount() + " hedges, " + analytics.confidence().decisiveCount()
                + " decisive phrases"), 0.15));
        dimensions.put("COMMUNICATION", communication(analytics, 0.2));
        int professionalism = clamp(100 - 35 * redFlags);
        dimensions.put("PROFESSIONALISM", new Weighted(new DimensionScore("PROFESSIONALISM", professionalism, List.of(),
                redFlags == 0 ? "no red flags raised" : redFlags + " red flags raised"), 0.1));
        return dimensions;
    }

    private static Map<String, Weighted> systemDesign(Rubric rubric, List<PointCoverage> coverage, AnswerAnalytics analytics) {
        Map<String, Weighted> dimensions = new LinkedHashMap<>();
        List<String> designDimensions = new ArrayList<>(rubric.pointDimensions());
        double each = 0.9 / designDimensions.size();
        for (String dimension : designDimensions) {
            List<PointCoverage> points = coverage.stream().filter(c -> c.point().dimension().equals(dimension)).toList();
            int score = meanCredit(points);
            String rationale = coveredCount(points) + " of " + points.size() + " points covered";
            if (dimension.equals("ESTIMATES") && analytics.specificity().numberCount() == 0
                    && score > ESTIMATES_WITHOUT_NUMBERS_CAP) {
                score = ESTIMATES_WITHOUT_NUMBERS_CAP;
                rationale += "; no numbers, so estimates are capped";
            }
            dimensions.put(dimension, new Weighted(new DimensionScore(dimension, score, coveredEvidence(points), rationale),
                    each));
        }
        dimensions.put("COMMUNICATION", communication(analytics, 0.1));
        return dimensions;
    }

    private static Map<String, Weighted> coding(Rubric rubric, List<PointCoverage> coverage, AnswerAnalytics analytics) {
        Map<String, Weighted> dimensions = new LinkedHashMap<>();
        dimensions.put("APPROACH", new Weighted(new DimensionScore("APPROACH", meanCredit(coverage),
                coveredEvidence(coverage), coveredCount(coverage) + " of " + coverage.size()
                + " key points of the solution explained"), 0.35));
        Optional<CodeExplanation> code = analytics.code();
        Optional<String> time = code.flatMap(CodeExplanation::timeComplexity);
        Optional<String> space = code.flatMap(CodeExplanation::spaceComplexity);
        int complexity = 0;
        if (time.isPresent()) {
            complexity += sameComplexity(time.get(), rubric.referenceTimeComplexity()) ? 70 : 25;
        }
        if (space.isPresent()) {
            complexity += sameComplexity(space.get(), rubric.referenceSpaceComplexity()) ? 30 : 10;
        }
        dimensions.put("COMPLEXITY", new Weighted(new DimensionScore("COMPLEXITY", clamp(complexity), List.of(),
                "stated time " + time.orElse("none") + " (expected " + Objects.toString(rubric.referenceTimeComplexity(), "?")
                        + "), space " + space.orElse("none") + " (expected "
                        + Objects.toString(rubric.referenceSpaceComplexity(), "?") + ")"), 0.25));
        int edgeCases = code.map(c -> c.edgeCases().size()).orElse(0);
        int edgeScore = switch (Math.min(edgeCases, 3)) {
            case 0 -> 0;
            case 1 -> 50;
            case 2 -> 75;
            default -> 100;
        };
        dimensions.put("EDGE_CASES", new Weighted(new DimensionScore("EDGE_CASES", edgeScore, List.of(),
                edgeCases + " edge cases mentioned" + code.map(c -> c.edgeCases().isEmpty() ? "" : ": " + c.edgeCases())
                        .orElse("")), 0.2));
        dimensions.put("COMMUNICATION", communication(analytics, 0.2));
        return dimensions;
    }

    private static Weighted communication(AnswerAnalytics analytics, double weight) {
        var scores = analytics.scores();
        int value = clamp((int) Math.round(0.4 * scores.fluency().value() + 0.3 * scores.clarity().value()
                + 0.3 * scores.confidence().value()));
        return new Weighted(new DimensionScore("COMMUNICATION", value, List.of(),
                "fluency " + scores.fluency().value() + ", clarity " + scores.clarity().value() + ", confidence "
                        + scores.confidence().value()), weight);
    }

    // ---------------------------------------------------------------- helpers

    /** Result and action count most: a story without an outcome is not a strong story. */
    private static int starScore(StarStructure star) {
        double score = 0;
        score += star.present().contains(StarComponent.SITUATION) ? 20 : 0;
        score += star.present().contains(StarComponent.TASK) ? 15 : 0;
        score += star.present().contains(StarComponent.ACTION) ? 30 : 0;
        score += star.present().contains(StarComponent.RESULT) ? 35 : 0;
        return clamp((int) Math.round(score));
    }

    static boolean sameComplexity(String stated, String reference) {
        if (reference == null) {
            return false;
        }
        return normaliseComplexity(stated).equals(normaliseComplexity(reference));
    }

    private static String normaliseComplexity(String notation) {
        return notation.toLowerCase(Locale.ROOT).replace(" ", "").replace("*", "").replace("⋅", "").replace("·", "");
    }

    private static int meanCredit(List<PointCoverage> coverage) {
        if (coverage.isEmpty()) {
            return 0;
        }
        return clamp((int) Math.round(100 * coverage.stream().mapToDouble(PointCoverage::credit).average().orElse(0)));
    }

    private static int coveredCount(List<PointCoverage> coverage) {
        return (int) coverage.stream().filter(PointCoverage::covered).count();
    }

    private static List<String> coveredEvidence(List<PointCoverage> coverage) {
        return first(coverage.stream().filter(PointCoverage::covered)
                .sorted((a, b) -> Double.compare(b.credit(), a.credit()))
                .map(PointCoverage::evidence).filter(Objects::nonNull).distinct().toList(), 2);
    }

    private static List<String> first(List<String> items, int n) {
        return items.size() <= n ? items : items.subList(0, n);
    }

    static int clamp(int value) {
        return Math.max(0, Math.min(100, value));
    }

    /** Finds, for a rubric point, the answer sentence (or pair of sentences) closest to it. */
    private static final class SentenceMatcher {
        private final Embedder embedder;
        private final CoverageCalibration calibration;
        private final List<String> sentences;
        private final List<float[]> unitVectors;
        private final List<Integer> unitEvidence;
        private final List<Double> unitConcreteness;

        SentenceMatcher(Embedder embedder, CoverageCalibration calibration, List<String> sentences) {
            this.embedder = embedder;
            this.calibration = calibration;
            this.sentences = sentences;
            List<String> units = new ArrayList<>(sentences);
            List<Integer> evidence = new ArrayList<>();
            for (int i = 0; i < sentences.size(); i++) {
                evidence.add(i);
            }
            // A point is often covered across two sentences ("We expect 100M URLs a day. That is ~1,200 writes/s.").
            for (int i = 0; i + 1 < sentences.size(); i++) {
                units.add(sentences.get(i) + " " + sentences.get(i + 1));
                evidence.add(-(i + 1));
            }
            this.unitVectors = units.isEmpty() ? List.of() : embedder.embedAll(units);
            this.unitEvidence = evidence;
            this.unitConcreteness = units.stream().map(Concreteness::of).toList();
        }

        PointCoverage coverage(RubricPoint point) {
            return coverage(point, true);
        }

        /**
         * The best unit for a point. With {@code weighted}, credit is scaled by the unit's
         * concreteness, so abstract echoes of the rubric earn less than sentences showing it happen.
         */
        PointCoverage coverage(RubricPoint point, boolean weighted) {
            if (unitVectors.isEmpty()) {
                return new PointCoverage(point, 0, null);
            }
            float[] vector = embedder.embed(point.text());
            double best = -1;
            int bestUnit = 0;
            for (int i = 0; i < unitVectors.size(); i++) {
                double credit = calibration.credit(Vectors.cosine(vector, unitVectors.get(i)));
                if (weighted) {
                    credit *= ABSTRACT_SHARE + (1 - ABSTRACT_SHARE) * unitConcreteness.get(i);
                }
                if (credit > best) {
                    best = credit;
                    bestUnit = i;
                }
            }
            int evidence = unitEvidence.get(bestUnit);
            String sentence;
            if (evidence >= 0) {
                sentence = sentences.get(evidence);
            } else {
                // For a pair, quote the sentence of the two that is closer on its own.
                int first = -evidence - 1;
                double a = Vectors.cosine(vector, unitVectors.get(first));
                double b = Vectors.cosine(vector, unitVectors.get(first + 1));
                sentence = sentences.get(a >= b ? first : first + 1);
            }
            return new PointCoverage(point, best, sentence);
        }
    }
}
