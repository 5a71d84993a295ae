package dev.maangtracker.tracker.weakness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maangtracker.core.evaluation.DimensionScore;
import dev.maangtracker.core.evaluation.InterviewReport;
import dev.maangtracker.core.evaluation.QuestionResult;
import dev.maangtracker.core.question.InterviewMode;
import dev.maangtracker.tracker.progress.Attempt;
import dev.maangtracker.tracker.progress.AttemptInput;
import dev.maangtracker.tracker.progress.AttemptOutcome;
import dev.maangtracker.tracker.roadmap.RoadmapCatalog;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EvidenceExtractorTest {

    private static final Instant AT = Instant.parse("2026-02-01T10:00:00Z");
    private final EvidenceExtractor extractor = new EvidenceExtractor(RoadmapCatalog.loadDefault(),
            id -> id.equals("islands") ? List.of("graphs") : List.of());

    private Attempt attempt(String slug, AttemptOutcome outcome, int minutes, int hints) {
        return new Attempt(UUID.randomUUID(), UUID.randomUUID(),
                new AttemptInput(slug, outcome, minutes, hints, "java", AT, ZoneOffset.UTC));
    }

    @Test
    void scoresAttemptsOnEveryTopicOfTheProblem() {
        Attempt attempt = attempt("trapping-rain-water", AttemptOutcome.SOLVED, 30, 1);
        List<Evidence> evidence = extractor.fromAttempt(attempt);
        assertThat(evidence).extracting(Evidence::topic).containsExactly("two-pointers", "stack");
        assertThat(evidence).allSatisfy(e -> {
            assertThat(e.score()).isEqualTo(85.0);
            assertThat(e.reference()).isEqualTo("attempt " + attempt.id());
            assertThat(e.at()).isEqualTo(AT);
        });
        assertThat(extractor.fromAttempt(attempt("two-sum", AttemptOutcome.FAILED, 30, 0)).get(0).score()).isZero();
        assertThat(extractor.fromAttempt(attempt("two-sum", AttemptOutcome.PARTIAL, 30, 1)).get(0).score()).isEqualTo(35);
        assertThat(extractor.fromAttempt(attempt("two-sum", AttemptOutcome.SOLVED, 31, 0)).get(0).score()).isEqualTo(85);
    }

    @Test
    void turnsReportDimensionsIntoCompetenciesAndQuestionsIntoTopics() {
        InterviewReport report = new InterviewReport(45,
                List.of(new DimensionScore("TRADE_OFFS", 30, List.of(), "no alternatives weighed")),
                List.of(), List.of(), List.of(), List.of(new QuestionResult("islands", "Count islands", 20, 3)),
                "rubric", AT);
        List<Evidence> evidence = extractor.fromReport("s-1", InterviewMode.CODING, report);
        assertThat(evidence).extracting(Evidence::topic, Evidence::score, Evidence::reference, Evidence::source)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("trade-offs", 30.0, "session s-1",
                                EvidenceSource.INTERVIEW_DIMENSION),
                        org.assertj.core.groups.Tuple.tuple("graphs", 20.0, "session s-1 turn 3",
                                EvidenceSource.INTERVIEW_QUESTION));
    }

    @Test
    void turnsAnswerAnalyticsIntoCompetencies() {
        dev.maangtracker.core.analytics.AnswerAnalytics analytics = new dev.maangtracker.core.analytics.AnswerAnalyzer()
                .analyze(dev.maangtracker.core.analytics.AnswerInput.behavioralStory(
                        "Um, so, like, I kind of maybe helped with, uh, some stuff on the team, I guess."));
        List<Evidence> evidence = extractor.fromAnalytics("s-2", 4, InterviewMode.BEHAVIORAL, analytics, AT);
        assertThat(evidence).extracting(Evidence::topic)
                .containsExactly("fluency", "speaking-confidence", "clarity", "content");
        assertThat(evidence).allSatisfy(e -> {
            assertThat(e.reference()).isEqualTo("session s-2 turn 4");
            assertThat(e.note()).isNotBlank();
        });
        assertThat(evidence.get(1).score()).isEqualTo(analytics.scores().confidence().value());
    }
}
