package dev.maangtracker.app.judge;

import dev.maangtracker.core.judge.FailedCase;

/**
 * The first visible test the code got wrong, as JSON texts (never a hidden test's data).
 *
 * @param input    the arguments, a JSON array with one value per parameter
 * @param expected the expected result
 * @param actual   what the code returned
 */
public record FailedCaseView(String input, String expected, String actual) {

    static FailedCaseView of(FailedCase failed) {
        return new FailedCaseView(failed.args(), failed.expected(), failed.actual());
    }
}
