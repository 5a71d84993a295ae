package dev.maangtracker.boot.judge.queue;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.stream.Stream;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Where judge work runs ({@code maang.judge.queue}, {@code maang.judge.worker.*},
 * {@code maang.judge.redis-queue.*}): in this process, or through a Redis Streams queue served by workers in
 * any instance.
 */
@ConfigurationProperties("maang.judge")
@Validated
public class JudgeQueueProperties {

    /** Where judge work goes: {@code local} runs it in this process; {@code redis} queues it for workers (needs Redis). */
    @NotNull
    private Queue queue = Queue.LOCAL;

    /** The worker of this instance (with {@code queue=redis}). */
    @Valid
    private final Worker worker = new Worker();

    /** Timeouts and limits of the Redis queue (with {@code queue=redis}). */
    @Valid
    private final RedisQueue redisQueue = new RedisQueue();

    public Queue getQueue() {
        return queue;
    }

    public void setQueue(Queue queue) {
        this.queue = queue;
    }

    public Worker getWorker() {
        return worker;
    }

    public RedisQueue getRedisQueue() {
        return redisQueue;
    }

    /** The queue settings these properties describe. */
    public JudgeQueueSettings toSettings() {
        return JudgeQueueSettings.builder()
                .commandTimeout(redisQueue.commandTimeout)
                .resultTimeoutBase(redisQueue.resultTimeoutBase)
                .resultTimeoutPerTest(redisQueue.resultTimeoutPerTest)
                .growthTimeout(redisQueue.growthTimeout)
                .maxQueueLength(redisQueue.maxLength)
                .concurrency(worker.concurrency)
                .visibilityTimeout(redisQueue.visibilityTimeout)
                .maxDeliveries(redisQueue.maxDeliveries)
                .heartbeatInterval(redisQueue.heartbeatInterval)
                .workerStaleAfter(redisQueue.workerStaleAfter)
                .readBlock(redisQueue.readBlock)
                .resultTtl(redisQueue.resultTtl)
                .build();
    }

    /** Where judge work runs. */
    public enum Queue {
        /** In this process, on the local judge. */
        LOCAL,
        /** Through the Redis Streams queue {@code <prefix>judge:jobs}. */
        REDIS
    }

    /** The judge worker of this instance. */
    public static class Worker {

        /** Whether this instance takes jobs from the Redis queue; false makes it a pure client. */
        private boolean enabled = true;

        /**
         * Marks a judge-only instance: its worker starts even when {@code enabled} is false (also set
         * {@code spring.main.web-application-type=none} so it serves no HTTP).
         */
        private boolean only;

        /** Jobs this worker runs at once; match the local judge's slots. */
        @Min(1)
        @Max(64)
        private int concurrency = 2;

        /** Consumer name in the group; unset uses the host name, process id and a random suffix. */
        private String name;

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public boolean isOnly() {
            return only;
        }

        public void setOnly(boolean only) {
            this.only = only;
        }

        public int getConcurrency() {
            return concurrency;
        }

        public void setConcurrency(int concurrency) {
            this.concurrency = concurrency;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }
    }

    /** Timeouts and limits of the Redis judge queue. */
    public static class RedisQueue {

        /** Longest wait for one non-blocking Redis command of the queue. */
        @NotNull
        private Duration commandTimeout = Duration.ofSeconds(2);

        /** What a caller waits for a result on top of the per-test allowance (queueing and compilation). */
        @NotNull
        private Duration resultTimeoutBase = Duration.ofSeconds(20);

        /** What a caller waits per selected test. */
        @NotNull
        private Duration resultTimeoutPerTest = Duration.ofSeconds(3);

        /** What a caller waits for a growth check. */
        @NotNull
        private Duration growthTimeout = Duration.ofSeconds(90);

        /** Jobs the stream may hold before new submissions fail busy. */
        @Min(1)
        @Max(1_000_000)
        private int maxLength = 1000;

        /** How long a job may stay unacknowledged without renewal before another worker takes it over. */
        @NotNull
        private Duration visibilityTimeout = Duration.ofSeconds(60);

        /** Deliveries after which a job that never finishes fails instead of being retried. */
        @Min(1)
        @Max(100)
        private int maxDeliveries = 3;

        /** How often a worker reports itself, and how often callers refresh the judge's availability. */
        @NotNull
        private Duration heartbeatInterval = Duration.ofSeconds(5);

        /** A worker silent for longer counts as gone. */
        @NotNull
        private Duration workerStaleAfter = Duration.ofSeconds(15);

        /** How long one read of the stream waits for a job. */
        @NotNull
        private Duration readBlock = Duration.ofSeconds(2);

        /** How long an outcome nobody collected stays in Redis. */
        @NotNull
        private Duration resultTtl = Duration.ofMinutes(5);

        public Duration getCommandTimeout() {
            return commandTimeout;
        }

        public void setCommandTimeout(Duration commandTimeout) {
            this.commandTimeout = commandTimeout;
        }

        public Duration getResultTimeoutBase() {
            return resultTimeoutBase;
        }

        public void setResultTimeoutBase(Duration resultTimeoutBase) {
            this.resultTimeoutBase = resultTimeoutBase;
        }

        public Duration getResultTimeoutPerTest() {
            return resultTimeoutPerTest;
        }

        public void setResultTimeoutPerTest(Duration resultTimeoutPerTest) {
            this.resultTimeoutPerTest = resultTimeoutPerTest;
        }

        public Duration getGrowthTimeout() {
            return growthTimeout;
        }

        public void setGrowthTimeout(Duration growthTimeout) {
            this.growthTimeout = growthTimeout;
        }

        public int getMaxLength() {
            return maxLength;
        }

        public void setMaxLength(int maxLength) {
            this.maxLength = maxLength;
        }

        public Duration getVisibilityTimeout() {
            return visibilityTimeout;
        }

        public void setVisibilityTimeout(Duration visibilityTimeout) {
            this.visibilityTimeout = visibilityTimeout;
        }

        public int getMaxDeliveries() {
            return maxDeliveries;
        }

        public void setMaxDeliveries(int maxDeliveries) {
            this.maxDeliveries = maxDeliveries;
        }

        public Duration getHeartbeatInterval() {
            return heartbeatInterval;
        }

        public void setHeartbeatInterval(Duration heartbeatInterval) {
            this.heartbeatInterval = heartbeatInterval;
        }

        public Duration getWorkerStaleAfter() {
            return workerStaleAfter;
        }

        public void setWorkerStaleAfter(Duration workerStaleAfter) {
            this.workerStaleAfter = workerStaleAfter;
        }

        public Duration getReadBlock() {
            return readBlock;
        }

        public void setReadBlock(Duration readBlock) {
            this.readBlock = readBlock;
        }

        public Duration getResultTtl() {
            return resultTtl;
        }

        public void setResultTtl(Duration resultTtl) {
            this.resultTtl = resultTtl;
        }

        @AssertTrue(message = "every maang.judge.redis-queue duration must be positive, the visibility timeout at least"
                + " 300 ms and worker-stale-after longer than heartbeat-interval")
        public boolean isConsistent() {
            boolean positive = Stream.of(commandTimeout, resultTimeoutBase, resultTimeoutPerTest, growthTimeout,
                    visibilityTimeout, heartbeatInterval, workerStaleAfter, readBlock, resultTtl)
                    .allMatch(d -> d == null || !(d.isNegative() || d.isZero()));
            return positive && (visibilityTimeout == null || visibilityTimeout.toMillis() >= 300)
                    && (workerStaleAfter == null || heartbeatInterval == null
                    || workerStaleAfter.compareTo(heartbeatInterval) > 0);
        }
    }
}
