package dev.maangtracker.app.interview;

import dev.maangtracker.core.interview.CandidateAnswer;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Duration;

/**
 * An answer to the current question.
 *
 * @param answer          the words: typed, or a voice transcript; required
 * @param code            code, for coding questions; optional
 * @param language        {@code java}, {@code python} or {@code javascript}; required with code
 * @param durationSeconds how long the candidate spoke or typed, for the pace; optional
 */
public record AnswerRequest(
        @NotBlank @Size(max = CandidateAnswer.MAX_TEXT_CHARS) String answer,
        @Size(max = CandidateAnswer.MAX_CODE_CHARS) String code,
        @Size(max = 20) String language,
        @Positive @Max(MAX_DURATION_SECONDS) Integer durationSeconds) {

    /** Longest answer duration accepted: {@link CandidateAnswer#MAX_DURATION}. */
    static final long MAX_DURATION_SECONDS = 7_200;

    /** The engine's form; its own checks name the field (e.g. a language missing with code). */
    CandidateAnswer toCandidateAnswer() {
        return new CandidateAnswer(answer, code, language,
                durationSeconds == null ? null : Duration.ofSeconds(durationSeconds));
    }
}
