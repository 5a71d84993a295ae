package dev.maangtracker.boot.judge.queue;

import dev.maangtracker.boot.redis.support.RedisOutageLog;
import dev.maangtracker.core.error.InvalidInputException;
import dev.maangtracker.core.error.MaangException;
import dev.maangtracker.core.judge.CodeJudge;
import dev.maangtracker.core.judge.JudgeAvailability;
import dev.maangtracker.core.judge.Submission;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.domain.Range;
import org.springframework.data.redis.connection.RedisStreamCommands.XClaimOptions;
import org.springframework.data.redis.connection.stream.Consumer;
import org.springframework.data.redis.connection.stream.MapRecord;
import org.springframework.data.redis.connection.stream.PendingMessage;
import org.springframework.data.redis.connection.stream.ReadOffset;
import org.springframework.data.redis.connection.stream.RecordId;
import org.springframework.data.redis.connection.stream.StreamOffset;
import org.springframework.data.redis.connection.stream.StreamReadOptions;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import reactor.core.Disposable;
import reactor.core.Disposables;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Schedulers;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * A judge worker: takes jobs from the Redis stream {@code <prefix>judge:jobs} in the consumer group
 * {@value JudgeQueueKeys#GROUP} (XREADGROUP), runs each on a local {@link CodeJudge} (the sandbox), pushes the
 * outcome to the job's result list, then acknowledges and deletes the entry. Any number of workers, in any
 * instance, share the work.
 *
 * <p><b>Redelivery.</b> A job stays in the group's pending list until acknowledged. The worker renews its
 * running jobs every third of the visibility timeout (XCLAIM JUSTID to itself, which does not count as a
 * delivery), so a job idle for longer than the visibility timeout belongs to a worker that stopped or hangs;
 * every worker looks for such jobs (XPENDING) and takes them over (XCLAIM with that minimum idle time, so
 * only one worker wins). A job already delivered {@code maxDeliveries} times fails with a clear error for
 * its caller instead of being tried again: it probably kills the worker that runs it. XPENDING + XCLAIM
 * rather than XAUTOCLAIM because XPENDING reports the delivery count this decision needs.
 *
 * <p><b>Lifecycle.</b> {@link #start()} does nothing when the local judge reports itself unavailable; otherwise it
 * begins {@code concurrency} read loops, the renewal and takeover loop and
 * the heartbeat. {@link #stop()} (context close) stops reading at once, lets running jobs finish within the
 * visibility timeout (at most {@link #MAX_STOP_GRACE}) and removes the heartbeat; {@link #close()} abandons running jobs unacknowledged, as a
 * crash would, so another worker takes them over. While Redis is down the loops wait and retry, logging once.
 * Thread-safe.
 */
public final class JudgeStreamWorker implements SmartLifecycle, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(JudgeStreamWorker.class);
    private static final Duration RETRY_DELAY = Duration.ofSeconds(1);
    private static final int PENDING_BATCH = 20;
    /** Longest wait for running jobs on stop: within the usual 30 s a container gets before it is killed. */
    static final Duration MAX_STOP_GRACE = Duration.ofSeconds(25);

    private final ReactiveStringRedisTemplate redis;
    private final JudgeQueueKeys keys;
    private final JudgeQueueSettings settings;
    private final CodeJudge localJudge;
    private final JsonMapper json;
    private final Clock clock;
    private final String name;
    private final ByteBuffer rawJobsKey;
    private final RedisOutageLog outage = new RedisOutageLog("judge worker", "it takes no jobs");
    private final Set<RecordId> running = ConcurrentHashMap.newKeySet();
    private final Object lock = new Object();
    private volatile Disposable.Composite loops = Disposables.composite();
    private volatile Disposable.Composite jobs = Disposables.composite();
    private volatile boolean reading;
    private volatile boolean groupReady;

    /**
     * @param redis      a template on the shared Redis
     * @param keys       the queue's key names
     * @param settings   timeouts and limits
     * @param localJudge the judge that runs the code here
     * @param json       the mapper for submissions and outcomes (Jackson 3)
     * @param clock      the time for deadlines and heartbeats
     * @param name       this worker's consumer name, unique among live workers
     */
    public JudgeStreamWorker(ReactiveStringRedisTemplate redis, JudgeQueueKeys keys, JudgeQueueSettings settings,
                             CodeJudge localJudge, JsonMapper json, Clock clock, String name) {
        this.redis = Objects.requireNonNull(redis, "redis");
        this.keys = Objects.requireNonNull(keys, "keys");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.localJudge = Objects.requireNonNull(localJudge, "localJudge");
        this.json = Objects.requireNonNull(json, "json");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (name == null || name.isBlank()) {
            throw InvalidInputException.required("name");
        }
        this.name = name;
        this.rawJobsKey = ByteBuffer.wrap(keys.jobs().getBytes(StandardCharsets.UTF_8));
    }

    /** This worker's consumer name. */
    public String name() {
        return name;
    }

    @Override
    public void start() {
        synchronized (lock) {
            if (reading) {
                return;
            }
            JudgeAvailability local = localJudge.availability();
            if (!local.available()) {
                // Taking jobs it cannot run would only fail them; leave them to workers that can.
                LOG.warn("Judge worker {} does not start: the local judge is unavailable ({})", name,
                        local.reason().orElse(""));
                return;
            }
            reading = true;
            loops = Disposables.composite();
            jobs = Disposables.composite();
            for (int i = 0; i < settings.concurrency(); i++) {
                loops.add(Mono.defer(this::readAndRun).repeat(() -> reading).subscribe());
            }
            Duration renewEvery = settings.visibilityTimeout().dividedBy(3);
            loops.add(Mono.delay(renewEvery).then(Mono.defer(this::renewAndTakeOver))
                    .onErrorResume(this::waitAfter).repeat(() -> reading).subscribe());
            loops.add(Mono.defer(this::heartbeat).onErrorResume(this::waitAfter)
                    .then(Mono.delay(settings.heartbeatInterval())).repeat(() -> reading).subscribe());
            LOG.info("Judge worker {} reads {} with concurrency {}", name, keys.jobs(), settings.concurrency());
        }
    }

    @Override
    public void stop() {
        synchronized (lock) {
            if (!reading) {
                return;
            }
            reading = false;
            loops.dispose();
        }
        Duration grace = settings.visibilityTimeout().compareTo(MAX_STOP_GRACE) < 0 ? settings.visibilityTimeout()
                : MAX_STOP_GRACE;
        long deadline = System.nanoTime() + grace.toNanos();
        while (!running.isEmpty() && System.nanoTime() < deadline) {
            try {
                TimeUnit.MILLISECONDS.sleep(50);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        jobs.dispose();
        redis.opsForHash().remove(keys.workers(), name).timeout(settings.commandTimeout())
                .onErrorResume(error -> Mono.empty()).block();
        LOG.info("Judge worker {} stopped{}", name, running.isEmpty() ? "" : "; unfinished jobs will be redelivered");
    }

    /** Stops at once: running jobs stay unacknowledged and another worker takes them over, as after a crash. */
    @Override
    public void close() {
        synchronized (lock) {
            reading = false;
            loops.dispose();
            jobs.dispose();
        }
    }

    @Override
    public boolean isRunning() {
        return reading;
    }

    /** Jobs this worker is running now. */
    public int runningJobs() {
        return running.size();
    }

    private Mono<Void> readAndRun() {
        if (running.size() >= settings.concurrency()) {
            // Taken-over jobs occupy slots too: wait for one to finish instead of reading more.
            return Mono.delay(Duration.ofMillis(100)).then();
        }
        StreamReadOptions options = StreamReadOptions.empty().count(1).block(settings.readBlock());
        return ensureGroup()
                .thenMany(redis.opsForStream().read(Consumer.from(JudgeQueueKeys.GROUP, name), options,
                        StreamOffset.create(keys.jobs(), ReadOffset.lastConsumed())))
                .doOnComplete(outage::succeeded)
                .concatMap(record -> runDetached(runJob(record, 1)))
                .then()
                .onErrorResume(error -> {
                    groupReady = false;
                    return waitAfter(error);
                });
    }

    /**
     * Runs a job in its own subscription, held by {@code jobs} rather than by the loop that read it, so that
     * {@link #stop()} can end the loops and still let the job finish; the returned Mono completes with the job.
     */
    private Mono<Void> runDetached(Mono<Void> job) {
        Sinks.Empty<Void> done = Sinks.empty();
        AtomicReference<Disposable> self = new AtomicReference<>();
        AtomicBoolean finished = new AtomicBoolean();
        Disposable subscription = job
                .doFinally(signal -> {
                    finished.set(true);
                    Disposable own = self.get();
                    if (own != null) {
                        jobs.remove(own);
                    }
                    done.tryEmitEmpty();
                })
                .subscribe(null, error -> LOG.warn("Judge job on worker {} failed: {}", name, error.toString()));
        self.set(subscription);
        jobs.add(subscription);
        if (finished.get()) {
            jobs.remove(subscription);
        }
        return done.asMono();
    }

    private Mono<Void> ensureGroup() {
        if (groupReady) {
            return Mono.empty();
        }
        return redis.execute(connection -> connection.streamCommands()
                        .xGroupCreate(rawJobsKey.duplicate(), JudgeQueueKeys.GROUP, ReadOffset.from("0"), true))
                .then()
                .onErrorResume(error -> isBusyGroup(error) ? Mono.empty() : Mono.error(error))
                .doOnSuccess(ignored -> groupReady = true);
    }

    private static boolean isBusyGroup(Throwable error) {
        for (Throwable e = error; e != null; e = e.getCause()) {
            if (e.getMessage() != null && e.getMessage().contains("BUSYGROUP")) {
                return true;
            }
        }
        return false;
    }

    private Mono<Void> waitAfter(Throwable error) {
        if (reading) {
            outage.failed(error);
        }
        return Mono.delay(RETRY_DELAY).then();
    }

    /** Runs one job; completes when its outcome is pushed and the entry acknowledged. */
    private Mono<Void> runJob(MapRecord<String, Object, Object> record, long delivery) {
        RecordId id = record.getId();
        JudgeJob job;
        try {
            job = JudgeJob.of(record.getValue());
        } catch (RuntimeException malformed) {
            LOG.warn("Dropping malformed judge job {}: {}", id, malformed.getMessage());
            return acknowledge(id);
        }
        if (clock.millis() > job.deadline()) {
            LOG.info("Skipping judge job {}: its caller stopped waiting", job.jobId());
            return acknowledge(id);
        }
        running.add(id);
        LOG.debug("Judge worker {} runs job {} (delivery {})", name, job.jobId(), delivery);
        return Mono.defer(() -> execute(job))
                .subscribeOn(Schedulers.boundedElastic())
                .onErrorResume(error -> Mono.just(failure(job, error)))
                .flatMap(outcome -> reply(job.jobId(), outcome))
                .then(acknowledge(id))
                .doFinally(signal -> running.remove(id));
    }

    private Mono<JobOutcome> execute(JudgeJob job) {
        Submission submission = json.readValue(job.submission(), Submission.class);
        if (JudgeJob.GROWTH.equals(job.kind())) {
            return localJudge.checkGrowth(submission).map(growth -> JobOutcome.growth(growth.orElse(null)));
        }
        return localJudge.judge(submission).map(JobOutcome::judged);
    }

    private JobOutcome failure(JudgeJob job, Throwable error) {
        if (error instanceof InvalidInputException invalid) {
            return JobOutcome.failed(new JobOutcome.Failure(JobOutcome.Failure.INVALID_INPUT, invalid.field(), invalid.rule()));
        }
        if (error instanceof JacksonException unreadable) {
            return JobOutcome.failed(new JobOutcome.Failure(JobOutcome.Failure.INVALID_INPUT, "submission",
                    "could not be read by the judge worker"));
        }
        if (!(error instanceof MaangException)) {
            LOG.warn("Judge job {} failed on worker {}", job.jobId(), name, error);
        }
        return JobOutcome.failed(new JobOutcome.Failure(JobOutcome.Failure.UNAVAILABLE, null, error.getMessage()));
    }

    private Mono<Void> reply(String jobId, JobOutcome outcome) {
        String key = keys.result(jobId);
        return Mono.defer(() -> redis.opsForList().leftPush(key, json.writeValueAsString(outcome)))
                .then(redis.expire(key, settings.resultTtl()))
                .timeout(settings.commandTimeout())
                .then();
    }

    private Mono<Void> acknowledge(RecordId id) {
        return redis.opsForStream().acknowledge(keys.jobs(), JudgeQueueKeys.GROUP, id)
                .then(redis.opsForStream().delete(keys.jobs(), id))
                .timeout(settings.commandTimeout())
                .then();
    }

    private Mono<Void> renewAndTakeOver() {
        return renew().then(takeOver());
    }

    /** Resets the idle time of this worker's running jobs so nobody takes them over. */
    private Mono<Void> renew() {
        List<RecordId> ids = List.copyOf(running);
        if (ids.isEmpty()) {
            return Mono.empty();
        }
        XClaimOptions options = XClaimOptions.minIdle(Duration.ZERO).ids(ids.toArray(new RecordId[0]));
        return redis.execute(connection -> connection.streamCommands()
                        .xClaimJustId(rawJobsKey.duplicate(), JudgeQueueKeys.GROUP, name, options))
                .timeout(settings.commandTimeout())
                .then();
    }

    /** Takes over jobs whose worker stopped renewing them, or fails them after too many deliveries. */
    private Mono<Void> takeOver() {
        if (!groupReady) {
            return Mono.empty();
        }
        return redis.opsForStream().pending(keys.jobs(), JudgeQueueKeys.GROUP, Range.unbounded(), PENDING_BATCH)
                .timeout(settings.commandTimeout())
                .flatMapMany(Flux::fromIterable)
                .filter(pending -> pending.getElapsedTimeSinceLastDelivery().compareTo(settings.visibilityTimeout()) >= 0)
                .concatMap(this::claim)
                .then();
    }

    private Mono<Void> claim(PendingMessage pending) {
        boolean exhausted = pending.getTotalDeliveryCount() >= settings.maxDeliveries();
        if (!exhausted && running.size() >= settings.concurrency()) {
            return Mono.empty();
        }
        long delivery = pending.getTotalDeliveryCount() + 1;
        return redis.opsForStream()
                .claim(keys.jobs(), JudgeQueueKeys.GROUP, name, settings.visibilityTimeout(), pending.getId())
                .timeout(settings.commandTimeout())
                .next()
                .flatMap(record -> {
                    if (exhausted) {
                        return abandon(record, pending.getTotalDeliveryCount());
                    }
                    LOG.warn("Judge worker {} takes over job entry {} from {} (idle {} ms, delivery {})", name,
                            record.getId(), pending.getConsumerName(),
                            pending.getElapsedTimeSinceLastDelivery().toMillis(), delivery);
                    runDetached(runJob(record, delivery));
                    return Mono.empty();
                });
    }

    private Mono<Void> abandon(MapRecord<String, Object, Object> record, long deliveries) {
        JudgeJob job;
        try {
            job = JudgeJob.of(record.getValue());
        } catch (RuntimeException malformed) {
            return acknowledge(record.getId());
        }
        LOG.error("Judge job {} was delivered {} times without finishing; failing it", job.jobId(), deliveries);
        JobOutcome outcome = JobOutcome.failed(new JobOutcome.Failure(JobOutcome.Failure.ABANDONED, null,
                "abandoned by the judge after " + deliveries + " deliveries that did not finish (the code may crash"
                        + " the judge worker)"));
        return reply(job.jobId(), outcome).then(acknowledge(record.getId()));
    }

    private Mono<Void> heartbeat() {
        WorkerHeartbeat beat = new WorkerHeartbeat(clock.millis(), localJudge.availability());
        return Mono.defer(() -> redis.opsForHash().put(keys.workers(), name, json.writeValueAsString(beat)))
                .timeout(settings.commandTimeout())
                .doOnSuccess(ignored -> outage.succeeded())
                .then();
    }
}
