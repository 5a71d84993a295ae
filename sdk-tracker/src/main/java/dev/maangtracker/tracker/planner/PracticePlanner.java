package dev.maangtracker.tracker.planner;

import dev.maangtracker.tracker.progress.ProgressTracker;
import dev.maangtracker.tracker.review.ReviewItemRepository;
import dev.maangtracker.tracker.roadmap.RoadmapCatalog;
import dev.maangtracker.tracker.weakness.WeaknessTracker;
import java.time.Clock;
import java.util.Objects;
import java.util.UUID;
import reactor.core.publisher.Mono;

/**
 * Plans a user's practice from their stored state: statuses, open weaknesses and due reviews (one FSRS schedule for
 * problems, concepts, rubric dimensions and stories). See {@link PlanBuilder} for the rules. Thread-safe when its
 * parts are.
 */
public final class PracticePlanner {

    private final PlanBuilder builder;
    private final ProgressTracker progress;
    private final WeaknessTracker weaknesses;
    private final ReviewItemRepository reviews;
    private final Clock clock;

    /**
     * @param catalog    the roadmap
     * @param progress   the user's statuses
     * @param weaknesses the user's open weaknesses
     * @param reviews    the user's review items
     * @param clock      decides which reviews are due
     */
    public PracticePlanner(RoadmapCatalog catalog, ProgressTracker progress, WeaknessTracker weaknesses,
                           ReviewItemRepository reviews, Clock clock) {
        this.builder = new PlanBuilder(catalog);
        this.progress = Objects.requireNonNull(progress, "progress");
        this.weaknesses = Objects.requireNonNull(weaknesses, "weaknesses");
        this.reviews = Objects.requireNonNull(reviews, "reviews");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Today's plan for the user. */
    public Mono<DailyPlan> dailyPlan(UUID userId, PlanRequest request) {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(request, "request");
        return Mono.zip(progress.statuses(userId), weaknesses.openWeaknesses(userId),
                        reviews.findDue(userId, clock.instant()).collectList())
                .map(t -> builder.plan(request, t.getT1(), t.getT2(), t.getT3()));
    }

    /** The single next item for the user within a time budget; empty when nothing fits. */
    public Mono<PlanItem> next(UUID userId, int minutesBudget) {
        return dailyPlan(userId, new PlanRequest(1, minutesBudget, false)).flatMap(plan -> Mono.justOrEmpty(plan.first()));
    }
}
