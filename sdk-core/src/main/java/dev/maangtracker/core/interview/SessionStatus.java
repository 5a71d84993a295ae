package dev.maangtracker.core.interview;

import java.util.EnumSet;
import java.util.Set;

/**
 * Lifecycle of an interview session:
 * {@code CREATED → IN_PROGRESS ⇄ PAUSED → COMPLETED | ABANDONED}. A session may be abandoned from
 * any state that is not final, completed only once it is in progress or paused. The two final
 * states accept nothing further.
 */
public enum SessionStatus {
    /** Created, no question asked yet. */
    CREATED,
    /** Questions are being asked and answered. */
    IN_PROGRESS,
    /** Suspended by the candidate; the question clock is stopped. */
    PAUSED,
    /** Finished with a report. Final. */
    COMPLETED,
    /** Given up before completion. Final. */
    ABANDONED;

    /** Whether no transition leaves this state. */
    public boolean isFinal() {
        return this == COMPLETED || this == ABANDONED;
    }

    /** The states this one may move to; empty for final states. */
    public Set<SessionStatus> successors() {
        return switch (this) {
            case CREATED -> EnumSet.of(IN_PROGRESS, ABANDONED);
            case IN_PROGRESS -> EnumSet.of(PAUSED, COMPLETED, ABANDONED);
            case PAUSED -> EnumSet.of(IN_PROGRESS, COMPLETED, ABANDONED);
            case COMPLETED, ABANDONED -> EnumSet.noneOf(SessionStatus.class);
        };
    }

    /** Whether moving from this state to {@code next} is allowed. */
    public boolean canMoveTo(SessionStatus next) {
        return successors().contains(next);
    }
}
