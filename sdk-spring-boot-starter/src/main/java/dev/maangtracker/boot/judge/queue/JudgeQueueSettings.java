package dev.maangtracker.boot.judge.queue;

import dev.maangtracker.core.error.InvalidInputException;
import java.time.Duration;

/**
 * Timeouts and limits of the Redis judge queue, shared by its client and its workers. Build with
 * {@link #builder()}; {@code build()} validates.
 *
 * @param commandTimeout       longest wait for one non-blocking Redis command
 * @param resultTimeoutBase    what a caller waits for a result on top of the per-test allowance (queueing,
 *                             compilation)
 * @param resultTimeoutPerTest what a caller waits per selected test
 * @param growthTimeout        what a caller waits for a growth check
 * @param maxQueueLength       jobs the stream may hold before new ones fail busy
 * @param concurrency          jobs one worker runs at once (match the local judge's slots)
 * @param visibilityTimeout    how long a delivered job may stay unacknowledged before another worker takes it
 *                             over; a worker renews its running jobs every third of it, so only a stopped or
 *                             stuck worker loses a job
 * @param maxDeliveries        deliveries after which a job that never finishes fails instead of being retried
 * @param heartbeatInterval    how often a worker reports itself, and how often callers refresh availability
 * @param workerStaleAfter     a worker silent for longer counts as gone
 * @param readBlock            how long one XREADGROUP waits for a job before the worker reads again
 * @param resultTtl            how long an outcome nobody popped stays in Redis
 */
public record JudgeQueueSettings(Duration commandTimeout, Duration resultTimeoutBase, Duration resultTimeoutPerTest,
                                 Duration growthTimeout, int maxQueueLength, int concurrency,
                                 Duration visibilityTimeout, int maxDeliveries, Duration heartbeatInterval,
                                 Duration workerStaleAfter, Duration readBlock, Duration resultTtl) {

    /** Validates every field. */
    public JudgeQueueSettings {
        positive("commandTimeout", commandTimeout);
        positive("resultTimeoutBase", resultTimeoutBase);
        positive("resultTimeoutPerTest", resultTimeoutPerTest);
        positive("growthTimeout", growthTimeout);
        if (maxQueueLength < 1 || maxQueueLength > 1_000_000) {
            throw InvalidInputException.outOfRange("maxQueueLength", maxQueueLength, 1, 1_000_000);
        }
        if (concurrency < 1 || concurrency > 64) {
            throw InvalidInputException.outOfRange("concurrency", concurrency, 1, 64);
        }
        positive("visibilityTimeout", visibilityTimeout);
        if (visibilityTimeout.toMillis() < 300) {
            throw InvalidInputException.of("visibilityTimeout", "must be at least 300 ms");
        }
        if (maxDeliveries < 1 || maxDeliveries > 100) {
            throw InvalidInputException.outOfRange("maxDeliveries", maxDeliveries, 1, 100);
        }
        positive("heartbeatInterval", heartbeatInterval);
        positive("workerStaleAfter", workerStaleAfter);
        if (workerStaleAfter.compareTo(heartbeatInterval) <= 0) {
            throw InvalidInputException.of("workerStaleAfter", "must be longer than heartbeatInterval");
        }
        positive("readBlock", readBlock);
        positive("resultTtl", resultTtl);
    }

    /** A builder holding the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** The defaults. */
    public static JudgeQueueSettings defaults() {
        return builder().build();
    }

    /** How long a caller waits for a job of this many tests: the base plus the per-test allowance. */
    public Duration resultTimeout(int tests) {
        return resultTimeoutBase.plus(resultTimeoutPerTest.multipliedBy(Math.max(1, tests)));
    }

    private static void positive(String field, Duration value) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw InvalidInputException.of(field, "must be a positive duration");
        }
    }

    /** Collects the settings; starts from the defaults. */
    public static final class Builder {
        private Duration commandTimeout = Duration.ofSeconds(2);
        private Duration resultTimeoutBase = Duration.ofSeconds(20);
        private Duration resultTimeoutPerTest = Duration.ofSeconds(3);
        private Duration growthTimeout = Duration.ofSeconds(90);
        private int maxQueueLength = 1000;
        private int concurrency = 2;
        private Duration visibilityTimeout = Duration.ofSeconds(60);
        private int maxDeliveries = 3;
        private Duration heartbeatInterval = Duration.ofSeconds(5);
        private Duration workerStaleAfter = Duration.ofSeconds(15);
        private Duration readBlock = Duration.ofSeconds(2);
        private Duration resultTtl = Duration.ofMinutes(5);

        private Builder() {
        }

        /** See {@link JudgeQueueSettings#commandTimeout()}; default 2 s. */
        public Builder commandTimeout(Duration value) {
            this.commandTimeout = value;
            return this;
        }

        /** See {@link JudgeQueueSettings#resultTimeoutBase()}; default 20 s. */
        public Builder resultTimeoutBase(Duration value) {
            this.resultTimeoutBase = value;
            return this;
        }

        /** See {@link JudgeQueueSettings#resultTimeoutPerTest()}; default 3 s. */
        public Builder resultTimeoutPerTest(Duration value) {
            this.resultTimeoutPerTest = value;
            return this;
        }

        /** See {@link JudgeQueueSettings#growthTimeout()}; default 90 s. */
        public Builder growthTimeout(Duration value) {
            this.growthTimeout = value;
            return this;
        }

        /** See {@link JudgeQueueSettings#maxQueueLength()}; default 1000. */
        public Builder maxQueueLength(int value) {
            this.maxQueueLength = value;
            return this;
        }

        /** See {@link JudgeQueueSettings#concurrency()}; default 2. */
        public Builder concurrency(int value) {
            this.concurrency = value;
            return this;
        }

        /** See {@link JudgeQueueSettings#visibilityTimeout()}; default 60 s. */
        public Builder visibilityTimeout(Duration value) {
            this.visibilityTimeout = value;
            return this;
        }

        /** See {@link JudgeQueueSettings#maxDeliveries()}; default 3. */
        public Builder maxDeliveries(int value) {
            this.maxDeliveries = value;
            return this;
        }

        /** See {@link JudgeQueueSettings#heartbeatInterval()}; default 5 s. */
        public Builder heartbeatInterval(Duration value) {
            this.heartbeatInterval = value;
            return this;
        }

        /** See {@link JudgeQueueSettings#workerStaleAfter()}; default 15 s. */
        public Builder workerStaleAfter(Duration value) {
            this.workerStaleAfter = value;
            return this;
        }

        /** See {@link JudgeQueueSettings#readBlock()}; default 2 s. */
        public Builder readBlock(Duration value) {
            this.readBlock = value;
            return this;
        }

        /** See {@link JudgeQueueSettings#resultTtl()}; default 5 min. */
        public Builder resultTtl(Duration value) {
            this.resultTtl = value;
            return this;
        }

        /** The validated settings. */
        public JudgeQueueSettings build() {
            return new JudgeQueueSettings(commandTimeout, resultTimeoutBase, resultTimeoutPerTest, growthTimeout,
                    maxQueueLength, concurrency, visibilityTimeout, maxDeliveries, heartbeatInterval,
                    workerStaleAfter, readBlock, resultTtl);
        }
    }
}
