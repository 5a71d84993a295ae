package dev.maangtracker.tracker.fsrs;

import dev.maangtracker.core.error.InvalidInputException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How an {@link FsrsScheduler} schedules. Build with {@link #builder()}; {@link #defaults()} matches the reference
 * scheduler (desired retention 0.9, learning steps 1 and 10 minutes, relearning step 10 minutes, maximum interval
 * 36500 days) except that fuzz is off, so schedules are deterministic.
 *
 * @param parameters       the FSRS-6 weights
 * @param desiredRetention probability of recall the schedule aims for, strictly between 0 and 1
 * @param learningSteps    short intervals of a card being learnt; may be empty
 * @param relearningSteps  short intervals of a forgotten card; may be empty
 * @param maximumInterval  longest interval in days, at least 1
 * @param fuzzSeed         seed of the interval fuzz, or {@code null} for no fuzz
 */
public record SchedulerSettings(FsrsParameters parameters, double desiredRetention, List<Duration> learningSteps,
                                List<Duration> relearningSteps, int maximumInterval, Long fuzzSeed) {

    /** Default desired retention. */
    public static final double DEFAULT_RETENTION = 0.9;
    /** Default maximum interval in days (a hundred years, as in the reference). */
    public static final int DEFAULT_MAXIMUM_INTERVAL = 36500;

    /** Validates every field; see the component descriptions. */
    public SchedulerSettings {
        Objects.requireNonNull(parameters, "parameters");
        if (!(desiredRetention > 0 && desiredRetention < 1)) {
            throw InvalidInputException.of("desiredRetention",
                    "must be strictly between 0 and 1 (was " + desiredRetention + ")");
        }
        learningSteps = validSteps("learningSteps", learningSteps);
        relearningSteps = validSteps("relearningSteps", relearningSteps);
        if (maximumInterval < 1) {
            throw InvalidInputException.of("maximumInterval", "must be at least 1 day");
        }
    }

    private static List<Duration> validSteps(String field, List<Duration> steps) {
        List<Duration> copy = List.copyOf(Objects.requireNonNull(steps, field));
        for (Duration step : copy) {
            if (step.isNegative() || step.isZero()) {
                throw InvalidInputException.of(field, "must hold positive durations");
            }
        }
        return copy;
    }

    /** The reference defaults with fuzz off. */
    public static SchedulerSettings defaults() {
        return builder().build();
    }

    /** A builder starting from the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** Whether intervals in days are fuzzed. */
    public boolean fuzzEnabled() {
        return fuzzSeed != null;
    }

    /** Builds {@link SchedulerSettings}; {@link #build()} validates. Not thread-safe. */
    public static final class Builder {
        private FsrsParameters parameters = FsrsParameters.defaults();
        private double desiredRetention = DEFAULT_RETENTION;
        private List<Duration> learningSteps = List.of(Duration.ofMinutes(1), Duration.ofMinutes(10));
        private List<Duration> relearningSteps = List.of(Duration.ofMinutes(10));
        private int maximumInterval = DEFAULT_MAXIMUM_INTERVAL;
        private Long fuzzSeed;

        private Builder() {
        }

        /** Sets the weights. */
        public Builder parameters(FsrsParameters value) {
            this.parameters = value;
            return this;
        }

        /** Sets the desired retention. */
        public Builder desiredRetention(double value) {
            this.desiredRetention = value;
            return this;
        }

        /** Sets the learning steps. */
        public Builder learningSteps(List<Duration> value) {
            this.learningSteps = value;
            return this;
        }

        /** Sets the relearning steps. */
        public Builder relearningSteps(List<Duration> value) {
            this.relearningSteps = value;
            return this;
        }

        /** Sets the maximum interval in days. */
        public Builder maximumInterval(int value) {
            this.maximumInterval = value;
            return this;
        }

        /** Turns fuzz on with a seed, so fuzzed schedules are still reproducible. */
        public Builder fuzzSeed(long seed) {
            this.fuzzSeed = seed;
            return this;
        }

        /** Validated settings. */
        public SchedulerSettings build() {
            return new SchedulerSettings(parameters, desiredRetention, learningSteps, relearningSteps,
                    maximumInterval, fuzzSeed);
        }
    }
}
