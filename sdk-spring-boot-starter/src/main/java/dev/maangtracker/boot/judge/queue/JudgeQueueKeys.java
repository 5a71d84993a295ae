package dev.maangtracker.boot.judge.queue;

import java.util.Objects;

/**
 * The Redis names of the judge queue, all under one prefix (default {@code maang:}): the job stream, its
 * consumer group, one result list per job and the hash of worker heartbeats.
 *
 * @param prefix prefix of every key, e.g. {@code maang:}
 */
public record JudgeQueueKeys(String prefix) {

    /** The consumer group every worker reads in. */
    public static final String GROUP = "maang-judge";

    /** Validates the prefix. */
    public JudgeQueueKeys {
        Objects.requireNonNull(prefix, "prefix");
    }

    /** The stream of jobs, {@code <prefix>judge:jobs}. */
    public String jobs() {
        return prefix + "judge:jobs";
    }

    /** The list a job's outcome is pushed to, {@code <prefix>judge:result:<jobId>}. */
    public String result(String jobId) {
        return prefix + "judge:result:" + jobId;
    }

    /** The hash of worker name to its last heartbeat, {@code <prefix>judge:workers}. */
    public String workers() {
        return prefix + "judge:workers";
    }
}
