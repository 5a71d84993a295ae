package dev.maangtracker.boot.interview;

import dev.maangtracker.boot.r2dbc.JsonColumns;
import dev.maangtracker.boot.r2dbc.R2dbcErrors;
import dev.maangtracker.boot.r2dbc.SqlValues;
import dev.maangtracker.core.analytics.AnswerAnalytics;
import dev.maangtracker.core.error.ConflictException;
import dev.maangtracker.core.error.InvalidInputException;
import dev.maangtracker.core.error.NotFoundException;
import dev.maangtracker.core.evaluation.AnswerEvaluation;
import dev.maangtracker.core.evaluation.InterviewReport;
import dev.maangtracker.core.interview.InterviewRepository;
import dev.maangtracker.core.interview.InterviewSession;
import dev.maangtracker.core.interview.SessionStatus;
import dev.maangtracker.core.interview.Turn;
import dev.maangtracker.core.interview.TurnKind;
import dev.maangtracker.core.interview.TurnRole;
import dev.maangtracker.core.question.Difficulty;
import dev.maangtracker.core.question.InterviewMode;
import io.r2dbc.postgresql.codec.Json;
import io.r2dbc.spi.Readable;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;

/**
 * {@link InterviewRepository} on the {@code interview_sessions} and {@code interview_turns} tables.
 * A commit updates the session row guarded by its version ({@code WHERE version = stored}) and
 * inserts the step's turns in one transaction: a lost race updates no row and writes nothing, a
 * failed turn insert rolls the session update back. Instants keep PostgreSQL's microsecond
 * precision. Turn languages are stored upper-case (the schema's check) and read back lower-case,
 * as {@code CandidateAnswer} normalizes them. Thread-safe.
 */
public final class R2dbcInterviewRepository implements InterviewRepository {

    private static final String SESSION_COLUMNS = "id, user_id, mode, difficulty, target_company, target_role, status, "
            + "asked_question_ids, turn_count, question_time_limit_ms, created_at, started_at, question_started_at, "
            + "paused_at, ended_at, completed_at, overall_score, report, version";
    private static final String TURN_COLUMNS = "id, session_id, sequence_number, role, kind, question_id, message, "
            + "code, language, scores, analytics, produced_by, created_at";
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private final DatabaseClient db;
    private final TransactionalOperator tx;
    private final JsonColumns json;

    /**
     * @param db  the client of the database holding the Liquibase schema
     * @param tx  transactions on the same connection factory as {@code db}
     * @param json how JSON columns are read and written
     */
    public R2dbcInterviewRepository(DatabaseClient db, TransactionalOperator tx, JsonColumns json) {
        this.db = Objects.requireNonNull(db, "db");
        this.tx = Objects.requireNonNull(tx, "tx");
        this.json = Objects.requireNonNull(json, "json");
    }

    @Override
    public Mono<InterviewSession> create(InterviewSession session) {
        return Mono.defer(() -> {
            Objects.requireNonNull(session, "session");
            if (session.version() != 0 || session.turnCount() != 0) {
                return Mono.error(InvalidInputException.of("session", "a new session must have version 0 and no turns"));
            }
            GenericExecuteSpec spec = db.sql("INSERT INTO interview_sessions (" + SESSION_COLUMNS + ") VALUES (:id, "
                    + ":user, :mode, :difficulty, :company, :role, :status, :asked, :turns, :limit, :created, :started, "
                    + ":questionStarted, :paused, :ended, :completed, :score, :report, :version)");
            return bindSession(spec, session).fetch().rowsUpdated()
                    .onErrorMap(DuplicateKeyException.class, e -> ConflictException.duplicate("interview session", "id"))
                    .thenReturn(session);
        }).onErrorMap(e -> R2dbcErrors.translate(e, "interview_sessions"));
    }

    @Override
    public Mono<InterviewSession> find(UUID userId, UUID sessionId) {
        return Mono.defer(() -> db.sql("SELECT " + SESSION_COLUMNS + " FROM interview_sessions WHERE id = :id "
                        + "AND user_id = :user")
                .bind("id", Objects.requireNonNull(sessionId, "sessionId"))
                .bind("user", Objects.requireNonNull(userId, "userId"))
                .map(this::session).one())
                .onErrorMap(e -> R2dbcErrors.translate(e, "interview_sessions"));
    }

    @Override
    public Flux<InterviewSession> findByUser(UUID userId, int limit) {
        return Flux.defer(() -> {
            Objects.requireNonNull(userId, "userId");
            if (limit < 1 || limit > MAX_LIST_LIMIT) {
                return Flux.error(InvalidInputException.outOfRange("limit", limit, 1, MAX_LIST_LIMIT));
            }
            return db.sql("SELECT " + SESSION_COLUMNS + " FROM interview_sessions WHERE user_id = :user "
                            + "ORDER BY created_at DESC, id LIMIT :limit")
                    .bind("user", userId).bind("limit", limit).map(this::session).all();
        }).onErrorMap(e -> R2dbcErrors.translate(e, "interview_sessions"));
    }

    @Override
    public Mono<InterviewSession> commit(InterviewSession next, List<Turn> newTurns) {
        return Mono.defer(() -> {
            Objects.requireNonNull(next, "next");
            List<Turn> turns = List.copyOf(newTurns);
            int storedTurns = next.turnCount() - turns.size();
            GenericExecuteSpec update = db.sql("UPDATE interview_sessions SET status = :status, "
                    + "asked_question_ids = :asked, turn_count = :turns, started_at = :started, "
                    + "question_started_at = :questionStarted, paused_at = :paused, ended_at = :ended, "
                    + "completed_at = :completed, overall_score = :score, report = :report, version = :version "
                    + "WHERE id = :id AND user_id = :user AND version = :storedVersion AND turn_count = :storedTurns");
            update = bindState(update, next).bind("id", next.id()).bind("user", next.userId())
                    .bind("storedVersion", next.version() - 1).bind("storedTurns", storedTurns);
            Mono<InterviewSession> write = update.fetch().rowsUpdated()
                    .flatMap(rows -> rows == 1 ? Mono.<Void>empty() : whyNotUpdated(next, turns.size()))
                    .then(Mono.fromRunnable(() -> checkTurns(next, turns, storedTurns)))
                    .thenMany(Flux.fromIterable(turns).concatMap(turn -> insertTurn(next.userId(), turn)))
                    .then(Mono.just(next))
                    .onErrorMap(DuplicateKeyException.class,
                            e -> ConflictException.duplicate("interview turn", "sequence"));
            return tx.transactional(write);
        }).onErrorMap(e -> R2dbcErrors.translate(e, "interview_turns"));
    }

    @Override
    public Flux<Turn> turns(UUID userId, UUID sessionId) {
        return Flux.defer(() -> db.sql("SELECT " + TURN_COLUMNS + " FROM interview_turns WHERE session_id = :session "
                        + "AND user_id = :user ORDER BY sequence_number")
                .bind("session", Objects.requireNonNull(sessionId, "sessionId"))
                .bind("user", Objects.requireNonNull(userId, "userId"))
                .map(this::turn).all())
                .onErrorMap(e -> R2dbcErrors.translate(e, "interview_turns"));
    }

    @Override
    public Mono<Boolean> delete(UUID userId, UUID sessionId) {
        return Mono.defer(() -> db.sql("DELETE FROM interview_sessions WHERE id = :id AND user_id = :user")
                .bind("id", Objects.requireNonNull(sessionId, "sessionId"))
                .bind("user", Objects.requireNonNull(userId, "userId"))
                .fetch().rowsUpdated().map(rows -> rows > 0))
                .onErrorMap(e -> R2dbcErrors.translate(e, "interview_sessions"));
    }

    /**
     * Why the guarded update matched no row, read inside the same transaction: the session is gone
     * or another user's, another step was stored first, or the turn count does not add up.
     */
    private Mono<Void> whyNotUpdated(InterviewSession next, int added) {
        return db.sql("SELECT version, turn_count FROM interview_sessions WHERE id = :id AND user_id = :user")
                .bind("id", next.id()).bind("user", next.userId())
                .map(row -> new long[] {row.get("version", Long.class), row.get("turn_count", Integer.class)})
                .one()
                .switchIfEmpty(Mono.error(() -> NotFoundException.of("interview session", next.id())))
                .flatMap(stored -> {
                    if (stored[0] != next.version() - 1) {
                        return Mono.error(ConflictException.staleVersion("interview session", next.id(),
                                next.version() - 1));
                    }
                    return Mono.error(InvalidInputException.of("turnCount", "must be " + (stored[1] + added)
                            + " after appending " + added + " turns (was " + next.turnCount() + ")"));
                });
    }

    private Mono<Void> insertTurn(UUID userId, Turn turn) {
        GenericExecuteSpec spec = db.sql("INSERT INTO interview_turns (id, session_id, user_id, sequence_number, role, "
                + "kind, question_id, message, code, language, scores, analytics, produced_by, created_at) VALUES (:id, "
                + ":session, :user, :sequence, :role, :kind, :question, :message, :code, :language, :scores, "
                + ":analytics, :producedBy, :created)")
                .bind("id", turn.id()).bind("session", turn.sessionId()).bind("user", userId)
                .bind("sequence", turn.sequence()).bind("role", turn.role().name()).bind("kind", turn.kind().name())
                .bind("message", turn.text()).bind("producedBy", turn.producedBy());
        spec = SqlValues.bindNullable(spec, "question", turn.questionId(), String.class);
        spec = SqlValues.bindNullable(spec, "code", turn.code(), String.class);
        spec = SqlValues.bindNullable(spec, "language",
                turn.language() == null ? null : turn.language().toUpperCase(Locale.ROOT), String.class);
        spec = SqlValues.bindNullable(spec, "scores", turn.evaluation() == null ? null : json.write(turn.evaluation()),
                Json.class);
        spec = SqlValues.bindNullable(spec, "analytics", turn.analytics() == null ? null : json.write(turn.analytics()),
                Json.class);
        spec = SqlValues.bindInstant(spec, "created", turn.createdAt());
        return spec.fetch().rowsUpdated().then();
    }

    private GenericExecuteSpec bindSession(GenericExecuteSpec spec, InterviewSession s) {
        spec = spec.bind("id", s.id()).bind("user", s.userId()).bind("mode", s.mode().name())
                .bind("difficulty", s.difficulty().name())
                .bind("limit", s.questionTimeLimit().toMillis());
        spec = SqlValues.bindNullable(spec, "company", s.targetCompany(), String.class);
        spec = SqlValues.bindNullable(spec, "role", s.targetRole(), String.class);
        spec = SqlValues.bindInstant(spec, "created", s.createdAt());
        return bindState(spec, s);
    }

    /** Binds the columns a commit changes. */
    private GenericExecuteSpec bindState(GenericExecuteSpec spec, InterviewSession s) {
        spec = spec.bind("status", s.status().name()).bind("asked", json.write(s.askedQuestionIds()))
                .bind("turns", s.turnCount()).bind("version", s.version());
        spec = SqlValues.bindInstant(spec, "started", s.startedAt());
        spec = SqlValues.bindInstant(spec, "questionStarted", s.questionStartedAt());
        spec = SqlValues.bindInstant(spec, "paused", s.pausedAt());
        spec = SqlValues.bindInstant(spec, "ended", s.endedAt());
        spec = SqlValues.bindInstant(spec, "completed", s.status() == SessionStatus.COMPLETED ? s.endedAt() : null);
        InterviewReport report = s.report();
        spec = SqlValues.bindNullable(spec, "score", report == null ? null : BigDecimal.valueOf(report.overallScore()),
                BigDecimal.class);
        return SqlValues.bindNullable(spec, "report", report == null ? null : json.write(report), Json.class);
    }

    private InterviewSession session(Readable row) {
        List<String> asked = json.read(row.get("asked_question_ids", Json.class), STRINGS);
        return new InterviewSession(row.get("id", UUID.class), row.get("user_id", UUID.class),
                InterviewMode.valueOf(row.get("mode", String.class)),
                Difficulty.valueOf(row.get("difficulty", String.class)), row.get("target_company", String.class),
                row.get("target_role", String.class), SessionStatus.valueOf(row.get("status", String.class)),
                asked == null ? List.of() : asked, row.get("turn_count", Integer.class),
                Duration.ofMillis(row.get("question_time_limit_ms", Long.class)), SqlValues.instant(row, "created_at"),
                SqlValues.instant(row, "started_at"), SqlValues.instant(row, "question_started_at"),
                SqlValues.instant(row, "paused_at"), SqlValues.instant(row, "ended_at"),
                json.read(row.get("report", Json.class), InterviewReport.class), row.get("version", Long.class));
    }

    private Turn turn(Readable row) {
        String language = row.get("language", String.class);
        return new Turn(row.get("id", UUID.class), row.get("session_id", UUID.class),
                row.get("sequence_number", Integer.class), TurnRole.valueOf(row.get("role", String.class)),
                TurnKind.valueOf(row.get("kind", String.class)), row.get("question_id", String.class),
                row.get("message", String.class), row.get("code", String.class),
                language == null ? null : language.toLowerCase(Locale.ROOT),
                json.read(row.get("scores", Json.class), AnswerEvaluation.class),
                json.read(row.get("analytics", Json.class), AnswerAnalytics.class),
                row.get("produced_by", String.class), SqlValues.instant(row, "created_at"));
    }

    /** The same rules as the in-memory repository: turns of this session, numbered on from the stored count. */
    private static void checkTurns(InterviewSession next, List<Turn> turns, int storedTurns) {
        int expected = storedTurns + 1;
        for (Turn turn : turns) {
            if (!turn.sessionId().equals(next.id())) {
                throw InvalidInputException.of("turns", "a turn of session " + turn.sessionId() + " cannot be appended here");
            }
            if (turn.sequence() != expected++) {
                throw InvalidInputException.of("turns", "sequence must continue at " + (expected - 1)
                        + " (was " + turn.sequence() + ")");
            }
        }
    }
}
