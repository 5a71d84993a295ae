package dev.maangtracker.boot.judge.queue;

import dev.maangtracker.core.judge.GrowthCheck;
import dev.maangtracker.core.judge.JudgeResult;

/**
 * What a worker pushes back for a job, as JSON: exactly one of a result, a growth check (or its absence) or a
 * failure.
 *
 * @param kind    {@code judged}, {@code growth} or {@code failed}
 * @param result  the judge's result when judged
 * @param growth  the growth check when kind is growth; null when the judge had none
 * @param failure what went wrong when failed
 */
record JobOutcome(String kind, JudgeResult result, GrowthCheck growth, Failure failure) {

    static final String JUDGED = "judged";
    static final String GROWTH = "growth";
    static final String FAILED = "failed";

    static JobOutcome judged(JudgeResult result) {
        return new JobOutcome(JUDGED, result, null, null);
    }

    static JobOutcome growth(GrowthCheck growth) {
        return new JobOutcome(GROWTH, null, growth, null);
    }

    static JobOutcome failed(Failure failure) {
        return new JobOutcome(FAILED, null, null, failure);
    }

    /**
     * A failure the caller sees as a typed error.
     *
     * @param type    {@code invalid-input}, {@code unavailable} or {@code abandoned}
     * @param field   the field of an invalid input, else null
     * @param message the rule of an invalid input, else a sentence for the logs and the caller
     */
    record Failure(String type, String field, String message) {
        static final String INVALID_INPUT = "invalid-input";
        static final String UNAVAILABLE = "unavailable";
        static final String ABANDONED = "abandoned";
    }
}
