package dev.maangtracker.core.judge.internal;

import java.time.Duration;
import java.util.List;

/**
 * What a sandboxed run did.
 *
 * @param exitCode        the launcher's exit status (bwrap passes the program's status through; 128+n for signal n)
 * @param killed          why the judge killed the run, NONE if it ended by itself
 * @param stdoutLines     complete lines the program wrote to stdout
 * @param stderr          the start of what it wrote to stderr
 * @param peakMemoryBytes the cgroup's peak memory
 * @param memoryLimitHit  whether the cgroup hit its memory limit
 * @param elapsed         wall time from launch to exit
 */
public record RunOutcome(int exitCode, Kill killed, List<String> stdoutLines, String stderr, long peakMemoryBytes,
                         boolean memoryLimitHit, Duration elapsed) {

    /** Why the judge killed a run. */
    public enum Kill {
        /** Not killed. */
        NONE,
        /** A deadline passed. */
        TIMEOUT,
        /** Too much output. */
        OUTPUT
    }
}
