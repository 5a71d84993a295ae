package dev.maangtracker.app.judge;

import dev.maangtracker.core.judge.TestResult;
import dev.maangtracker.core.judge.Verdict;

/**
 * One test's outcome; a hidden test shows no data.
 *
 * @param index     its position among the tests run, from 0 (visible tests first)
 * @param hidden    whether it is a hidden test
 * @param verdict   its verdict
 * @param runTimeMs how long the function ran, in milliseconds
 * @param memoryKb  the memory peak while it ran, in KiB; {@code null} when unknown
 */
public record TestVerdictView(int index, boolean hidden, Verdict verdict, long runTimeMs, Long memoryKb) {

    static TestVerdictView of(TestResult test) {
        return new TestVerdictView(test.index(), test.hidden(), test.verdict(), test.runTime().toMillis(),
                kib(test.peakMemoryBytes()));
    }

    static Long kib(long bytes) {
        return bytes <= 0 ? null : (bytes + 1023) / 1024;
    }
}
