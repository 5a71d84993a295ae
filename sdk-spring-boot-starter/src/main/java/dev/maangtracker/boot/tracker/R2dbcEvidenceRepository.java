package dev.maangtracker.boot.tracker;

import dev.maangtracker.boot.r2dbc.R2dbcErrors;
import dev.maangtracker.boot.r2dbc.SqlValues;
import dev.maangtracker.core.question.InterviewMode;
import dev.maangtracker.tracker.weakness.Evidence;
import dev.maangtracker.tracker.weakness.EvidenceRepository;
import dev.maangtracker.tracker.weakness.EvidenceSource;
import io.r2dbc.spi.Readable;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * {@link EvidenceRepository} on the append-only {@code weakness_evidence} table. One append is one
 * transaction: all of its observations are stored or none. Thread-safe.
 */
public final class R2dbcEvidenceRepository implements EvidenceRepository {

    private final DatabaseClient db;
    private final TransactionalOperator tx;

    /**
     * @param db the client of the database holding the Liquibase schema
     * @param tx transactions on the same connection factory as {@code db}
     */
    public R2dbcEvidenceRepository(DatabaseClient db, TransactionalOperator tx) {
        this.db = Objects.requireNonNull(db, "db");
        this.tx = Objects.requireNonNull(tx, "tx");
    }

    @Override
    public Mono<Integer> append(UUID userId, List<Evidence> evidence) {
        return Mono.defer(() -> {
            Objects.requireNonNull(userId, "userId");
            List<Evidence> items = List.copyOf(evidence);
            if (items.isEmpty()) {
                return Mono.just(0);
            }
            return tx.transactional(Flux.fromIterable(items).concatMap(item -> insert(userId, item)).then())
                    .thenReturn(items.size());
        }).onErrorMap(e -> R2dbcErrors.translate(e, "weakness_evidence"));
    }

    @Override
    public Flux<Evidence> findByUser(UUID userId) {
        return Flux.defer(() -> db.sql("SELECT topic, mode, source, reference, score, observed_at, note "
                        + "FROM weakness_evidence WHERE user_id = :user ORDER BY observed_at, id")
                .bind("user", Objects.requireNonNull(userId, "userId")).map(R2dbcEvidenceRepository::evidence).all())
                .onErrorMap(e -> R2dbcErrors.translate(e, "weakness_evidence"));
    }

    private Mono<Long> insert(UUID userId, Evidence item) {
        return SqlValues.bindInstant(db.sql("INSERT INTO weakness_evidence (user_id, topic, mode, source, reference, "
                        + "score, observed_at, note) VALUES (:user, :topic, :mode, :source, :reference, :score, :at, "
                        + ":note)"), "at", item.at())
                .bind("user", userId).bind("topic", item.topic()).bind("mode", item.mode().name())
                .bind("source", item.source().name()).bind("reference", item.reference()).bind("score", item.score())
                .bind("note", item.note())
                .fetch().rowsUpdated();
    }

    private static Evidence evidence(Readable row) {
        return new Evidence(row.get("topic", String.class), InterviewMode.valueOf(row.get("mode", String.class)),
                EvidenceSource.valueOf(row.get("source", String.class)), row.get("reference", String.class),
                row.get("score", Double.class), SqlValues.instant(row, "observed_at"), row.get("note", String.class));
    }

    @Override
    public Mono<Long> deleteByUser(UUID userId) {
        return Mono.defer(() -> db.sql("DELETE FROM weakness_evidence WHERE user_id = :user")
                        .bind("user", Objects.requireNonNull(userId, "userId")).fetch().rowsUpdated())
                .onErrorMap(e -> R2dbcErrors.translate(e, "weakness_evidence"));
    }
}
