package dev.maangtracker.boot.tracker;

import dev.maangtracker.boot.r2dbc.R2dbcErrors;
import dev.maangtracker.boot.r2dbc.SqlValues;
import dev.maangtracker.core.error.ConflictException;
import dev.maangtracker.tracker.progress.Attempt;
import dev.maangtracker.tracker.progress.AttemptInput;
import dev.maangtracker.tracker.progress.AttemptOutcome;
import dev.maangtracker.tracker.progress.ProgressRepository;
import io.r2dbc.spi.Readable;
import java.time.ZoneId;
import java.util.Objects;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * {@link ProgressRepository} on the {@code practice_attempts} and {@code practice_notes} tables.
 * Saving notes is one upsert, so concurrent saves never fail (the last one wins). Thread-safe.
 */
public final class R2dbcProgressRepository implements ProgressRepository {

    private final DatabaseClient db;

    /** @param db the client of the database holding the Liquibase schema */
    public R2dbcProgressRepository(DatabaseClient db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    @Override
    public Mono<Attempt> saveAttempt(Attempt attempt) {
        return Mono.defer(() -> {
            Objects.requireNonNull(attempt, "attempt");
            AttemptInput input = attempt.input();
            return SqlValues.bindInstant(db.sql("INSERT INTO practice_attempts (id, user_id, slug, outcome, minutes, "
                            + "hints_used, language, attempted_at, zone_id) VALUES (:id, :user, :slug, :outcome, "
                            + ":minutes, :hints, :language, :at, :zone)"), "at", input.attemptedAt())
                    .bind("id", attempt.id()).bind("user", attempt.userId()).bind("slug", input.slug())
                    .bind("outcome", input.outcome().name()).bind("minutes", input.minutes())
                    .bind("hints", input.hintsUsed()).bind("language", input.language())
                    .bind("zone", input.zone().getId())
                    .fetch().rowsUpdated()
                    .onErrorMap(DuplicateKeyException.class, e -> ConflictException.duplicate("attempt", "id"))
                    .thenReturn(attempt);
        }).onErrorMap(e -> R2dbcErrors.translate(e, "practice_attempts"));
    }

    @Override
    public Flux<Attempt> attempts(UUID userId) {
        return Flux.defer(() -> db.sql("SELECT id, user_id, slug, outcome, minutes, hints_used, language, attempted_at, "
                        + "zone_id FROM practice_attempts WHERE user_id = :user ORDER BY attempted_at, id")
                .bind("user", Objects.requireNonNull(userId, "userId")).map(R2dbcProgressRepository::attempt).all())
                .onErrorMap(e -> R2dbcErrors.translate(e, "practice_attempts"));
    }

    @Override
    public Mono<String> saveNotes(UUID userId, String slug, String notes) {
        return Mono.defer(() -> db.sql("INSERT INTO practice_notes (user_id, slug, notes) VALUES (:user, :slug, :notes) "
                        + "ON CONFLICT (user_id, slug) DO UPDATE SET notes = EXCLUDED.notes, updated_at = now()")
                .bind("user", Objects.requireNonNull(userId, "userId"))
                .bind("slug", Objects.requireNonNull(slug, "slug"))
                .bind("notes", Objects.requireNonNull(notes, "notes"))
                .fetch().rowsUpdated().thenReturn(notes))
                .onErrorMap(e -> R2dbcErrors.translate(e, "practice_notes"));
    }

    @Override
    public Mono<String> notes(UUID userId, String slug) {
        return Mono.defer(() -> db.sql("SELECT notes FROM practice_notes WHERE user_id = :user AND slug = :slug")
                .bind("user", Objects.requireNonNull(userId, "userId"))
                .bind("slug", Objects.requireNonNull(slug, "slug"))
                .map(row -> row.get("notes", String.class)).one())
                .onErrorMap(e -> R2dbcErrors.translate(e, "practice_notes"));
    }

    private static Attempt attempt(Readable row) {
        return new Attempt(row.get("id", UUID.class), row.get("user_id", UUID.class), new AttemptInput(
                row.get("slug", String.class), AttemptOutcome.valueOf(row.get("outcome", String.class)),
                row.get("minutes", Integer.class), row.get("hints_used", Integer.class),
                row.get("language", String.class), SqlValues.instant(row, "attempted_at"),
                ZoneId.of(row.get("zone_id", String.class))));
    }

    @Override
    public Mono<Long> deleteByUser(UUID userId) {
        return Mono.defer(() -> {
            Objects.requireNonNull(userId, "userId");
            Mono<Long> attempts = db.sql("DELETE FROM practice_attempts WHERE user_id = :user").bind("user", userId)
                    .fetch().rowsUpdated();
            Mono<Long> notes = db.sql("DELETE FROM practice_notes WHERE user_id = :user").bind("user", userId)
                    .fetch().rowsUpdated();
            return attempts.zipWith(notes, Long::sum);
        }).onErrorMap(e -> R2dbcErrors.translate(e, "practice_attempts"));
    }
}
