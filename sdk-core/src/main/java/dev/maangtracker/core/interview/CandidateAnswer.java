package dev.maangtracker.core.interview;

import dev.maangtracker.core.error.InvalidInputException;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;

/**
 * What a candidate submits for the current question: words (typed or a voice transcript), and for
 * coding questions optionally code.
 *
 * @param text     the answer or explanation; required, at most {@link #MAX_TEXT_CHARS}
 * @param code     code, or {@code null}; at most {@link #MAX_CODE_CHARS}
 * @param language the code's language ({@code java}, {@code python}, {@code javascript}), required
 *                 with code, stored in lower case
 * @param duration how long the candidate spoke or typed, or {@code null}; at most {@link #MAX_DURATION}
 */
public record CandidateAnswer(String text, String code, String language, Duration duration) {

    /** Longest answer text accepted, in characters (about 20 minutes of speech). */
    public static final int MAX_TEXT_CHARS = 20_000;
    /** Largest code accepted, in characters. */
    public static final int MAX_CODE_CHARS = 64 * 1024;
    /** Longest answer duration accepted. */
    public static final Duration MAX_DURATION = Duration.ofHours(2);
    /** Languages code may be written in. */
    public static final Set<String> LANGUAGES = Set.of("java", "python", "javascript");

    /** Validates every field; see the component descriptions. */
    public CandidateAnswer {
        if (text == null || text.isBlank()) {
            throw InvalidInputException.required("answer");
        }
        if (text.length() > MAX_TEXT_CHARS) {
            throw InvalidInputException.tooLong("answer", text.length(), MAX_TEXT_CHARS);
        }
        if (code != null && code.isBlank()) {
            code = null;
        }
        if (code != null) {
            if (code.length() > MAX_CODE_CHARS) {
                throw InvalidInputException.tooLong("code", code.length(), MAX_CODE_CHARS);
            }
            if (language == null || !LANGUAGES.contains(language.toLowerCase(Locale.ROOT))) {
                throw InvalidInputException.of("language", "must be one of " + LANGUAGES + " when code is given");
            }
            language = language.toLowerCase(Locale.ROOT);
        } else {
            language = null;
        }
        if (duration != null && (duration.isNegative() || duration.isZero() || duration.compareTo(MAX_DURATION) > 0)) {
            throw InvalidInputException.of("duration", "must be positive and at most " + MAX_DURATION.toMinutes() + " minutes");
        }
    }

    /** A text-only answer. */
    public static CandidateAnswer of(String text) {
        return new CandidateAnswer(text, null, null, null);
    }
}
