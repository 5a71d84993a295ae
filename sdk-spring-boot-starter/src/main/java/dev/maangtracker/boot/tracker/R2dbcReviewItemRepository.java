package dev.maangtracker.boot.tracker;

import dev.maangtracker.boot.r2dbc.R2dbcErrors;
import dev.maangtracker.boot.r2dbc.SqlValues;
import dev.maangtracker.tracker.fsrs.CardState;
import dev.maangtracker.tracker.fsrs.FsrsCard;
import dev.maangtracker.tracker.review.ItemType;
import dev.maangtracker.tracker.review.ReviewItem;
import dev.maangtracker.tracker.review.ReviewItemRepository;
import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * {@link ReviewItemRepository} on the {@code review_items} table, one row per (user, type, key),
 * saved with an upsert. A new card's memory state (stability and difficulty 0 in {@link FsrsCard})
 * is stored as NULL, the schema's "unknown until the first review". Thread-safe.
 */
public final class R2dbcReviewItemRepository implements ReviewItemRepository {

    private static final String COLUMNS = "user_id, item_type, item_key, state, step, stability, difficulty, reps, "
            + "lapses, last_review_at, due_at";

    /** Ties on the due date sort like the in-memory twin: type in declaration order, then key by code point. */
    private static final String TYPE_ORDER = "array_position(ARRAY[" + Arrays.stream(ItemType.values())
            .map(t -> "'" + t.name() + "'").collect(Collectors.joining(", ")) + "]::text[], item_type)";

    private final DatabaseClient db;

    /** @param db the client of the database holding the Liquibase schema */
    public R2dbcReviewItemRepository(DatabaseClient db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    @Override
    public Mono<ReviewItem> save(ReviewItem item) {
        return Mono.defer(() -> {
            Objects.requireNonNull(item, "item");
            FsrsCard card = item.card();
            boolean unknownMemory = card.stability() == 0 && card.difficulty() == 0;
            GenericExecuteSpec spec = db.sql("INSERT INTO review_items (" + COLUMNS + ") VALUES (:user, :type, :key, "
                    + ":state, :step, :stability, :difficulty, :reps, :lapses, :lastReview, :due) "
                    + "ON CONFLICT (user_id, item_type, item_key) DO UPDATE SET state = EXCLUDED.state, "
                    + "step = EXCLUDED.step, stability = EXCLUDED.stability, difficulty = EXCLUDED.difficulty, "
                    + "reps = EXCLUDED.reps, lapses = EXCLUDED.lapses, last_review_at = EXCLUDED.last_review_at, "
                    + "due_at = EXCLUDED.due_at")
                    .bind("user", item.userId()).bind("type", item.type().name()).bind("key", item.key())
                    .bind("state", card.state().name()).bind("step", card.step()).bind("reps", card.reps())
                    .bind("lapses", card.lapses());
            spec = SqlValues.bindNullable(spec, "stability", unknownMemory ? null : card.stability(), Double.class);
            spec = SqlValues.bindNullable(spec, "difficulty", unknownMemory ? null : card.difficulty(), Double.class);
            spec = SqlValues.bindInstant(spec, "lastReview", card.lastReview());
            spec = SqlValues.bindInstant(spec, "due", card.due());
            return spec.fetch().rowsUpdated().thenReturn(item);
        }).onErrorMap(e -> R2dbcErrors.translate(e, "review_items"));
    }

    @Override
    public Mono<ReviewItem> find(UUID userId, ItemType type, String key) {
        return Mono.defer(() -> db.sql("SELECT " + COLUMNS + " FROM review_items WHERE user_id = :user "
                        + "AND item_type = :type AND item_key = :key")
                .bind("user", Objects.requireNonNull(userId, "userId"))
                .bind("type", Objects.requireNonNull(type, "type").name())
                .bind("key", Objects.requireNonNull(key, "key"))
                .map(R2dbcReviewItemRepository::item).one())
                .onErrorMap(e -> R2dbcErrors.translate(e, "review_items"));
    }

    @Override
    public Flux<ReviewItem> findDue(UUID userId, Instant at) {
        Objects.requireNonNull(at, "at");
        return Flux.defer(() -> SqlValues.bindInstant(db.sql("SELECT " + COLUMNS + " FROM review_items "
                        + "WHERE user_id = :user AND due_at <= :at ORDER BY due_at, " + TYPE_ORDER + ", item_key COLLATE \"C\""), "at", at)
                .bind("user", Objects.requireNonNull(userId, "userId"))
                .map(R2dbcReviewItemRepository::item).all())
                .onErrorMap(e -> R2dbcErrors.translate(e, "review_items"));
    }

    @Override
    public Flux<ReviewItem> findAll(UUID userId) {
        return Flux.defer(() -> db.sql("SELECT " + COLUMNS + " FROM review_items WHERE user_id = :user")
                .bind("user", Objects.requireNonNull(userId, "userId"))
                .map(R2dbcReviewItemRepository::item).all())
                .onErrorMap(e -> R2dbcErrors.translate(e, "review_items"));
    }

    private static ReviewItem item(Readable row) {
        Double stability = row.get("stability", Double.class);
        Double difficulty = row.get("difficulty", Double.class);
        FsrsCard card = new FsrsCard(CardState.valueOf(row.get("state", String.class)), row.get("step", Integer.class),
                stability == null ? 0 : stability, difficulty == null ? 0 : difficulty, row.get("reps", Integer.class),
                row.get("lapses", Integer.class), SqlValues.instant(row, "last_review_at"),
                SqlValues.instant(row, "due_at"));
        return new ReviewItem(row.get("user_id", UUID.class), ItemType.valueOf(row.get("item_type", String.class)),
                row.get("item_key", String.class), card);
    }

    @Override
    public Mono<Long> deleteByUser(UUID userId) {
        return Mono.defer(() -> db.sql("DELETE FROM review_items WHERE user_id = :user")
                        .bind("user", Objects.requireNonNull(userId, "userId")).fetch().rowsUpdated())
                .onErrorMap(e -> R2dbcErrors.translate(e, "review_items"));
    }
}
