package dev.maangtracker.boot.tracker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maangtracker.boot.MaangAutoConfigurations;
import dev.maangtracker.boot.diagnostics.MaangFailureAnalyzer;
import dev.maangtracker.core.error.InvalidInputException;
import dev.maangtracker.core.question.QuestionBank;
import dev.maangtracker.tracker.activity.ActivityLog;
import dev.maangtracker.tracker.activity.InMemoryActivityLog;
import dev.maangtracker.tracker.fsrs.FsrsScheduler;
import dev.maangtracker.tracker.interview.InterviewPractice;
import dev.maangtracker.tracker.planner.DailyPlan;
import dev.maangtracker.tracker.planner.PlanRequest;
import dev.maangtracker.tracker.planner.PracticeFeedback;
import dev.maangtracker.tracker.planner.PracticePlanner;
import dev.maangtracker.tracker.progress.InMemoryProgressRepository;
import dev.maangtracker.tracker.progress.ProgressRepository;
import dev.maangtracker.tracker.progress.ProgressTracker;
import dev.maangtracker.tracker.review.InMemoryReviewItemRepository;
import dev.maangtracker.tracker.review.ReviewItemRepository;
import dev.maangtracker.tracker.roadmap.RoadmapCatalog;
import dev.maangtracker.tracker.weakness.EvidenceRepository;
import dev.maangtracker.tracker.weakness.InMemoryEvidenceRepository;
import dev.maangtracker.tracker.weakness.WeaknessTracker;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class MaangTrackerAutoConfigurationTest {

    private final ApplicationContextRunner runner = MaangAutoConfigurations.light();

    @Test
    void embeddedDefaultTracksInMemoryAndPlansADay() {
        runner.run(context -> {
            assertThat(context.getBean(ProgressRepository.class)).isInstanceOf(InMemoryProgressRepository.class);
            assertThat(context.getBean(ActivityLog.class)).isInstanceOf(InMemoryActivityLog.class);
            assertThat(context.getBean(ReviewItemRepository.class)).isInstanceOf(InMemoryReviewItemRepository.class);
            assertThat(context.getBean(EvidenceRepository.class)).isInstanceOf(InMemoryEvidenceRepository.class);
            assertThat(context).hasSingleBean(RoadmapCatalog.class).hasSingleBean(ProgressTracker.class)
                    .hasSingleBean(WeaknessTracker.class).hasSingleBean(FsrsScheduler.class)
                    .hasSingleBean(PracticeFeedback.class);
            DailyPlan plan = context.getBean(PracticePlanner.class).dailyPlan(UUID.randomUUID(), PlanRequest.of(3, 60))
                    .block(Duration.ofSeconds(30));
            assertThat(plan.items()).isNotEmpty().hasSizeLessThanOrEqualTo(3);
        });
    }

    @Test
    void theRoadmapHoldsEveryCodingQuestionOfTheBank() {
        runner.run(context -> {
            RoadmapCatalog roadmap = context.getBean(RoadmapCatalog.class);
            assertThat(context.getBean(QuestionBank.class).codingProblems()).allSatisfy(question ->
                    assertThat(roadmap.problem(question.id()).inQuestionBank()).isTrue());
            assertThat(roadmap.problems()).hasSizeGreaterThan(RoadmapCatalog.loadDefault().problems().size());
            assertThat(context).hasSingleBean(InterviewPractice.class);
        });
    }

    @Test
    void aBankProblemOnATopicTheRoadmapLacksStopsTheStart(@TempDir Path dir) throws IOException {
        ObjectNode bank;
        try (InputStream in = getClass().getResourceAsStream("/dev/maangtracker/core/question/user-bank.json")) {
            bank = (ObjectNode) JsonMapper.builder().build().readTree(in);
        }
        ((ObjectNode) bank.get("codingProblems").get(0)).set("topics",
                JsonMapper.builder().build().createArrayNode().add("strings"));
        Path file = dir.resolve("my-bank.json");
        Files.writeString(file, bank.toString());

        runner.withPropertyValues("maang.questions.files=" + file).run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("question bank problem 'count-vowels'").hasMessageContaining("'strings'");
            FailureAnalysis analysis = new MaangFailureAnalyzer().analyze(context.getStartupFailure());
            assertThat(analysis.getDescription()).startsWith("The question bank does not fit the roadmap")
                    .contains("count-vowels");
            assertThat(analysis.getAction()).contains("maang.questions.files", "maang.tracker.roadmap-file");
        });
    }

    @Test
    void userRepositoriesWin() {
        InMemoryProgressRepository progress = new InMemoryProgressRepository();
        InMemoryReviewItemRepository reviews = new InMemoryReviewItemRepository();
        runner.withBean("myProgress", ProgressRepository.class, () -> progress)
                .withBean("myReviews", ReviewItemRepository.class, () -> reviews).run(context -> {
                    assertThat(context).getBean(ProgressRepository.class).isSameAs(progress);
                    assertThat(context).getBean(ReviewItemRepository.class).isSameAs(reviews);
                });
    }

    @Test
    void bindsTheSchedulerSettings() {
        runner.withPropertyValues("maang.tracker.scheduler.desired-retention=0.85",
                "maang.tracker.scheduler.learning-steps=5m", "maang.tracker.scheduler.fuzz-seed=42").run(context -> {
                    var settings = context.getBean(TrackerProperties.class).getScheduler().toSettings();
                    assertThat(settings.desiredRetention()).isEqualTo(0.85);
                    assertThat(settings.learningSteps()).isEqualTo(List.of(Duration.ofMinutes(5)));
                    assertThat(settings.fuzzSeed()).isEqualTo(42L);
                });
    }
}
