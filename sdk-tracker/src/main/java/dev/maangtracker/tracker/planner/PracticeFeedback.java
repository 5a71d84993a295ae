package dev.maangtracker.tracker.planner;

import dev.maangtracker.core.evaluation.DimensionScore;
import dev.maangtracker.core.evaluation.InterviewReport;
import dev.maangtracker.core.evaluation.QuestionResult;
import dev.maangtracker.tracker.fsrs.FsrsCard;
import dev.maangtracker.tracker.fsrs.FsrsScheduler;
import dev.maangtracker.tracker.fsrs.Rating;
import dev.maangtracker.tracker.progress.Attempt;
import dev.maangtracker.tracker.review.ItemType;
import dev.maangtracker.tracker.review.ReviewItem;
import dev.maangtracker.tracker.review.ReviewItemRepository;
import dev.maangtracker.tracker.roadmap.Problem;
import dev.maangtracker.tracker.roadmap.RoadmapCatalog;
import dev.maangtracker.tracker.weakness.QuestionTopics;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Feeds practice results into the one FSRS schedule: an attempt reviews its problem and the concept item of each of
 * the problem's topics; an interview reviews each rubric dimension and the topics of each question. A failed graphs
 * attempt therefore makes the {@code graphs} concept due again within minutes.
 *
 * <p>Thread-safe when the repository is. A review reads the item and writes it back, so two reviews of the same item
 * at the same moment may both start from the old card and the later write wins; results of one user arrive one at
 * a time in practice.
 */
public final class PracticeFeedback {

    private final RoadmapCatalog catalog;
    private final FsrsScheduler scheduler;
    private final ReviewItemRepository reviews;

    /**
     * @param catalog   resolves problems to their topics and typical minutes
     * @param scheduler computes the next due date
     * @param reviews   where review items are kept
     */
    public PracticeFeedback(RoadmapCatalog catalog, FsrsScheduler scheduler, ReviewItemRepository reviews) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.reviews = Objects.requireNonNull(reviews, "reviews");
    }

    /**
     * Reviews one item with a rating at an instant, creating it when new.
     *
     * @return the item after the review
     */
    public Mono<ReviewItem> review(UUID userId, ItemType type, String key, Rating rating, Instant at) {
        return Mono.defer(() -> {
            Objects.requireNonNull(rating, "rating");
            Objects.requireNonNull(at, "at");
            ReviewItem fresh = new ReviewItem(userId, type, key, FsrsCard.newCard(at));
            return reviews.find(userId, type, key).defaultIfEmpty(fresh)
                    .map(item -> item.withCard(scheduler.review(item.card(), rating, latest(item.card(), at))))
                    .flatMap(reviews::save);
        });
    }

    // A result reported out of order must not move the schedule backwards; it counts as of the last review.
    private static Instant latest(FsrsCard card, Instant at) {
        return card.lastReview() != null && card.lastReview().isAfter(at) ? card.lastReview() : at;
    }

    /** Reviews what a recorded attempt exercised; emits the updated items. */
    public Flux<ReviewItem> onAttempt(Attempt attempt) {
        Instant at = attempt.input().attemptedAt();
        UUID user = attempt.userId();
        Optional<Problem> problem = catalog.findProblem(attempt.slug());
        if (problem.isEmpty()) {
            Rating rating = RatingPolicy.forAttempt(attempt.input(), 45);
            return review(user, ItemType.CONCEPT, attempt.slug(), rating, at).flux();
        }
        Rating rating = RatingPolicy.forAttempt(attempt.input(), problem.get().estimatedMinutes());
        List<Mono<ReviewItem>> updates = new ArrayList<>();
        updates.add(review(user, ItemType.PROBLEM, attempt.slug(), rating, at));
        problem.get().topics().forEach(topic -> updates.add(review(user, ItemType.CONCEPT, topic, rating, at)));
        return Flux.concat(updates);
    }

    /** Reviews every rubric dimension and question topic of a completed interview; emits the updated items. */
    public Flux<ReviewItem> onReport(UUID userId, InterviewReport report, QuestionTopics questionTopics) {
        Instant at = report.generatedAt();
        List<Mono<ReviewItem>> updates = new ArrayList<>();
        for (DimensionScore dimension : report.dimensions()) {
            String key = dimension.dimension().strip().toLowerCase(Locale.ROOT).replace('_', '-');
            updates.add(review(userId, ItemType.RUBRIC_DIMENSION, key, RatingPolicy.forScore(dimension.score()), at));
        }
        for (QuestionResult question : report.questions()) {
            for (String topic : questionTopics.topicsOf(question.questionId())) {
                updates.add(review(userId, ItemType.CONCEPT, topic, RatingPolicy.forScore(question.score()), at));
            }
        }
        return Flux.concat(updates);
    }

    /** Reviews one of the user's behavioral stories after telling it, scored 0–100. */
    public Mono<ReviewItem> onStoryTold(UUID userId, String storyKey, double score, Instant at) {
        return Mono.defer(() -> review(userId, ItemType.STORY, storyKey, RatingPolicy.forScore(score), at));
    }
}
