package dev.maangtracker.core.judge;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of a submission. Tests stop at the first one that does not pass; later tests are not listed.
 *
 * @param verdict     ACCEPTED when every selected test passed, otherwise the first failing test's verdict (or
 *                    COMPILATION_ERROR when nothing ran)
 * @param tests       per-test results, in run order
 * @param failedCase  the first wrong visible test with input, expected and actual values; empty for hidden tests
 * @param message     compiler output or runtime error message (trimmed, no host paths); empty when none
 * @param compileTime time spent compiling (zero for interpreted languages)
 */
public record JudgeResult(Verdict verdict, List<TestResult> tests, Optional<FailedCase> failedCase, String message,
                          Duration compileTime) {

    /** Copies the list. */
    public JudgeResult {
        tests = List.copyOf(tests);
        message = message == null ? "" : message;
    }

    /** How many tests passed. */
    public long passedCount() {
        return tests.stream().filter(t -> t.verdict().passed()).count();
    }
}
