package dev.maangtracker.app.interview;

import dev.maangtracker.core.interview.SessionStatus;

/**
 * A completed interview.
 *
 * @param status COMPLETED
 * @param report the final report (also at {@code GET /api/v1/interviews/{id}/report})
 */
public record CompleteResponse(SessionStatus status, ReportView report) {
}
