package dev.maangtracker.core.judge;

import java.time.Duration;

/**
 * The outcome of one test.
 *
 * @param index      the test's position among the submission's selected tests
 * @param hidden     whether the test is hidden from the candidate
 * @param verdict    the test's verdict
 * @param runTime    how long the function ran for this test (the limit when it timed out)
 * @param peakMemoryBytes the process's resident-memory peak while this test ran (its high-water mark reset before the
 *                        test; runtime baseline and still-committed heap included; the run's cgroup peak when the test
 *                        ended the run with an error, a memory verdict or a kill), in bytes (0 if unknown)
 */
public record TestResult(int index, boolean hidden, Verdict verdict, Duration runTime, long peakMemoryBytes) {
}
