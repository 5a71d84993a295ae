package dev.maangtracker.boot.judge.queue;

import dev.maangtracker.core.error.InvalidInputException;
import dev.maangtracker.core.error.InvalidStateException;
import dev.maangtracker.core.error.MaangException;
import dev.maangtracker.core.error.UnavailableException;
import dev.maangtracker.core.judge.CodeJudge;
import dev.maangtracker.core.judge.GrowthCheck;
import dev.maangtracker.core.judge.JudgeAvailability;
import dev.maangtracker.core.judge.JudgeResult;
import dev.maangtracker.core.judge.Language;
import dev.maangtracker.core.judge.Submission;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.data.redis.connection.stream.StreamRecords;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * The client side of the judge queue: a {@link CodeJudge} that runs nothing itself. {@code judge} adds the
 * submission to the Redis stream {@code <prefix>judge:jobs} (XADD) and waits (polling with LPOP, see
 * {@code awaitOutcome}) for the outcome a {@link JudgeStreamWorker} on any instance pushes to
 * {@code <prefix>judge:result:<jobId>}. {@code checkGrowth} goes through the queue too, because in a scale-out
 * deployment the instance taking requests may have no sandbox at all.
 *
 * <p>The wait is bounded by the submission's size: {@link JudgeQueueSettings#resultTimeout(int)}; when it
 * passes, or Redis fails, or the stream already holds {@link JudgeQueueSettings#maxQueueLength()} jobs, the
 * call fails with {@link UnavailableException}. {@link #availability()} reports the workers that sent a
 * heartbeat within {@link JudgeQueueSettings#workerStaleAfter()}; it never blocks, answering from the last
 * refresh and starting a new one in the background when that is older than the heartbeat interval.
 * Thread-safe.
 */
public final class RedisStreamsCodeJudge implements CodeJudge {

    /** First wait before polling for an outcome, doubled after each empty poll. */
    static final long FIRST_POLL_MS = 5;
    /** Longest wait between two polls for an outcome. */
    static final long MAX_POLL_MS = 200;

    private final ReactiveStringRedisTemplate redis;
    private final JudgeQueueKeys keys;
    private final JudgeQueueSettings settings;
    private final JsonMapper json;
    private final Clock clock;
    private final AtomicBoolean refreshing = new AtomicBoolean();
    private volatile JudgeAvailability availability =
            JudgeAvailability.unavailable("no judge worker has reported yet");
    private volatile long refreshedAt = Long.MIN_VALUE;

    /**
     * @param redis    a template on the shared Redis
     * @param keys     the queue's key names
     * @param settings timeouts and limits
     * @param json     the mapper for submissions and outcomes (Jackson 3)
     * @param clock    the time for deadlines and heartbeats
     */
    public RedisStreamsCodeJudge(ReactiveStringRedisTemplate redis, JudgeQueueKeys keys, JudgeQueueSettings settings,
                                 JsonMapper json, Clock clock) {
        this.redis = Objects.requireNonNull(redis, "redis");
        this.keys = Objects.requireNonNull(keys, "keys");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.json = Objects.requireNonNull(json, "json");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Mono<JudgeResult> judge(Submission submission) {
        Objects.requireNonNull(submission, "submission");
        return submit(JudgeJob.JUDGE, submission, settings.resultTimeout(submission.selectedTests().size()))
                .map(outcome -> {
                    if (!JobOutcome.JUDGED.equals(outcome.kind()) || outcome.result() == null) {
                        throw UnavailableException.of("code judge queue", new IllegalStateException(
                                "worker answered a judge job with " + outcome.kind()));
                    }
                    return outcome.result();
                });
    }

    @Override
    public Mono<Optional<GrowthCheck>> checkGrowth(Submission submission) {
        Objects.requireNonNull(submission, "submission");
        return submit(JudgeJob.GROWTH, submission, settings.growthTimeout())
                .map(outcome -> {
                    if (!JobOutcome.GROWTH.equals(outcome.kind())) {
                        throw UnavailableException.of("code judge queue", new IllegalStateException(
                                "worker answered a growth job with " + outcome.kind()));
                    }
                    return Optional.ofNullable(outcome.growth());
                });
    }

    @Override
    public JudgeAvailability availability() {
        if (clock.millis() - refreshedAt >= settings.heartbeatInterval().toMillis()) {
            refreshAvailability().subscribe(ignored -> { }, error -> { });
        }
        return availability;
    }

    /**
     * Reads the worker heartbeats now and updates what {@link #availability()} answers: available when at least
     * one worker reported within the stale limit; a language is unavailable only when no live worker runs it.
     * Stale heartbeats are removed. Completes with an unavailable answer (never an error) when Redis fails.
     */
    public Mono<JudgeAvailability> refreshAvailability() {
        if (!refreshing.compareAndSet(false, true)) {
            return Mono.just(availability);
        }
        long now = clock.millis();
        return redis.<String, String>opsForHash().entries(keys.workers()).collectList()
                .timeout(settings.commandTimeout())
                .map(entries -> {
                    Map<Language, String> missing = null;
                    int live = 0;
                    for (Map.Entry<String, String> entry : entries) {
                        WorkerHeartbeat beat = readHeartbeat(entry.getValue());
                        if (beat == null || now - beat.at() > settings.workerStaleAfter().toMillis()) {
                            redis.opsForHash().remove(keys.workers(), entry.getKey()).subscribe(ignored -> { }, e -> { });
                            continue;
                        }
                        if (!beat.availability().available()) {
                            continue;
                        }
                        live++;
                        missing = intersect(missing, beat.availability().languages());
                    }
                    if (live == 0) {
                        return JudgeAvailability.unavailable("no judge worker is running (none sent a heartbeat in the last "
                                + settings.workerStaleAfter().toSeconds() + " s)");
                    }
                    return new JudgeAvailability(Optional.empty(), missing == null ? Map.of() : missing);
                })
                .onErrorResume(error -> Mono.just(JudgeAvailability.unavailable("the judge queue (Redis) is unreachable")))
                .doOnNext(answer -> {
                    availability = answer;
                    refreshedAt = now;
                })
                .doFinally(signal -> refreshing.set(false));
    }

    private static Map<Language, String> intersect(Map<Language, String> sofar, Map<Language, String> worker) {
        if (sofar == null) {
            Map<Language, String> copy = new EnumMap<>(Language.class);
            copy.putAll(worker);
            return copy;
        }
        sofar.keySet().retainAll(worker.keySet());
        return sofar;
    }

    private WorkerHeartbeat readHeartbeat(String value) {
        try {
            return json.readValue(value, WorkerHeartbeat.class);
        } catch (RuntimeException unreadable) {
            return null;
        }
    }

    private Mono<JobOutcome> submit(String kind, Submission submission, Duration timeout) {
        String jobId = UUID.randomUUID().toString();
        return Mono.defer(() -> {
            JudgeJob job = new JudgeJob(jobId, kind, json.writeValueAsString(submission), clock.millis() + timeout.toMillis());
            return redis.opsForStream().size(keys.jobs())
                    .timeout(settings.commandTimeout())
                    .flatMap(length -> {
                        if (length >= settings.maxQueueLength()) {
                            return Mono.error(UnavailableException.busy("code judge queue", Duration.ofSeconds(5)));
                        }
                        return redis.opsForStream().add(StreamRecords.newRecord().in(keys.jobs()).ofMap(job.fields()))
                                .timeout(settings.commandTimeout());
                    })
                    .then(awaitOutcome(keys.result(jobId), timeout))
                    .map(value -> json.readValue(value, JobOutcome.class))
                    .map(this::failIfFailed);
        }).onErrorMap(error -> !(error instanceof MaangException), error -> UnavailableException.of("code judge queue", error));
    }

    /**
     * Polls the result list with LPOP, 5 ms after the job was queued and then doubling up to
     * {@value #MAX_POLL_MS} ms, until the outcome arrives or the timeout passes. Not BLPOP: a blocking pop is
     * bounded by Lettuce's command timeout ({@code spring.data.redis.timeout}), shorter than long judge runs, and
     * Spring Data opens a new dedicated connection for every blocking call; polling costs a few cheap commands a
     * second on the shared connection and adds at most {@value #MAX_POLL_MS} ms to a result.
     */
    private Mono<String> awaitOutcome(String key, Duration timeout) {
        return Mono.defer(() -> redis.opsForList().leftPop(key).timeout(settings.commandTimeout()))
                .repeatWhenEmpty(Integer.MAX_VALUE, polls -> polls.concatMap(poll -> Mono.delay(pollDelay(poll))))
                .timeout(timeout, Mono.error(() -> UnavailableException.busy("code judge queue", Duration.ofSeconds(5))));
    }

    static Duration pollDelay(long poll) {
        return Duration.ofMillis(Math.min(MAX_POLL_MS, FIRST_POLL_MS << Math.min(poll, 10)));
    }

    private JobOutcome failIfFailed(JobOutcome outcome) {
        JobOutcome.Failure failure = outcome.failure();
        if (!JobOutcome.FAILED.equals(outcome.kind()) || failure == null) {
            return outcome;
        }
        if (JobOutcome.Failure.INVALID_INPUT.equals(failure.type())) {
            throw InvalidInputException.of(failure.field() == null ? "submission" : failure.field(), failure.message());
        }
        if (JobOutcome.Failure.ABANDONED.equals(failure.type())) {
            throw InvalidStateException.of("submission", failure.message(), "judge");
        }
        throw UnavailableException.of("code judge", new IllegalStateException(failure.message()));
    }
}
