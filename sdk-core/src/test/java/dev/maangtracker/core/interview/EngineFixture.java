package dev.maangtracker.core.interview;

import dev.maangtracker.core.analytics.AnswerAnalyzer;
import dev.maangtracker.core.testing.MutableClock;
import dev.maangtracker.core.candidate.InMemoryCandidateContext;
import dev.maangtracker.core.embedding.HashingEmbedder;
import dev.maangtracker.core.evaluation.CoverageCalibration;
import dev.maangtracker.core.evaluation.RubricScorer;
import java.time.Duration;
import java.time.Instant;

/** An engine wired with in-memory parts and a hand-moved clock, as the engine tests use it. */
final class EngineFixture {

    static final Duration TIMEOUT = Duration.ofSeconds(10);

    final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T09:00:00Z"));
    final HashingEmbedder embedder = new HashingEmbedder();
    final InMemoryInterviewRepository repository = new InMemoryInterviewRepository();
    final InMemoryCandidateContext candidates = new InMemoryCandidateContext(embedder);
    final QuestionCatalog catalog;
    final RubricInterviewer rubric;

    EngineFixture(QuestionCatalog catalog) {
        this.catalog = catalog;
        this.rubric = new RubricInterviewer(catalog, new RubricScorer(embedder, CoverageCalibration.HASHING), embedder, clock);
    }

    EngineFixture() {
        this(new TestCatalog());
    }

    InterviewEngine.Builder builder() {
        return InterviewEngine.builder().repository(repository).catalog(catalog).fallback(rubric)
                .candidateContext(candidates).analyzer(new AnswerAnalyzer()).clock(clock);
    }

    InterviewEngine engine() {
        return builder().build();
    }
}
