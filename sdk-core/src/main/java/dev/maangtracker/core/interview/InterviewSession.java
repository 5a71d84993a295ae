package dev.maangtracker.core.interview;

import dev.maangtracker.core.error.InvalidInputException;
import dev.maangtracker.core.evaluation.InterviewReport;
import dev.maangtracker.core.question.Difficulty;
import dev.maangtracker.core.question.InterviewMode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The state of one mock interview at one version. Immutable: the engine computes the next state,
 * and the repository stores it only if nobody stored another one since ({@link #version()}).
 *
 * @param id                unique id
 * @param userId            the candidate; every lookup is scoped to them
 * @param mode              coding, system design, behavioral or HR
 * @param difficulty        the level of the questions
 * @param targetCompany     the company the candidate prepares for, or {@code null}
 * @param targetRole        the role the candidate prepares for, or {@code null}
 * @param status            where the session is in its lifecycle
 * @param askedQuestionIds  the questions asked so far, in order
 * @param turnCount         how many turns are stored; the next turn gets {@code turnCount + 1}
 * @param questionTimeLimit the time allowed per question
 * @param createdAt         when it was created
 * @param startedAt         when the first question was asked, or {@code null}
 * @param questionStartedAt when the clock of the current question started (moved forward by the time
 *                          spent paused), or {@code null}
 * @param pausedAt          when the current pause began, or {@code null} when not paused
 * @param endedAt           when it was completed or abandoned, or {@code null}
 * @param report            the final report once completed, else {@code null}
 * @param version           optimistic-locking version: 0 when created, +1 for each stored change
 */
public record InterviewSession(UUID id, UUID userId, InterviewMode mode, Difficulty difficulty,
                               String targetCompany, String targetRole, SessionStatus status,
                               List<String> askedQuestionIds, int turnCount, Duration questionTimeLimit,
                               Instant createdAt, Instant startedAt, Instant questionStartedAt,
                               Instant pausedAt, Instant endedAt, InterviewReport report, long version) {

    /** Longest target company or role accepted. */
    public static final int MAX_TARGET_LENGTH = 120;

    /** Validates every field; see the component descriptions. */
    public InterviewSession {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(difficulty, "difficulty");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(questionTimeLimit, "questionTimeLimit");
        Objects.requireNonNull(createdAt, "createdAt");
        targetCompany = trimToNull("targetCompany", targetCompany);
        targetRole = trimToNull("targetRole", targetRole);
        askedQuestionIds = List.copyOf(askedQuestionIds);
        if (turnCount < 0) {
            throw InvalidInputException.of("turnCount", "must not be negative");
        }
        if (version < 0) {
            throw InvalidInputException.of("version", "must not be negative");
        }
        if (questionTimeLimit.isNegative() || questionTimeLimit.isZero()) {
            throw InvalidInputException.of("questionTimeLimit", "must be positive");
        }
        if ((status == SessionStatus.PAUSED) != (pausedAt != null)) {
            throw InvalidInputException.of("pausedAt", "must be set exactly when the session is PAUSED");
        }
        if (report != null && status != SessionStatus.COMPLETED) {
            throw InvalidInputException.of("report", "exists only for a COMPLETED session");
        }
        if (status.isFinal() != (endedAt != null)) {
            throw InvalidInputException.of("endedAt", "must be set exactly when the session is COMPLETED or ABANDONED");
        }
    }

    /** The question being asked now, or {@code null} before the first one. */
    public String currentQuestionId() {
        return askedQuestionIds.isEmpty() ? null : askedQuestionIds.get(askedQuestionIds.size() - 1);
    }

    /** A builder starting from this state, for computing the next one. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * A new session in {@link SessionStatus#CREATED}, version 0, with no turns.
     *
     * @throws InvalidInputException when a target is too long or the time limit is not positive
     */
    public static InterviewSession create(UUID id, UUID userId, InterviewMode mode, Difficulty difficulty,
                                          String targetCompany, String targetRole, Duration questionTimeLimit,
                                          Instant createdAt) {
        return new InterviewSession(id, userId, mode, difficulty, targetCompany, targetRole, SessionStatus.CREATED,
                List.of(), 0, questionTimeLimit, createdAt, null, null, null, null, null, 0);
    }

    /** Copies a session with some fields changed; {@link #build()} validates like the constructor. */
    public static final class Builder {
        private final InterviewSession from;
        private SessionStatus status;
        private List<String> askedQuestionIds;
        private int turnCount;
        private Instant startedAt;
        private Instant questionStartedAt;
        private Instant pausedAt;
        private Instant endedAt;
        private InterviewReport report;
        private long version;

        private Builder(InterviewSession from) {
            this.from = from;
            this.status = from.status;
            this.askedQuestionIds = from.askedQuestionIds;
            this.turnCount = from.turnCount;
            this.startedAt = from.startedAt;
            this.questionStartedAt = from.questionStartedAt;
            this.pausedAt = from.pausedAt;
            this.endedAt = from.endedAt;
            this.report = from.report;
            this.version = from.version;
        }

        /** Sets the status. */
        public Builder status(SessionStatus value) {
            this.status = value;
            return this;
        }

        /** Sets the questions asked so far. */
        public Builder askedQuestionIds(List<String> value) {
            this.askedQuestionIds = value;
            return this;
        }

        /** Sets the number of stored turns. */
        public Builder turnCount(int value) {
            this.turnCount = value;
            return this;
        }

        /** Sets when the first question was asked. */
        public Builder startedAt(Instant value) {
            this.startedAt = value;
            return this;
        }

        /** Sets when the current question's clock started. */
        public Builder questionStartedAt(Instant value) {
            this.questionStartedAt = value;
            return this;
        }

        /** Sets when the current pause began. */
        public Builder pausedAt(Instant value) {
            this.pausedAt = value;
            return this;
        }

        /** Sets when the session ended. */
        public Builder endedAt(Instant value) {
            this.endedAt = value;
            return this;
        }

        /** Sets the final report. */
        public Builder report(InterviewReport value) {
            this.report = value;
            return this;
        }

        /** Sets the version. */
        public Builder version(long value) {
            this.version = value;
            return this;
        }

        /** The new state. */
        public InterviewSession build() {
            return new InterviewSession(from.id, from.userId, from.mode, from.difficulty, from.targetCompany,
                    from.targetRole, status, askedQuestionIds, turnCount, from.questionTimeLimit, from.createdAt,
                    startedAt, questionStartedAt, pausedAt, endedAt, report, version);
        }
    }

    private static String trimToNull(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.length() > MAX_TARGET_LENGTH) {
            throw InvalidInputException.tooLong(field, trimmed.length(), MAX_TARGET_LENGTH);
        }
        return trimmed;
    }
}
