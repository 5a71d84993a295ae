package dev.maangtracker.tracker.planner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.maangtracker.core.error.InvalidInputException;
import dev.maangtracker.core.evaluation.DimensionScore;
import dev.maangtracker.core.evaluation.InterviewReport;
import dev.maangtracker.core.evaluation.QuestionResult;
import dev.maangtracker.tracker.fsrs.CardState;
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
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PracticeFeedbackTest {

    private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final InMemoryReviewItemRepository reviews = new InMemoryReviewItemRepository();
    private final PracticeFeedback feedback = new PracticeFeedback(RoadmapCatalog.loadDefault(),
            new FsrsScheduler(SchedulerSettings.defaults(), Clock.fixed(T0, ZoneOffset.UTC)), reviews);
    private final UUID user = UUID.randomUUID();

    @Test
    void interviewReportReviewsDimensionsAndQuestionTopics() {
        InterviewReport report = new InterviewReport(50,
                List.of(new DimensionScore("TRADE_OFFS", 30, List.of(), ""), new DimensionScore("CLARITY", 90, List.of(), "")),
                List.of(), List.of(), List.of(), List.of(new QuestionResult("url-shortener", "Design a URL shortener", 70, 1)),
                "rubric", T0);
        List<ReviewItem> items = feedback.onReport(user, report, id -> List.of("caching", "sharding"))
                .collectList().block(TIMEOUT);
        assertThat(items).extracting(ReviewItem::type, ReviewItem::key).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ItemType.RUBRIC_DIMENSION, "trade-offs"),
                org.assertj.core.groups.Tuple.tuple(ItemType.RUBRIC_DIMENSION, "clarity"),
                org.assertj.core.groups.Tuple.tuple(ItemType.CONCEPT, "caching"),
                org.assertj.core.groups.Tuple.tuple(ItemType.CONCEPT, "sharding"));
        // Score 30 rates Again (learning step of one minute); 90 rates Easy (straight to review, days away).
        assertThat(items.get(0).card().due()).isEqualTo(T0.plus(Duration.ofMinutes(1)));
        assertThat(items.get(1).card().state()).isEqualTo(CardState.REVIEW);
        assertThat(items.get(1).card().due()).isAfter(T0.plus(Duration.ofDays(1)));
    }

    @Test
    void aResultReportedOutOfOrderCountsAsOfTheLastReview() {
        feedback.review(user, ItemType.STORY, "migration", Rating.GOOD, T0).block(TIMEOUT);
        ReviewItem late = feedback.review(user, ItemType.STORY, "migration", Rating.GOOD, T0.minusSeconds(3600))
                .block(TIMEOUT);
        assertThat(late.card().lastReview()).isEqualTo(T0);
        assertThat(late.card().reps()).isEqualTo(2);
    }

    @Test
    void storiesShareTheSchedule() {
        ReviewItem story = feedback.onStoryTold(user, "led-the-migration", 20, T0).block(TIMEOUT);
        assertThat(story.type()).isEqualTo(ItemType.STORY);
        assertThat(story.card().due()).isEqualTo(T0.plus(Duration.ofMinutes(1)));
        assertThat(reviews.findDue(user, T0.plus(Duration.ofMinutes(1))).collectList().block(TIMEOUT))
                .containsExactly(story);
    }

    @Test
    void rejectsBadReviewItems() {
        assertThatThrownBy(() -> new ReviewItem(user, ItemType.STORY, "x".repeat(ReviewItem.MAX_KEY_LENGTH + 1),
                FsrsCard.newCard(T0))).isInstanceOf(InvalidInputException.class).hasMessageContaining("key");
        assertThatThrownBy(() -> new ReviewItem(user, ItemType.STORY, " ", FsrsCard.newCard(T0)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> feedback.onStoryTold(user, "s", 120, T0).block(TIMEOUT))
                .isInstanceOf(InvalidInputException.class);
    }
}
