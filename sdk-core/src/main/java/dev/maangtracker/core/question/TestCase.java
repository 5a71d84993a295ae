package dev.maangtracker.core.question;

import dev.maangtracker.core.error.InvalidInputException;
import tools.jackson.databind.JsonNode;

/**
 * One judge test of a coding problem. Values are JSON texts, encoded as {@link ValueType} describes, and are kept in
 * compact canonical form so equal tests compare equal.
 *
 * @param args     a JSON array holding one argument per parameter, in order, e.g. {@code [[2,7,11,15],9]}
 * @param expected the JSON value the function must return, e.g. {@code [0,1]}
 * @param hidden   whether the test is kept from the candidate (hidden tests decide acceptance; visible ones are
 *                 shown and may be run freely)
 */
public record TestCase(String args, String expected, boolean hidden) {

    /** Longest JSON text of {@code args} or {@code expected}, in characters. */
    public static final int MAX_JSON_LENGTH = 100_000;

    /**
     * Validates both JSON texts and stores them in canonical form.
     *
     * @throws InvalidInputException if a text is missing, too long or not valid JSON, if {@code args} is not an
     *         array, or if {@code expected} is JSON {@code null}
     */
    public TestCase {
        Fields.text("args", args, MAX_JSON_LENGTH);
        Fields.text("expected", expected, MAX_JSON_LENGTH);
        JsonNode argsNode = Json.parse("args", args);
        if (!argsNode.isArray()) {
            throw InvalidInputException.of("args", "must be a JSON array with one element per parameter");
        }
        args = Json.write(argsNode);
        expected = Json.write(Json.parse("expected", expected));
    }
}
