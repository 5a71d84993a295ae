package dev.maangtracker.boot.judge;

import dev.maangtracker.boot.r2dbc.R2dbcErrors;
import dev.maangtracker.boot.r2dbc.SqlValues;
import dev.maangtracker.core.error.ConflictException;
import dev.maangtracker.core.error.InvalidInputException;
import dev.maangtracker.core.error.NotFoundException;
import dev.maangtracker.core.judge.CodeSubmission;
import dev.maangtracker.core.judge.CodeSubmissionRepository;
import dev.maangtracker.core.judge.Language;
import dev.maangtracker.core.judge.SubmittedTest;
import dev.maangtracker.core.judge.Verdict;
import io.r2dbc.spi.Readable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * {@link CodeSubmissionRepository} on the {@code code_submissions} and {@code code_submission_results}
 * tables. A submission and its test rows are inserted in one transaction. A submission pointing at
 * an interview session that is not the user's fails the schema's (session, user) foreign key and is
 * reported as not found. Thread-safe.
 */
public final class R2dbcCodeSubmissionRepository implements CodeSubmissionRepository {

    private static final String COLUMNS = "s.id, s.user_id, s.session_id, s.turn_id, s.problem_slug, s.language, "
            + "s.code, s.verdict, s.passed_count, s.total_count, s.run_time_ms, s.peak_memory_kb, s.created_at, "
            + "r.test_index, r.hidden, r.verdict AS test_verdict, r.time_ms, r.memory_kb, r.message";

    private final DatabaseClient db;
    private final TransactionalOperator tx;

    /**
     * @param db the client of the database holding the Liquibase schema
     * @param tx transactions on the same connection factory as {@code db}
     */
    public R2dbcCodeSubmissionRepository(DatabaseClient db, TransactionalOperator tx) {
        this.db = Objects.requireNonNull(db, "db");
        this.tx = Objects.requireNonNull(tx, "tx");
    }

    @Override
    public Mono<CodeSubmission> save(CodeSubmission submission) {
        return Mono.defer(() -> {
            Objects.requireNonNull(submission, "submission");
            GenericExecuteSpec spec = db.sql("INSERT INTO code_submissions (id, user_id, session_id, turn_id, "
                    + "problem_slug, language, code, verdict, passed_count, total_count, run_time_ms, peak_memory_kb, "
                    + "created_at) VALUES (:id, :user, :session, :turn, :slug, :language, :code, :verdict, :passed, "
                    + ":total, :runTime, :memory, :created)")
                    .bind("id", submission.id()).bind("user", submission.userId())
                    .bind("slug", submission.problemSlug()).bind("language", submission.language().name())
                    .bind("code", submission.code()).bind("verdict", submission.verdict().name())
                    .bind("passed", submission.passedCount()).bind("total", submission.totalCount());
            spec = SqlValues.bindNullable(spec, "session", submission.sessionId(), UUID.class);
            spec = SqlValues.bindNullable(spec, "turn", submission.turnId(), UUID.class);
            spec = SqlValues.bindNullable(spec, "runTime", millis(submission.runTime()), Integer.class);
            spec = SqlValues.bindNullable(spec, "memory", submission.peakMemoryKb(), Long.class);
            spec = SqlValues.bindInstant(spec, "created", submission.createdAt());
            Mono<CodeSubmission> write = spec.fetch().rowsUpdated()
                    .thenMany(Flux.fromIterable(submission.tests()).concatMap(test -> insert(submission.id(), test)))
                    .then(Mono.just(submission))
                    .onErrorMap(DuplicateKeyException.class, e -> ConflictException.duplicate("code submission", "id"))
                    .onErrorMap(e -> e instanceof DataIntegrityViolationException
                                    && String.valueOf(e.getMessage()).contains("code_submissions_session_fk"),
                            e -> NotFoundException.of("interview session", submission.sessionId()));
            return tx.transactional(write);
        }).onErrorMap(e -> R2dbcErrors.translate(e, "code_submissions"));
    }

    @Override
    public Mono<Long> deleteBySession(UUID userId, UUID sessionId) {
        // Deleting the interview session cascades to its submissions too; this serves callers that delete the
        // submissions first so that a failure leaves the interview, and the request can be retried.
        return Mono.defer(() -> db.sql("DELETE FROM code_submissions WHERE user_id = :user AND session_id = :session")
                        .bind("user", Objects.requireNonNull(userId, "userId"))
                        .bind("session", Objects.requireNonNull(sessionId, "sessionId")).fetch().rowsUpdated())
                .onErrorMap(e -> R2dbcErrors.translate(e, "code_submissions"));
    }

    @Override
    public Mono<Long> deleteByUser(UUID userId) {
        // code_submission_results cascade from their submission.
        return Mono.defer(() -> db.sql("DELETE FROM code_submissions WHERE user_id = :user")
                        .bind("user", Objects.requireNonNull(userId, "userId")).fetch().rowsUpdated())
                .onErrorMap(e -> R2dbcErrors.translate(e, "code_submissions"));
    }

    @Override
    public Flux<CodeSubmission> findByUser(UUID userId, int limit) {
        return Flux.defer(() -> {
            Objects.requireNonNull(userId, "userId");
            if (limit < 1 || limit > MAX_LIST_LIMIT) {
                return Flux.error(InvalidInputException.outOfRange("limit", limit, 1, MAX_LIST_LIMIT));
            }
            return read(db.sql("SELECT " + COLUMNS + " FROM (SELECT * FROM code_submissions WHERE user_id = :user "
                    + "ORDER BY created_at DESC, id LIMIT :limit) s LEFT JOIN code_submission_results r "
                    + "ON r.submission_id = s.id ORDER BY s.created_at DESC, s.id, r.test_index")
                    .bind("user", userId).bind("limit", limit));
        }).onErrorMap(e -> R2dbcErrors.translate(e, "code_submissions"));
    }

    @Override
    public Flux<CodeSubmission> findBySession(UUID userId, UUID sessionId) {
        return Flux.defer(() -> read(db.sql("SELECT " + COLUMNS + " FROM code_submissions s "
                        + "LEFT JOIN code_submission_results r ON r.submission_id = s.id "
                        + "WHERE s.user_id = :user AND s.session_id = :session ORDER BY s.created_at, s.id, r.test_index")
                .bind("user", Objects.requireNonNull(userId, "userId"))
                .bind("session", Objects.requireNonNull(sessionId, "sessionId"))))
                .onErrorMap(e -> R2dbcErrors.translate(e, "code_submissions"));
    }

    private Mono<Void> insert(UUID submissionId, SubmittedTest test) {
        GenericExecuteSpec spec = db.sql("INSERT INTO code_submission_results (submission_id, test_index, hidden, "
                + "verdict, time_ms, memory_kb, message) VALUES (:submission, :index, :hidden, :verdict, :time, "
                + ":memory, :message)")
                .bind("submission", submissionId).bind("index", test.index()).bind("hidden", test.hidden())
                .bind("verdict", test.verdict().name());
        spec = SqlValues.bindNullable(spec, "time", millis(test.runTime()), Integer.class);
        spec = SqlValues.bindNullable(spec, "memory", test.peakMemoryKb(), Long.class);
        spec = SqlValues.bindNullable(spec, "message", test.message(), String.class);
        return spec.fetch().rowsUpdated().then();
    }

    /** Rows of submissions joined with their tests, in order, folded back into submissions. */
    private static Flux<CodeSubmission> read(GenericExecuteSpec spec) {
        return spec.map(Row::of).all().collectList().flatMapIterable(rows -> {
            Map<UUID, List<Row>> bySubmission = new LinkedHashMap<>();
            for (Row row : rows) {
                bySubmission.computeIfAbsent(row.head.id(), id -> new ArrayList<>()).add(row);
            }
            List<CodeSubmission> submissions = new ArrayList<>(bySubmission.size());
            for (List<Row> group : bySubmission.values()) {
                CodeSubmission head = group.get(0).head;
                List<SubmittedTest> tests = group.stream().filter(r -> r.test != null).map(r -> r.test).toList();
                submissions.add(new CodeSubmission(head.id(), head.userId(), head.sessionId(), head.turnId(),
                        head.problemSlug(), head.language(), head.code(), head.verdict(), head.passedCount(),
                        head.totalCount(), head.runTime(), head.peakMemoryKb(), tests, head.createdAt()));
            }
            return submissions;
        });
    }

    /** One joined row: the submission without tests and the test of this row, if any. */
    private record Row(CodeSubmission head, SubmittedTest test) {

        static Row of(Readable row) {
            Integer runTime = row.get("run_time_ms", Integer.class);
            Instant created = SqlValues.instant(row, "created_at");
            CodeSubmission head = new CodeSubmission(row.get("id", UUID.class), row.get("user_id", UUID.class),
                    row.get("session_id", UUID.class), row.get("turn_id", UUID.class),
                    row.get("problem_slug", String.class), Language.valueOf(row.get("language", String.class)),
                    row.get("code", String.class), Verdict.valueOf(row.get("verdict", String.class)),
                    row.get("passed_count", Integer.class), row.get("total_count", Integer.class),
                    runTime == null ? null : Duration.ofMillis(runTime), row.get("peak_memory_kb", Long.class),
                    List.of(), created);
            Integer index = row.get("test_index", Integer.class);
            if (index == null) {
                return new Row(head, null);
            }
            Integer time = row.get("time_ms", Integer.class);
            return new Row(head, new SubmittedTest(index, row.get("hidden", Boolean.class),
                    Verdict.valueOf(row.get("test_verdict", String.class)), time == null ? null : Duration.ofMillis(time),
                    row.get("memory_kb", Long.class), row.get("message", String.class)));
        }
    }

    private static Integer millis(Duration duration) {
        return duration == null ? null : Math.toIntExact(duration.toMillis());
    }
}
