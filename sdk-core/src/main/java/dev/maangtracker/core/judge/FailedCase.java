package dev.maangtracker.core.judge;

/**
 * The first visible test a submission got wrong, as JSON texts.
 *
 * @param args     the arguments
 * @param expected the expected result
 * @param actual   what the code returned
 */
public record FailedCase(String args, String expected, String actual) {
}
