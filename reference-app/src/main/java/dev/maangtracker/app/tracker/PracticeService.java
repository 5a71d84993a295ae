package dev.maangtracker.app.tracker;

import dev.maangtracker.app.time.TimeZones;
import dev.maangtracker.core.error.InvalidInputException;
import dev.maangtracker.core.error.InvalidStateException;
import dev.maangtracker.tracker.planner.PlanRequest;
import dev.maangtracker.tracker.planner.PracticeFeedback;
import dev.maangtracker.tracker.planner.PracticePlanner;
import dev.maangtracker.tracker.progress.Attempt;
import dev.maangtracker.tracker.progress.AttemptInput;
import dev.maangtracker.tracker.progress.AttemptOutcome;
import dev.maangtracker.tracker.progress.ItemProgress;
import dev.maangtracker.tracker.progress.ProblemStatus;
import dev.maangtracker.tracker.progress.ProgressReport;
import dev.maangtracker.tracker.progress.ProgressTracker;
import dev.maangtracker.tracker.review.ReviewItemRepository;
import dev.maangtracker.tracker.roadmap.Problem;
import dev.maangtracker.tracker.roadmap.RoadmapCatalog;
import dev.maangtracker.tracker.roadmap.Topic;
import dev.maangtracker.tracker.weakness.WeaknessTracker;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * The caller's practice through the tracker SDK: an attempt goes to {@link ProgressTracker} (progress and the
 * activity log behind streaks), then to {@link WeaknessTracker} (evidence) and {@link PracticeFeedback} (the FSRS
 * review schedule), in that order, the way the SDK's docs wire it.
 *
 * <p>Days (attempt dates, streaks) are counted in the caller's own time zone ({@link TimeZones}).
 */
@Service
public class PracticeService {

    /** Items in a plan unless the caller asks for another number. */
    public static final int DEFAULT_PLAN_ITEMS = 5;
    /** Minutes budget of a plan unless the caller asks for another. */
    public static final int DEFAULT_PLAN_MINUTES = 120;
    /** Most due reviews one call returns. */
    public static final int MAX_DUE_REVIEWS = 200;

    private final RoadmapCatalog catalog;
    private final ProgressTracker progress;
    private final WeaknessTracker weaknesses;
    private final PracticeFeedback feedback;
    private final PracticePlanner planner;
    private final ReviewItemRepository reviews;
    private final Clock clock;
    private final TimeZones zones;

    /** Wires the SDK's tracker beans. */
    public PracticeService(RoadmapCatalog catalog, ProgressTracker progress, WeaknessTracker weaknesses,
                           PracticeFeedback feedback, PracticePlanner planner, ReviewItemRepository reviews,
                           Clock clock, TimeZones zones) {
        this.catalog = catalog;
        this.progress = progress;
        this.weaknesses = weaknesses;
        this.feedback = feedback;
        this.planner = planner;
        this.reviews = reviews;
        this.clock = clock;
        this.zones = zones;
    }

    /** Every topic with the caller's progress. */
    public Mono<RoadmapView> roadmap(UUID user) {
        return Mono.zip(progress.report(user), progress.statuses(user)).map(both -> new RoadmapView(
                both.getT1().overall(), both.getT1().systemDesign(), both.getT1().solved(),
                catalog.topicOrder().stream().map(slug -> topicProgress(catalog.topic(slug), both.getT1(),
                        both.getT2())).toList()));
    }

    /** One topic's problems and concepts with the caller's status; 404 for an unknown slug. */
    public Mono<TopicView> topic(UUID user, String slug) {
        return Mono.defer(() -> {
            Topic topic = catalog.topic(slug);
            return Mono.zip(progress.report(user), progress.attempts(user), progress.statuses(user))
                    .map(all -> new TopicView(topicProgress(topic, all.getT1(), all.getT3()),
                            catalog.problemsIn(slug).stream().map(problem -> problemView(problem,
                                    standing(user, problem.slug(), all.getT2()))).toList(),
                            catalog.conceptsIn(slug).stream().map(concept -> {
                                ItemProgress studied = standing(user, concept.slug(), all.getT2());
                                return new TopicView.ConceptView(concept.slug(), concept.name(), studied.status(),
                                        studied.attempts(), studied.lastAttemptAt());
                            }).toList()));
        });
    }

    /**
     * Records an attempt made now and feeds it to progress, weakness evidence and the review schedule; 404 for an
     * unknown problem.
     */
    public Mono<AttemptView> recordAttempt(UUID user, String slug, AttemptRequest request) {
        return Mono.defer(() -> {
            catalog.problem(slug);
            return zones.of(user).map(zone -> new AttemptInput(slug, request.outcome(), request.minutes(),
                            request.hintsUsed() == null ? 0 : request.hintsUsed(), request.language(),
                            clock.instant(), zone))
                    .flatMap(input -> progress.recordAttempt(user, input))
                    .flatMap(attempt -> weaknesses.recordAttempt(attempt)
                            .then(feedback.onAttempt(attempt).map(ReviewView::of).collectList())
                            .zipWith(progress.progress(user, slug),
                                    (scheduled, after) -> AttemptView.of(attempt, after.status(), scheduled)));
        });
    }

    /**
     * Sets the caller's status on a problem. Status is derived from attempts, so a higher status is recorded as
     * self-reported attempts (a failed one for ATTEMPTED, solved ones for SOLVED and MASTERED, each at the problem's
     * typical time) that count for progress and streaks but, carrying no real result, not as weakness evidence or
     * review ratings. The same status changes nothing; a lower one is refused (409): attempts are history.
     */
    public Mono<ProblemView> setStatus(UUID user, String slug, ProblemStatus target) {
        return Mono.defer(() -> {
            Problem problem = catalog.problem(slug);
            return zones.of(user).flatMap(zone -> progress.progress(user, slug)
                            .flatMap(current -> raise(user, problem, current, target, zone, MAX_SELF_REPORTED)))
                    .map(after -> problemView(problem, after));
        });
    }

    /** Most self-reported attempts one status change records: MASTERED needs two clean solves. */
    static final int MAX_SELF_REPORTED = 2;

    private Mono<ItemProgress> raise(UUID user, Problem problem, ItemProgress current, ProblemStatus target,
                                     ZoneId zone, int attemptsLeft) {
        if (current.status() == target) {
            return Mono.just(current);
        }
        if (target.compareTo(current.status()) < 0 || attemptsLeft == 0) {
            return Mono.error(InvalidStateException.of("problem " + problem.slug(), current.status(),
                    "set status " + target + " (recorded attempts are kept) on"));
        }
        AttemptOutcome outcome = target == ProblemStatus.ATTEMPTED ? AttemptOutcome.FAILED : AttemptOutcome.SOLVED;
        AttemptInput input = new AttemptInput(problem.slug(), outcome, problem.estimatedMinutes(), 0, "",
                clock.instant(), zone);
        return progress.recordAttempt(user, input).then(progress.progress(user, problem.slug()))
                .flatMap(after -> raise(user, problem, after, target, zone, attemptsLeft - 1));
    }

    /** The caller's weaknesses, open ones first, most pressing first. */
    public Mono<List<WeaknessView>> weaknesses(UUID user) {
        return weaknesses.weaknesses(user).map(list -> list.stream().map(WeaknessView::of).toList());
    }

    /**
     * Today's plan.
     *
     * @param items   1 to {@link PlanRequest#MAX_ITEMS}, {@link #DEFAULT_PLAN_ITEMS} when {@code null}
     * @param minutes 1 to {@link PlanRequest#MAX_MINUTES}, {@link #DEFAULT_PLAN_MINUTES} when {@code null}
     */
    public Mono<PlanView> plan(UUID user, Integer items, Integer minutes) {
        return Mono.defer(() -> {
            int count = items == null ? DEFAULT_PLAN_ITEMS : items;
            int budget = minutes == null ? DEFAULT_PLAN_MINUTES : minutes;
            if (count < 1 || count > PlanRequest.MAX_ITEMS) {
                throw InvalidInputException.outOfRange("items", count, 1, PlanRequest.MAX_ITEMS);
            }
            if (budget < 1 || budget > PlanRequest.MAX_MINUTES) {
                throw InvalidInputException.outOfRange("minutes", budget, 1, PlanRequest.MAX_MINUTES);
            }
            return planner.dailyPlan(user, PlanRequest.of(count, budget)).map(plan -> PlanView.of(plan, budget));
        });
    }

    /** The caller's review items due now, most overdue first. */
    public Mono<List<ReviewView>> dueReviews(UUID user) {
        return reviews.findDue(user, clock.instant()).take(MAX_DUE_REVIEWS).map(ReviewView::of).collectList();
    }

    /** The caller's progress on one topic, from a progress report and the statuses. */
    TopicProgressView topicProgress(Topic topic, ProgressReport report, Map<String, ProblemStatus> statuses) {
        List<Problem> problems = catalog.problemsIn(topic.slug());
        int solved = (int) problems.stream().map(p -> statuses.getOrDefault(p.slug(), ProblemStatus.TODO))
                .filter(status -> status.compareTo(ProblemStatus.SOLVED) >= 0).count();
        return new TopicProgressView(topic.slug(), topic.name(), topic.track(), topic.prerequisites(),
                problems.size(), catalog.conceptsIn(topic.slug()).size(), solved,
                report.byTopic().getOrDefault(topic.slug(), 0));
    }

    private static ItemProgress standing(UUID user, String slug, List<Attempt> attempts) {
        return ItemProgress.fromAttempts(user, slug, attempts.stream().filter(a -> a.slug().equals(slug)).toList(), "");
    }

    private static ProblemView problemView(Problem problem, ItemProgress standing) {
        return new ProblemView(problem.slug(), problem.title(), problem.difficulty(), problem.topics(), problem.url(),
                problem.inQuestionBank(), standing.status(), standing.attempts(), standing.solved(),
                standing.lastAttemptAt());
    }
}
