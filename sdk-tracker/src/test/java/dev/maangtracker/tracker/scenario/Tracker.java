package dev.maangtracker.tracker.scenario;

import dev.maangtracker.core.testing.MutableClock;
import dev.maangtracker.tracker.activity.InMemoryActivityLog;
import dev.maangtracker.tracker.fsrs.FsrsScheduler;
import dev.maangtracker.tracker.fsrs.SchedulerSettings;
import dev.maangtracker.tracker.planner.PracticeFeedback;
import dev.maangtracker.tracker.planner.PracticePlanner;
import dev.maangtracker.tracker.progress.Attempt;
import dev.maangtracker.tracker.progress.AttemptInput;
import dev.maangtracker.tracker.progress.AttemptOutcome;
import dev.maangtracker.tracker.progress.InMemoryProgressRepository;
import dev.maangtracker.tracker.progress.ProgressTracker;
import dev.maangtracker.tracker.review.InMemoryReviewItemRepository;
import dev.maangtracker.tracker.roadmap.RoadmapCatalog;
import dev.maangtracker.tracker.weakness.InMemoryEvidenceRepository;
import dev.maangtracker.tracker.weakness.QuestionTopics;
import dev.maangtracker.tracker.weakness.WeaknessTracker;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/** The whole tracker wired with in-memory stores, as an embedding application would wire it. */
final class Tracker {

    static final Duration TIMEOUT = Duration.ofSeconds(5);
    static final RoadmapCatalog CATALOG = RoadmapCatalog.loadDefault();

    final MutableClock clock;
    final InMemoryActivityLog activity = new InMemoryActivityLog();
    final InMemoryReviewItemRepository reviews = new InMemoryReviewItemRepository();
    final ProgressTracker progress;
    final WeaknessTracker weaknesses;
    final PracticeFeedback feedback;
    final PracticePlanner planner;
    final FsrsScheduler scheduler;

    Tracker(Instant start, QuestionTopics questionTopics) {
        clock = new MutableClock(start);
        progress = new ProgressTracker(CATALOG, new InMemoryProgressRepository(), activity, clock);
        weaknesses = new WeaknessTracker(CATALOG, new InMemoryEvidenceRepository(), progress, questionTopics, clock);
        scheduler = new FsrsScheduler(SchedulerSettings.defaults(), clock);
        feedback = new PracticeFeedback(CATALOG, scheduler, reviews);
        planner = new PracticePlanner(CATALOG, progress, weaknesses, reviews, clock);
    }

    /** Records an attempt now, with its weakness evidence and its review ratings, as the app does. */
    Attempt attempt(UUID user, String slug, AttemptOutcome outcome, int minutes, int hints, ZoneId zone) {
        Attempt attempt = progress.recordAttempt(user,
                new AttemptInput(slug, outcome, minutes, hints, "java", clock.instant(), zone)).block(TIMEOUT);
        weaknesses.recordAttempt(attempt).block(TIMEOUT);
        feedback.onAttempt(attempt).collectList().block(TIMEOUT);
        return attempt;
    }

    /** Solves the first n problems of a topic cleanly, an hour apart. */
    void solve(UUID user, String topic, int n, ZoneId zone) {
        List<String> slugs = CATALOG.problemsIn(topic).stream().limit(n).map(p -> p.slug()).toList();
        for (String slug : slugs) {
            attempt(user, slug, AttemptOutcome.SOLVED, 12, 0, zone);
            clock.advance(Duration.ofHours(1));
        }
    }
}
