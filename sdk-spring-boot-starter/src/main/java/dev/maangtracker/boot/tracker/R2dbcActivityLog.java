package dev.maangtracker.boot.tracker;

import dev.maangtracker.boot.r2dbc.JsonColumns;
import dev.maangtracker.boot.r2dbc.R2dbcErrors;
import dev.maangtracker.boot.r2dbc.SqlValues;
import dev.maangtracker.core.error.ConflictException;
import dev.maangtracker.tracker.activity.ActivityEvent;
import dev.maangtracker.tracker.activity.ActivityLog;
import dev.maangtracker.tracker.activity.ActivityType;
import io.r2dbc.postgresql.codec.Json;
import io.r2dbc.spi.Readable;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;

/**
 * {@link ActivityLog} on the append-only {@code activity_log} table (a trigger rejects updates).
 * The subject and the user's local date have columns; the human-readable detail travels in the
 * {@code details} JSON object under {@code "detail"}. Thread-safe.
 */
public final class R2dbcActivityLog implements ActivityLog {

    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {
    };

    private final DatabaseClient db;
    private final JsonColumns json;

    /**
     * @param db   the client of the database holding the Liquibase schema
     * @param json how the details column is written
     */
    public R2dbcActivityLog(DatabaseClient db, JsonColumns json) {
        this.db = Objects.requireNonNull(db, "db");
        this.json = Objects.requireNonNull(json, "json");
    }

    @Override
    public Mono<ActivityEvent> append(ActivityEvent event) {
        return Mono.defer(() -> {
            Objects.requireNonNull(event, "event");
            return SqlValues.bindInstant(db.sql("INSERT INTO activity_log (id, user_id, activity_type, subject, "
                            + "local_date, details, occurred_at) VALUES (:id, :user, :type, :subject, :date, :details, "
                            + ":at)"), "at", event.occurredAt())
                    .bind("id", event.id()).bind("user", event.userId()).bind("type", event.type().name())
                    .bind("subject", event.subject()).bind("date", event.localDate())
                    .bind("details", json.write(Map.of("detail", event.detail())))
                    .fetch().rowsUpdated()
                    .onErrorMap(DuplicateKeyException.class,
                            e -> ConflictException.duplicate("activity event", "id " + event.id()))
                    .thenReturn(event);
        }).onErrorMap(e -> R2dbcErrors.translate(e, "activity_log"));
    }

    @Override
    public Flux<ActivityEvent> findByUser(UUID userId) {
        return Flux.defer(() -> db.sql("SELECT id, user_id, activity_type, subject, local_date, details, occurred_at "
                        + "FROM activity_log WHERE user_id = :user AND subject IS NOT NULL ORDER BY occurred_at, id")
                .bind("user", Objects.requireNonNull(userId, "userId")).map(this::event).all())
                .onErrorMap(e -> R2dbcErrors.translate(e, "activity_log"));
    }

    private ActivityEvent event(Readable row) {
        Map<String, Object> details = json.read(row.get("details", Json.class), OBJECT);
        Object detail = details == null ? null : details.get("detail");
        return new ActivityEvent(row.get("id", UUID.class), row.get("user_id", UUID.class),
                ActivityType.valueOf(row.get("activity_type", String.class)), row.get("subject", String.class),
                SqlValues.instant(row, "occurred_at"), row.get("local_date", LocalDate.class),
                detail == null ? "" : detail.toString());
    }

    @Override
    public Mono<Long> deleteByUser(UUID userId) {
        return Mono.defer(() -> db.sql("DELETE FROM activity_log WHERE user_id = :user")
                        .bind("user", Objects.requireNonNull(userId, "userId")).fetch().rowsUpdated())
                .onErrorMap(e -> R2dbcErrors.translate(e, "activity_log"));
    }
}
