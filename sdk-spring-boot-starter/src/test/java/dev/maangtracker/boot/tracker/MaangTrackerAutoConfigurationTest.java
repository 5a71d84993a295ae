package dev.maangtracker.boot.tracker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maangtracker.boot.MaangAutoConfigurations;
import dev.maangtracker.tracker.activity.ActivityLog;
import dev.maangtracker.tracker.activity.InMemoryActivityLog;
import dev.maangtracker.tracker.fsrs.FsrsScheduler;
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
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

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
