package dev.maangtracker.core.llm;

import dev.maangtracker.core.error.InvalidInputException;

/**
 * What is sent to a language model: standing instructions and the request itself.
 *
 * @param system          instructions the model follows for the whole exchange; may be empty
 * @param user            the request; not blank
 * @param temperature     sampling temperature, 0 to 2 (0 asks for the most deterministic reply)
 * @param maxOutputTokens upper bound on the reply's length, 1 to {@link #MAX_OUTPUT_TOKENS}
 */
public record Prompt(String system, String user, double temperature, int maxOutputTokens) {

    /** Largest prompt text accepted, in characters (system and user together). */
    public static final int MAX_PROMPT_CHARS = 200_000;
    /** Largest reply length a caller may ask for. */
    public static final int MAX_OUTPUT_TOKENS = 8_192;

    /** Validates every field; see the component descriptions. */
    public Prompt {
        system = system == null ? "" : system;
        if (user == null || user.isBlank()) {
            throw InvalidInputException.required("user");
        }
        if (system.length() + user.length() > MAX_PROMPT_CHARS) {
            throw InvalidInputException.tooLong("prompt", system.length() + user.length(), MAX_PROMPT_CHARS);
        }
        if (!(temperature >= 0 && temperature <= 2)) {
            throw InvalidInputException.outOfRange("temperature", temperature, 0, 2);
        }
        if (maxOutputTokens < 1 || maxOutputTokens > MAX_OUTPUT_TOKENS) {
            throw InvalidInputException.outOfRange("maxOutputTokens", maxOutputTokens, 1, MAX_OUTPUT_TOKENS);
        }
    }

    /** A prompt with low temperature and a reply budget fit for structured JSON. */
    public static Prompt of(String system, String user) {
        return new Prompt(system, user, 0.2, 2_048);
    }
}
