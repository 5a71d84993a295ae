package dev.maangtracker.app.tracker;

import dev.maangtracker.tracker.progress.AttemptInput;
import dev.maangtracker.tracker.progress.AttemptOutcome;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * One attempt at a problem, made now.
 *
 * @param outcome   SOLVED, PARTIAL or FAILED
 * @param minutes   time spent, 0 to 600
 * @param hintsUsed hints taken, 0 to 20; 0 when absent
 * @param language  programming language, at most 40 characters; optional
 */
public record AttemptRequest(@NotNull AttemptOutcome outcome,
                             @NotNull @Min(0) @Max(AttemptInput.MAX_MINUTES) Integer minutes,
                             @Min(0) @Max(AttemptInput.MAX_HINTS) Integer hintsUsed,
                             @Size(max = AttemptInput.MAX_LANGUAGE) String language) {
}
