package dev.maangtracker.app.judge;

import dev.maangtracker.core.judge.CodeSubmission;
import dev.maangtracker.core.judge.Submission;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Code to run on a problem's visible tests.
 *
 * @param problemSlug the coding problem's id, e.g. {@code pair-with-target-sum}
 * @param language    {@code java}, {@code python} or {@code javascript}
 * @param code        the source
 */
public record JudgeRunRequest(
        @NotBlank @Size(max = CodeSubmission.MAX_SLUG_LENGTH) String problemSlug,
        @NotBlank @Size(max = 20) String language,
        @NotBlank @Size(max = Submission.MAX_CODE_CHARS) String code) {
}
