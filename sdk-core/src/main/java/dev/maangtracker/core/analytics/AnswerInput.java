package dev.maangtracker.core.analytics;

import dev.maangtracker.core.analytics.internal.Tokenizer;
import dev.maangtracker.core.error.InvalidInputException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * One answer to analyse: its text, how long it took to say (for voice answers), its kind and, for
 * coding answers, the code. Immutable.
 *
 * <p>The text is required: {@code null} or blank (only white space of any kind, no-break spaces
 * included) fails with {@link InvalidInputException}
 * ({@code required("answer")}). A {@code null} duration or code is read as absent; blank code is
 * absent too. The duration, when given, must be positive and at most {@link #MAX_SPOKEN_DURATION}.
 * Length limits are enforced by {@link AnswerAnalyzer}, since they are configurable.
 *
 * @param text            the answer as typed or transcribed
 * @param spokenDuration  how long the candidate spoke, if known
 * @param kind            what kind of answer this is
 * @param code            the code the answer explains, if any
 */
public record AnswerInput(String text, Optional<Duration> spokenDuration, AnswerKind kind, Optional<String> code) {

    /** The longest spoken duration accepted: no interview answer lasts longer. */
    public static final Duration MAX_SPOKEN_DURATION = Duration.ofHours(3);

    /**
     * Validates the answer.
     *
     * @throws InvalidInputException when the text is missing or blank, the kind is missing, or the
     *                               duration is not positive or too long
     */
    public AnswerInput {
        if (text == null || isBlank(text)) {
            throw InvalidInputException.required("answer");
        }
        if (kind == null) {
            throw InvalidInputException.required("kind");
        }
        spokenDuration = spokenDuration == null ? Optional.empty() : spokenDuration;
        spokenDuration.ifPresent(AnswerInput::checkDuration);
        code = code == null ? Optional.empty() : code.filter(c -> !isBlank(c));
    }

    /** An answer of a kind, without duration or code. */
    public static AnswerInput of(String text, AnswerKind kind) {
        return new AnswerInput(text, Optional.empty(), kind, Optional.empty());
    }

    /** A general prose answer. */
    public static AnswerInput prose(String text) {
        return of(text, AnswerKind.PROSE);
    }

    /** A behavioural story. */
    public static AnswerInput behavioralStory(String text) {
        return of(text, AnswerKind.BEHAVIORAL_STORY);
    }

    /** An explanation of a coding solution; {@code code} may be {@code null} or blank when there is none. */
    public static AnswerInput codeExplanation(String text, String code) {
        return new AnswerInput(text, Optional.empty(), AnswerKind.CODE_EXPLANATION, Optional.ofNullable(code));
    }

    /** This answer with a spoken duration; {@code null} removes it. */
    public AnswerInput withSpokenDuration(Duration duration) {
        return new AnswerInput(text, Optional.ofNullable(duration), kind, code);
    }

    /** This answer with code; {@code null} or blank removes it. */
    public AnswerInput withCode(String newCode) {
        return new AnswerInput(text, spokenDuration, kind, Optional.ofNullable(newCode));
    }

    /** Blank: nothing but white space of any kind, control or format characters (e.g. no-break spaces). */
    private static boolean isBlank(String value) {
        return value.codePoints().allMatch(Tokenizer::isSeparator);
    }

    private static void checkDuration(Duration duration) {
        Objects.requireNonNull(duration, "duration");
        if (duration.isNegative() || duration.isZero()) {
            throw InvalidInputException.of("spokenDuration", "must be positive (was " + duration + ")");
        }
        if (duration.compareTo(MAX_SPOKEN_DURATION) > 0) {
            throw InvalidInputException.of("spokenDuration",
                    "must be at most " + MAX_SPOKEN_DURATION + " (was " + duration + ")");
        }
    }
}
