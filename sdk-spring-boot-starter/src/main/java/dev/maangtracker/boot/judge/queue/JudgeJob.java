package dev.maangtracker.boot.judge.queue;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One entry of the job stream.
 *
 * @param jobId      unique id; names the result list
 * @param kind       {@code judge} or {@code growth}
 * @param submission the submission as JSON
 * @param deadline   epoch milliseconds after which the caller no longer waits; a worker skips the job then
 */
record JudgeJob(String jobId, String kind, String submission, long deadline) {

    static final String JUDGE = "judge";
    static final String GROWTH = "growth";

    Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("job", jobId);
        fields.put("kind", kind);
        fields.put("submission", submission);
        fields.put("deadline", Long.toString(deadline));
        return fields;
    }

    /** The job of a stream entry; throws IllegalArgumentException when a field is missing or malformed. */
    static JudgeJob of(Map<?, ?> fields) {
        Object job = fields.get("job");
        Object kind = fields.get("kind");
        Object submission = fields.get("submission");
        Object deadline = fields.get("deadline");
        if (job == null || kind == null || submission == null || deadline == null) {
            throw new IllegalArgumentException("judge job entry lacks a field: " + fields.keySet());
        }
        if (!JUDGE.equals(kind) && !GROWTH.equals(kind)) {
            throw new IllegalArgumentException("unknown judge job kind " + kind);
        }
        return new JudgeJob(job.toString(), kind.toString(), submission.toString(), Long.parseLong(deadline.toString()));
    }
}
