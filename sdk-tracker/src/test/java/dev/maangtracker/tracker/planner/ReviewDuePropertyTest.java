package dev.maangtracker.tracker.planner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maangtracker.tracker.fsrs.FsrsCard;
import dev.maangtracker.tracker.fsrs.FsrsScheduler;
import dev.maangtracker.tracker.fsrs.Rating;
import dev.maangtracker.tracker.fsrs.SchedulerSettings;
import dev.maangtracker.tracker.review.InMemoryReviewItemRepository;
import dev.maangtracker.tracker.review.ItemType;
import dev.maangtracker.tracker.review.ReviewItem;
import dev.maangtracker.tracker.roadmap.RoadmapCatalog;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Seeded random review histories: items come due exactly on the scheduler's dates, and plans review only those. */
class ReviewDuePropertyTest {

    private static final RoadmapCatalog CATALOG = RoadmapCatalog.loadDefault();
    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final Instant START = Instant.parse("2026-01-01T08:00:00Z");

    static IntStream seeds() {
        return IntStream.range(0, 500);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void reviewsComeDueOnTheSchedulersDates(int seed) {
        Random random = new Random(seed);
        FsrsScheduler scheduler = new FsrsScheduler(SchedulerSettings.defaults(), Clock.fixed(START, ZoneOffset.UTC));
        InMemoryReviewItemRepository repository = new InMemoryReviewItemRepository();
        PracticeFeedback feedback = new PracticeFeedback(CATALOG, scheduler, repository);
        UUID user = new UUID(0, seed);
        List<String> keys = List.of("graphs", "two-sum", "trade-offs", "leadership-story");
        List<ItemType> types = List.of(ItemType.CONCEPT, ItemType.PROBLEM, ItemType.RUBRIC_DIMENSION, ItemType.STORY);
        Map<Integer, FsrsCard> expected = new HashMap<>();
        Instant at = START;
        for (int i = 0; i < 30; i++) {
            int k = random.nextInt(keys.size());
            Rating rating = Rating.values()[random.nextInt(4)];
            at = at.plus(Duration.ofMinutes(random.nextInt(20 * 24 * 60)));
            FsrsCard before = expected.getOrDefault(k, FsrsCard.newCard(at));
            expected.put(k, scheduler.review(before, rating, at));
            ReviewItem stored = feedback.review(user, types.get(k), keys.get(k), rating, at).block(TIMEOUT);
            assertThat(stored.card()).isEqualTo(expected.get(k));
        }
        Instant now = at.plus(Duration.ofMinutes(random.nextInt(60 * 24 * 60)));
        List<ReviewItem> due = repository.findDue(user, now).collectList().block(TIMEOUT);
        for (Map.Entry<Integer, FsrsCard> entry : expected.entrySet()) {
            boolean isDue = !entry.getValue().due().isAfter(now);
            assertThat(due.stream().anyMatch(r -> r.key().equals(keys.get(entry.getKey())))).isEqualTo(isDue);
        }
        DailyPlan plan = new PlanBuilder(CATALOG).plan(PlanRequest.of(10, 300), Map.of(), List.of(), due);
        assertThat(plan.items()).filteredOn(i -> i.kind() == PlanItemKind.REVIEW)
                .allSatisfy(i -> assertThat(due).anyMatch(r -> r.key().equals(i.key()) && r.type() == i.type()));
    }
}
