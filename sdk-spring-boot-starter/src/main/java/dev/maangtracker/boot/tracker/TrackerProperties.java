package dev.maangtracker.boot.tracker;

import dev.maangtracker.tracker.fsrs.SchedulerSettings;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** Tracker settings ({@code maang.tracker.*}): the roadmap and the FSRS review scheduler. */
@ConfigurationProperties(prefix = "maang.tracker")
@Validated
public class TrackerProperties {

    /** A roadmap JSON file (the format of the shipped roadmap.json) used instead of the shipped roadmap. */
    private Path roadmapFile;

    /** The FSRS review scheduler. */
    @Valid
    private final Scheduler scheduler = new Scheduler();

    public Path getRoadmapFile() {
        return roadmapFile;
    }

    public void setRoadmapFile(Path roadmapFile) {
        this.roadmapFile = roadmapFile;
    }

    public Scheduler getScheduler() {
        return scheduler;
    }

    /** The FSRS scheduler ({@code maang.tracker.scheduler.*}); defaults equal {@link SchedulerSettings#defaults()}. */
    public static class Scheduler {

        /** Probability of recall the schedule aims for, strictly between 0 and 1. */
        @DecimalMin(value = "0", inclusive = false)
        @DecimalMax(value = "1", inclusive = false)
        private double desiredRetention = 0.9;

        /** Short intervals of an item being learnt; may be empty. */
        @NotNull
        private List<@NotNull Duration> learningSteps = new ArrayList<>(List.of(Duration.ofMinutes(1), Duration.ofMinutes(10)));

        /** Short intervals of a forgotten item; may be empty. */
        @NotNull
        private List<@NotNull Duration> relearningSteps = new ArrayList<>(List.of(Duration.ofMinutes(10)));

        /** Longest interval between reviews, in days. */
        @Min(1)
        private int maximumInterval = 36_500;

        /** Seed of the interval fuzz that spreads reviews over nearby days; unset turns fuzz off. */
        private Long fuzzSeed;

        /** The SDK settings these properties describe. */
        public SchedulerSettings toSettings() {
            SchedulerSettings.Builder builder = SchedulerSettings.builder().desiredRetention(desiredRetention)
                    .learningSteps(learningSteps).relearningSteps(relearningSteps).maximumInterval(maximumInterval);
            if (fuzzSeed != null) {
                builder.fuzzSeed(fuzzSeed);
            }
            return builder.build();
        }

        public double getDesiredRetention() {
            return desiredRetention;
        }

        public void setDesiredRetention(double desiredRetention) {
            this.desiredRetention = desiredRetention;
        }

        public List<Duration> getLearningSteps() {
            return learningSteps;
        }

        public void setLearningSteps(List<Duration> learningSteps) {
            this.learningSteps = learningSteps;
        }

        public List<Duration> getRelearningSteps() {
            return relearningSteps;
        }

        public void setRelearningSteps(List<Duration> relearningSteps) {
            this.relearningSteps = relearningSteps;
        }

        public int getMaximumInterval() {
            return maximumInterval;
        }

        public void setMaximumInterval(int maximumInterval) {
            this.maximumInterval = maximumInterval;
        }

        public Long getFuzzSeed() {
            return fuzzSeed;
        }

        public void setFuzzSeed(Long fuzzSeed) {
            this.fuzzSeed = fuzzSeed;
        }
    }
}
