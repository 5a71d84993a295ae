package dev.maangtracker.app.interview;

import dev.maangtracker.app.question.InterviewType;
import dev.maangtracker.core.interview.InterviewSession;
import dev.maangtracker.core.question.Difficulty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A new interview.
 *
 * @param type          CODING, SYSTEM_DESIGN, BEHAVIORAL or HR; required
 * @param difficulty    EASY, MEDIUM or HARD; MEDIUM when absent
 * @param targetRole    the role prepared for, e.g. "Senior Backend Engineer"; optional
 * @param targetCompany the company prepared for; optional
 */
public record CreateInterviewRequest(
        @NotNull InterviewType type,
        Difficulty difficulty,
        @Size(max = InterviewSession.MAX_TARGET_LENGTH) String targetRole,
        @Size(max = InterviewSession.MAX_TARGET_LENGTH) String targetCompany) {
}
