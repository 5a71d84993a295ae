package dev.maangtracker.tracker.activity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maangtracker.core.error.ConflictException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

/** The behaviour every {@link ActivityLog} shares; the in-memory and the R2DBC one extend this class. */
public abstract class ActivityLogContract {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");

    private ActivityLog log;
    /** Users of each test; stores with foreign keys create them in the factory method. */
    protected final UUID alice = UUID.randomUUID();
    /** A second user whose data must stay invisible to {@link #alice}. */
    protected final UUID bob = UUID.randomUUID();

    /** A fresh log for each test; users are random so a shared database is fine. */
    protected abstract ActivityLog newLog();

    @BeforeEach
    void setUp() {
        log = newLog();
    }

    private ActivityEvent event(UUID user, Instant at) {
        return ActivityEvent.of(user, ActivityType.PROBLEM_ATTEMPT, "two-sum", at, ZoneOffset.UTC, "SOLVED");
    }

    @Test
    void returnsTheUsersEventsOldestFirst() {
        ActivityEvent later = event(alice, T0.plusSeconds(60));
        ActivityEvent earlier = event(alice, T0);
        log.append(later).block(TIMEOUT);
        log.append(earlier).block(TIMEOUT);
        log.append(event(bob, T0)).block(TIMEOUT);
        StepVerifier.create(log.findByUser(alice)).expectNext(earlier, later).expectComplete().verify(TIMEOUT);
    }

    @Test
    void rejectsAnEventWithAnExistingId() {
        ActivityEvent event = event(alice, T0);
        log.append(event).block(TIMEOUT);
        StepVerifier.create(log.append(event)).expectError(ConflictException.class).verify(TIMEOUT);
        assertThat(log.findByUser(alice).collectList().block(TIMEOUT)).hasSize(1);
    }

    @Test
    void keepsEveryConcurrentAppend() throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        IntStream.range(0, 200).forEach(i -> pool.submit(() -> log.append(event(alice, T0.plusSeconds(i))).block(TIMEOUT)));
        pool.shutdown();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        List<ActivityEvent> events = log.findByUser(alice).collectList().block(TIMEOUT);
        assertThat(events).hasSize(200);
    }

    @Test
    void deletesOnlyTheUsersEvents() {
        log.append(event(alice, T0)).block(TIMEOUT);
        log.append(event(alice, T0.plusSeconds(1))).block(TIMEOUT);
        ActivityEvent bobs = event(bob, T0);
        log.append(bobs).block(TIMEOUT);
        StepVerifier.create(log.deleteByUser(alice)).expectNext(2L).expectComplete().verify(TIMEOUT);
        StepVerifier.create(log.findByUser(alice)).expectComplete().verify(TIMEOUT);
        StepVerifier.create(log.findByUser(bob)).expectNext(bobs).expectComplete().verify(TIMEOUT);
    }
}
