package dev.maangtracker.core.judge;

import dev.maangtracker.core.error.InvalidInputException;
import java.time.Duration;
import java.util.Objects;

/**
 * One test of a stored {@link CodeSubmission}, at the precision it is stored with.
 *
 * @param index        the test's position among the submission's selected tests, from 0
 * @param hidden       whether the test is hidden from the candidate (its data is never stored)
 * @param verdict      the test's verdict
 * @param runTime      how long the function ran, whole milliseconds, or {@code null} when unknown
 * @param peakMemoryKb the resident-memory peak while it ran, in KiB, or {@code null} when unknown
 * @param message      the runtime error or failure message of this test, or {@code null}
 */
public record SubmittedTest(int index, boolean hidden, Verdict verdict, Duration runTime, Long peakMemoryKb,
                            String message) {

    /** Validates every field; see the component descriptions. */
    public SubmittedTest {
        Objects.requireNonNull(verdict, "verdict");
        if (index < 0) {
            throw InvalidInputException.of("index", "must not be negative (was " + index + ")");
        }
        if (runTime != null && runTime.isNegative()) {
            throw InvalidInputException.of("runTime", "must not be negative");
        }
        if (peakMemoryKb != null && peakMemoryKb < 0) {
            throw InvalidInputException.of("peakMemoryKb", "must not be negative");
        }
        runTime = runTime == null ? null : Duration.ofMillis(runTime.toMillis());
        message = message == null || message.isBlank() ? null : message;
    }

    /** The stored form of a judge's test result; {@code message} goes with a failing test. */
    public static SubmittedTest of(TestResult result, String message) {
        Objects.requireNonNull(result, "result");
        Long kb = result.peakMemoryBytes() <= 0 ? null : (result.peakMemoryBytes() + 1023) / 1024;
        return new SubmittedTest(result.index(), result.hidden(), result.verdict(), result.runTime(), kb,
                result.verdict().passed() ? null : message);
    }
}
