package dev.maangtracker.tracker.progress;

import dev.maangtracker.core.error.ConflictException;
import dev.maangtracker.core.error.InvalidInputException;
import dev.maangtracker.core.error.NotFoundException;
import dev.maangtracker.tracker.activity.ActivityEvent;
import dev.maangtracker.tracker.activity.ActivityLog;
import dev.maangtracker.tracker.activity.ActivityType;
import dev.maangtracker.tracker.activity.Streak;
import dev.maangtracker.tracker.roadmap.RoadmapCatalog;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import reactor.core.publisher.Mono;

/**
 * Records what users practise and reports their progress. Every input is validated before anything is stored, so a
 * rejected call records nothing. Thread-safe when its repository and log are.
 */
public final class ProgressTracker {

    /** Longest notes on one problem. */
    public static final int MAX_NOTES = 10_000;

    private final RoadmapCatalog catalog;
    private final ProgressRepository repository;
    private final ActivityLog activityLog;
    private final Clock clock;
    private final ProgressCalculator calculator;

    /**
     * @param catalog     the roadmap; attempts must name its problems and concepts
     * @param repository  where attempts and notes are stored
     * @param activityLog where every recorded action is appended
     * @param clock       decides what "the future" and "today" are
     */
    public ProgressTracker(RoadmapCatalog catalog, ProgressRepository repository, ActivityLog activityLog, Clock clock) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.repository = Objects.requireNonNull(repository, "repository");
        this.activityLog = Objects.requireNonNull(activityLog, "activityLog");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.calculator = new ProgressCalculator(catalog);
    }

    /**
     * Records an attempt at a coding problem and logs it.
     *
     * @return the stored attempt; errors with {@link NotFoundException} for an unknown problem and
     *         {@link InvalidInputException} for an attempt dated in the future
     */
    public Mono<Attempt> recordAttempt(UUID userId, AttemptInput input) {
        return Mono.defer(() -> recordAttempt(userId, UUID.randomUUID(), input));
    }

    /**
     * Records an attempt under an id the caller derives from what happened (an interview question, say), so a retry
     * records nothing twice.
     *
     * @return the stored attempt; errors like {@link #recordAttempt(UUID, AttemptInput)}, and with
     *         {@link ConflictException} when an attempt with this id is stored already (nothing is recorded then)
     */
    public Mono<Attempt> recordAttempt(UUID userId, UUID attemptId, AttemptInput input) {
        return Mono.defer(() -> {
            Objects.requireNonNull(input, "input");
            catalog.problem(input.slug());
            return store(userId, attemptId, input, ActivityType.PROBLEM_ATTEMPT);
        });
    }

    /**
     * Records a study session of a system design concept (outcome is the user's self-assessment) and logs it.
     *
     * @return the stored attempt; errors like {@link #recordAttempt(UUID, AttemptInput)}
     */
    public Mono<Attempt> recordConceptStudy(UUID userId, AttemptInput input) {
        return Mono.defer(() -> recordConceptStudy(userId, UUID.randomUUID(), input));
    }

    /**
     * Records a study session of a concept under an id the caller derives from what happened, so a retry records
     * nothing twice.
     *
     * @return the stored attempt; errors like {@link #recordAttempt(UUID, UUID, AttemptInput)}
     */
    public Mono<Attempt> recordConceptStudy(UUID userId, UUID attemptId, AttemptInput input) {
        return Mono.defer(() -> {
            Objects.requireNonNull(input, "input");
            catalog.concept(input.slug());
            return store(userId, attemptId, input, ActivityType.CONCEPT_STUDY);
        });
    }

    // The attempt is stored before the activity is logged: a conflict on a retried id logs nothing again.
    private Mono<Attempt> store(UUID userId, UUID attemptId, AttemptInput input, ActivityType type) {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(attemptId, "attemptId");
        if (input.attemptedAt().isAfter(clock.instant())) {
            throw InvalidInputException.of("attemptedAt", "must not be in the future (was " + input.attemptedAt() + ")");
        }
        Attempt attempt = new Attempt(attemptId, userId, input);
        ActivityEvent event = ActivityEvent.of(userId, type, input.slug(), input.attemptedAt(), input.zone(),
                input.outcome() + " in " + input.minutes() + " min, " + input.hintsUsed() + " hints");
        return repository.saveAttempt(attempt).flatMap(saved -> activityLog.append(event).thenReturn(saved));
    }

    /**
     * Replaces the user's notes on a problem and logs it.
     *
     * @param notes at most {@link #MAX_NOTES} characters; empty clears them
     * @param zone  the user's time zone now
     */
    public Mono<ItemProgress> setNotes(UUID userId, String problemSlug, String notes, ZoneId zone) {
        return Mono.defer(() -> {
            Objects.requireNonNull(userId, "userId");
            catalog.problem(problemSlug);
            String text = notes == null ? "" : notes;
            if (text.length() > MAX_NOTES) {
                throw InvalidInputException.tooLong("notes", text.length(), MAX_NOTES);
            }
            ActivityEvent event = ActivityEvent.of(userId, ActivityType.NOTE, problemSlug, clock.instant(), zone, "");
            return repository.saveNotes(userId, problemSlug, text)
                    .then(activityLog.append(event))
                    .then(progress(userId, problemSlug));
        });
    }

    /** The user's progress on one problem or concept; errors with {@link NotFoundException} for an unknown slug. */
    public Mono<ItemProgress> progress(UUID userId, String slug) {
        return Mono.defer(() -> {
            Objects.requireNonNull(userId, "userId");
            if (catalog.findProblem(slug).isEmpty() && catalog.findConcept(slug).isEmpty()) {
                throw NotFoundException.of("problem or concept", slug);
            }
            Mono<List<Attempt>> attempts = repository.attempts(userId).filter(a -> a.slug().equals(slug)).collectList();
            return attempts.zipWith(repository.notes(userId, slug).defaultIfEmpty(""),
                    (list, notes) -> ItemProgress.fromAttempts(userId, slug, list, notes));
        });
    }

    /** Every attempted item's status by slug; unlisted items are TODO. */
    public Mono<Map<String, ProblemStatus>> statuses(UUID userId) {
        return repository.attempts(userId).collectList().map(list -> calculator.statuses(userId, list));
    }

    /** The user's attempts, oldest first. */
    public Mono<List<Attempt>> attempts(UUID userId) {
        return repository.attempts(userId).collectList();
    }

    /** The user's progress over the whole roadmap. */
    public Mono<ProgressReport> report(UUID userId) {
        return repository.attempts(userId).collectList().map(list -> calculator.report(userId, list));
    }

    /**
     * The user's daily streak. Each activity counts on the calendar day it had where the user was then; "today" is
     * the clock's day in the user's current zone.
     */
    public Mono<Streak> streak(UUID userId, ZoneId currentZone) {
        Objects.requireNonNull(currentZone, "currentZone");
        return activityLog.findByUser(userId).map(ActivityEvent::localDate).collectList()
                .map(days -> Streak.of(days, clock.instant().atZone(currentZone).toLocalDate()));
    }
}
