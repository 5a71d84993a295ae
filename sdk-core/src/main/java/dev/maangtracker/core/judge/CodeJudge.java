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

    /**
     * Runs the submission on generated inputs of growing size and compares the growth of its run time with the
     * problem's declared time complexity. Empty when the complexity is not a single-variable form the check
     * understands, the inputs cannot be scaled, or the judge does not measure growth.
     */
    default Mono<java.util.Optional<GrowthCheck>> checkGrowth(Submission submission) {
        return Mono.just(java.util.Optional.empty());
    }

    /** Whether the judge, and each language, can run code now, with the reasons when not. */
    JudgeAvailability availability();
}
