package dev.maangtracker.tracker.weakness;

import dev.maangtracker.core.analytics.AnswerAnalytics;
import dev.maangtracker.core.analytics.AnswerScores;
import dev.maangtracker.core.analytics.Score;
import dev.maangtracker.core.evaluation.AnswerEvaluation;
import dev.maangtracker.core.evaluation.DimensionScore;
import dev.maangtracker.core.evaluation.InterviewReport;
import dev.maangtracker.core.evaluation.QuestionResult;
import dev.maangtracker.core.question.InterviewMode;
import dev.maangtracker.tracker.progress.Attempt;
import dev.maangtracker.tracker.progress.AttemptInput;
import dev.maangtracker.tracker.roadmap.Problem;
import dev.maangtracker.tracker.roadmap.RoadmapCatalog;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Turns practice results into {@link Evidence}: problem attempts, completed interview reports, evaluated answers and
 * answer analytics.
 * Pure and thread-safe.
 */
public final class EvidenceExtractor {

    private final RoadmapCatalog catalog;
    private final QuestionTopics questionTopics;

    /**
     * @param catalog        resolves attempted problems to their topics
     * @param questionTopics resolves interview questions to their topics
     */
    public EvidenceExtractor(RoadmapCatalog catalog, QuestionTopics questionTopics) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.questionTopics = Objects.requireNonNull(questionTopics, "questionTopics");
    }

    /**
     * One observation per topic of the attempted problem (or one for a studied concept). Scores: solved 100, minus 15
     * per hint and 15 when it took over 1.5 times the problem's typical minutes (at least 50); partial 40 minus 5 per
     * hint (at least 20); failed 0.
     */
    public List<Evidence> fromAttempt(Attempt attempt) {
        AttemptInput in = attempt.input();
        String reference = "attempt " + attempt.id();
        String note = in.outcome() + " " + in.slug() + " in " + in.minutes() + " min with " + in.hintsUsed() + " hints";
        Problem problem = catalog.findProblem(in.slug()).orElse(null);
        if (problem == null) {
            return List.of(new Evidence(in.slug(), InterviewMode.SYSTEM_DESIGN, EvidenceSource.PROBLEM_ATTEMPT,
                    reference, score(in, 45), in.attemptedAt(), note));
        }
        double score = score(in, problem.estimatedMinutes());
        return problem.topics().stream().map(topic -> new Evidence(topic, InterviewMode.CODING,
                EvidenceSource.PROBLEM_ATTEMPT, reference, score, in.attemptedAt(), note)).toList();
    }

    private static double score(AttemptInput in, int typicalMinutes) {
        return switch (in.outcome()) {
            case SOLVED -> Math.max(50, 100 - 15 * in.hintsUsed() - (in.minutes() > typicalMinutes * 1.5 ? 15 : 0));
            case PARTIAL -> Math.max(20, 40 - 5 * in.hintsUsed());
            case FAILED -> 0;
        };
    }

    /**
     * Observations from a completed interview: one per dimension (as a competency such as {@code trade-offs}) and one
     * per topic of each question, dated when the report was generated.
     *
     * @param sessionId the session, cited with the turn that asked each question
     * @param mode      the kind of interview
     */
    public List<Evidence> fromReport(String sessionId, InterviewMode mode, InterviewReport report) {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(mode, "mode");
        Instant at = report.generatedAt();
        List<Evidence> out = new ArrayList<>();
        for (DimensionScore dimension : report.dimensions()) {
            out.add(new Evidence(competency(dimension.dimension()), mode, EvidenceSource.INTERVIEW_DIMENSION,
                    "session " + sessionId, dimension.score(), at, dimension.rationale()));
        }
        for (QuestionResult question : report.questions()) {
            for (String topic : questionTopics.topicsOf(question.questionId())) {
                out.add(new Evidence(topic, mode, EvidenceSource.INTERVIEW_QUESTION,
                        "session " + sessionId + " turn " + question.firstTurn(), question.score(), at,
                        question.questionId() + " scored " + question.score()));
            }
        }
        return out;
    }

    /**
     * Observations from one evaluated answer: one per dimension and one per topic of the question.
     *
     * @param turn the turn's sequence number in the session
     * @param at   when the answer was given
     */
    public List<Evidence> fromAnswer(String sessionId, int turn, InterviewMode mode, AnswerEvaluation evaluation,
                                     Instant at) {
        String reference = "session " + Objects.requireNonNull(sessionId, "sessionId") + " turn " + turn;
        List<Evidence> out = new ArrayList<>();
        for (DimensionScore dimension : evaluation.dimensions()) {
            out.add(new Evidence(competency(dimension.dimension()), mode, EvidenceSource.ANSWER, reference,
                    dimension.score(), at, dimension.rationale()));
        }
        for (String topic : questionTopics.topicsOf(evaluation.questionId())) {
            out.add(new Evidence(topic, mode, EvidenceSource.ANSWER, reference, evaluation.overallScore(), at,
                    evaluation.questionId() + " answer scored " + evaluation.overallScore()));
        }
        return out;
    }

    /**
     * Observations from the analytics of one answer (how it was said): the competencies {@code fluency},
     * {@code speaking-confidence}, {@code clarity} and {@code content}, each with the analyser's explanation as note.
     *
     * @param turn the turn's sequence number in the session
     * @param at   when the answer was given
     */
    public List<Evidence> fromAnalytics(String sessionId, int turn, InterviewMode mode, AnswerAnalytics analytics,
                                        Instant at) {
        String reference = "session " + Objects.requireNonNull(sessionId, "sessionId") + " turn " + turn;
        AnswerScores scores = analytics.scores();
        List<Evidence> out = new ArrayList<>();
        out.add(analyticsEvidence("fluency", scores.fluency(), mode, reference, at));
        out.add(analyticsEvidence("speaking-confidence", scores.confidence(), mode, reference, at));
        out.add(analyticsEvidence("clarity", scores.clarity(), mode, reference, at));
        out.add(analyticsEvidence("content", scores.content(), mode, reference, at));
        return out;
    }

    private static Evidence analyticsEvidence(String competency, Score score, InterviewMode mode, String reference,
                                              Instant at) {
        return new Evidence(competency, mode, EvidenceSource.ANSWER, reference, score.value(), at, score.explanation());
    }

    /** {@code TRADE_OFFS} becomes {@code trade-offs}. */
    static String competency(String dimension) {
        return dimension.strip().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
