package dev.maangtracker.core.judge;

import reactor.core.publisher.Mono;

/** Runs submissions against a problem's tests. Implementations never run code outside a sandbox. */
public interface CodeJudge {

    /**
     * Judges a submission.
     *
     * @return the result; errors with {@link dev.maangtracker.core.error.UnavailableException} when the judge or the
     *         language is unavailable or the queue is full
     */
    Mono<JudgeResult> judge(Submission submission);

    /** Whether the judge, and each language, can run code now, with the reasons when not. */
    JudgeAvailability availability();
}
