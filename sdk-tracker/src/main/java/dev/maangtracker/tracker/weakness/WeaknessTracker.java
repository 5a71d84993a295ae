package dev.maangtracker.tracker.weakness;

import dev.maangtracker.core.analytics.AnswerAnalytics;
import dev.maangtracker.core.evaluation.AnswerEvaluation;
import dev.maangtracker.core.evaluation.InterviewReport;
import dev.maangtracker.core.question.InterviewMode;
import dev.maangtracker.tracker.progress.Attempt;
import dev.maangtracker.tracker.progress.ProgressTracker;
import dev.maangtracker.tracker.roadmap.RoadmapCatalog;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import reactor.core.publisher.Mono;

/**
 * Collects a user's evidence and analyses it into weaknesses on demand, so every figure is recomputed from the
 * stored evidence and can be traced back to it. Thread-safe when its stores are.
 */
public final class WeaknessTracker {

    private final RoadmapCatalog catalog;
    private final EvidenceRepository repository;
    private final ProgressTracker progress;
    private final EvidenceExtractor extractor;
    private final Clock clock;

    /**
     * @param catalog        the roadmap, for topics and recommended problems
     * @param repository     where evidence is kept
     * @param progress       the user's statuses, so solved problems are not recommended
     * @param questionTopics which topics an interview question exercises
     * @param clock          the moment severities are computed for
     */
    public WeaknessTracker(RoadmapCatalog catalog, EvidenceRepository repository, ProgressTracker progress,
                           QuestionTopics questionTopics, Clock clock) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.repository = Objects.requireNonNull(repository, "repository");
        this.progress = Objects.requireNonNull(progress, "progress");
        this.extractor = new EvidenceExtractor(catalog, questionTopics);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Adds the evidence of a recorded attempt; emits the observations added. */
    public Mono<List<Evidence>> recordAttempt(Attempt attempt) {
        return Mono.defer(() -> store(attempt.userId(), extractor.fromAttempt(attempt)));
    }

    /** Adds the evidence of a completed interview's report; emits the observations added. */
    public Mono<List<Evidence>> recordReport(UUID userId, String sessionId, InterviewMode mode, InterviewReport report) {
        return Mono.defer(() -> store(userId, extractor.fromReport(sessionId, mode, report)));
    }

    /** Adds the evidence of one evaluated answer; emits the observations added. */
    public Mono<List<Evidence>> recordAnswer(UUID userId, String sessionId, int turn, InterviewMode mode,
                                             AnswerEvaluation evaluation, Instant at) {
        return Mono.defer(() -> store(userId, extractor.fromAnswer(sessionId, turn, mode, evaluation, at)));
    }

    /** Adds the evidence of one answer's analytics (fluency, confidence, clarity, content); emits it. */
    public Mono<List<Evidence>> recordAnalytics(UUID userId, String sessionId, int turn, InterviewMode mode,
                                                AnswerAnalytics analytics, Instant at) {
        return Mono.defer(() -> store(userId, extractor.fromAnalytics(sessionId, turn, mode, analytics, at)));
    }

    private Mono<List<Evidence>> store(UUID userId, List<Evidence> evidence) {
        return repository.append(userId, evidence).thenReturn(evidence);
    }

    /** The user's weaknesses, open ones first and most pressing first; resolved ones are kept for the record. */
    public Mono<List<Weakness>> weaknesses(UUID userId) {
        Objects.requireNonNull(userId, "userId");
        return progress.statuses(userId).zipWith(repository.findByUser(userId).collectList(),
                (statuses, evidence) -> new WeaknessAnalyzer(new Recommender(catalog, statuses))
                        .analyze(evidence, clock.instant()));
    }

    /** Only the open weaknesses, most pressing first. */
    public Mono<List<Weakness>> openWeaknesses(UUID userId) {
        return weaknesses(userId).map(list -> list.stream().filter(Weakness::open).toList());
    }
}
