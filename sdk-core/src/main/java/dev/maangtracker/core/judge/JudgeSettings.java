package dev.maangtracker.core.judge;

import dev.maangtracker.core.error.InvalidInputException;
import java.time.Duration;

/**
 * Limits and capacity of a {@link SandboxJudge}.
 *
 * @param slots          submissions run at once (each in its own uid and cgroup), 1..16
 * @param queueCapacity  submissions that may wait for a slot before {@code judge} fails busy, 0..1000
 * @param timeLimit      wall-clock limit per test (CPU is limited to one core, so also a CPU limit)
 * @param memoryLimitMb  memory limit of the program in MiB (Java gets extra room for the JVM itself)
 * @param outputLimitKb  most bytes the program may print, in KiB
 * @param firstUid       uid of slot 0; slot i runs as {@code firstUid + i} and its warm Java compiler as
 *                       {@code firstUid + 16 + i}; none of these may be a real user
 */
public record JudgeSettings(int slots, int queueCapacity, Duration timeLimit, int memoryLimitMb, int outputLimitKb,
                            int firstUid) {

    /** Two slots, 32 waiting, 2 s per test, 256 MiB, 64 KiB of output, uids from 61000. */
    public static JudgeSettings defaults() {
        return new JudgeSettings(2, 32, Duration.ofSeconds(2), 256, 64, 61_000);
    }

    /** Validates the ranges. */
    public JudgeSettings {
        if (slots < 1 || slots > 16) {
            throw InvalidInputException.of("slots", "must be between 1 and 16");
        }
        if (queueCapacity < 0 || queueCapacity > 1000) {
            throw InvalidInputException.of("queueCapacity", "must be between 0 and 1000");
        }
        if (timeLimit == null || timeLimit.toMillis() < 100 || timeLimit.toSeconds() > 60) {
            throw InvalidInputException.of("timeLimit", "must be between 100 ms and 60 s");
        }
        if (memoryLimitMb < 32 || memoryLimitMb > 4096) {
            throw InvalidInputException.of("memoryLimitMb", "must be between 32 and 4096");
        }
        if (outputLimitKb < 1 || outputLimitKb > 65536) {
            throw InvalidInputException.of("outputLimitKb", "must be between 1 and 65536");
        }
        if (firstUid < 1000 || firstUid > 4_000_000) {
            throw InvalidInputException.of("firstUid", "must be between 1000 and 4000000");
        }
    }

    /** These settings with another number of slots. */
    public JudgeSettings withSlots(int newSlots) {
        return new JudgeSettings(newSlots, queueCapacity, timeLimit, memoryLimitMb, outputLimitKb, firstUid);
    }

    /** These settings with another time limit. */
    public JudgeSettings withTimeLimit(Duration newLimit) {
        return new JudgeSettings(slots, queueCapacity, newLimit, memoryLimitMb, outputLimitKb, firstUid);
    }

    /** These settings with another queue capacity. */
    public JudgeSettings withQueueCapacity(int capacity) {
        return new JudgeSettings(slots, capacity, timeLimit, memoryLimitMb, outputLimitKb, firstUid);
    }
}
