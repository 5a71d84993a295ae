package dev.maangtracker.app.judge;

import dev.maangtracker.core.judge.Verdict;

/**
 * One visible test of a run, with its data.
 *
 * @param index     its position among the problem's visible tests, from 0
 * @param input     the arguments, a JSON array with one value per parameter
 * @param expected  the expected result, JSON
 * @param actual    what the code returned, for the test it got wrong; {@code null} for a passed test
 *                  (it returned {@code expected}, up to the problem's comparison), a test not run, or a
 *                  test that ended in an error (see {@code message})
 * @param ran       whether it ran: tests stop at the first failure
 * @param verdict   its verdict, or {@code null} when it did not run
 * @param runTimeMs how long the function ran, in milliseconds, or {@code null} when it did not run
 * @param memoryKb  the memory peak while it ran, in KiB, or {@code null} when unknown
 */
public record VisibleTestView(int index, String input, String expected, String actual, boolean ran, Verdict verdict,
        Long runTimeMs, Long memoryKb) {
}
