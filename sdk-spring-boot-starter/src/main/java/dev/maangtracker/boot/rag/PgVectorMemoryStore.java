package dev.maangtracker.boot.rag;

import dev.maangtracker.boot.r2dbc.R2dbcErrors;
import dev.maangtracker.core.error.ConflictException;
import dev.maangtracker.core.error.InvalidInputException;
import dev.maangtracker.core.error.NotFoundException;
import dev.maangtracker.rag.Memory;
import dev.maangtracker.rag.MessageType;
import dev.maangtracker.rag.ScoredMemory;
import dev.maangtracker.rag.store.MemoryStore;
import io.r2dbc.postgresql.codec.Vector;
import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * {@link MemoryStore} on the Liquibase {@code memories} table through R2DBC. Every statement filters
 * by {@code user_id}. Dense search orders by pgvector's cosine distance among the user's rows; with
 * the {@code (user_id, created_at)} btree PostgreSQL searches a user's memories exactly (measured:
 * well under a millisecond for a user's few hundred rows), and the HNSW index serves the rare user
 * with tens of thousands of memories when the connection sets {@code hnsw.iterative_scan}. Lexical
 * search uses the stored {@code tsvector} with an OR query ranked by {@code ts_rank_cd}, so any
 * shared word counts, like BM25. Thread-safe.
 */
public final class PgVectorMemoryStore implements MemoryStore {

    private static final String COLUMNS = "id, user_id, session_id, turn_id, content, embedding, topic, message_type, "
            + "keywords, access_count, importance, created_at, last_accessed_at";
    private static final String QUALIFIED_COLUMNS = "m." + COLUMNS.replace(", ", ", m.");

    private final DatabaseClient db;
    private final int dimensions;

    /**
     * @param db         a client on the database with the Liquibase schema
     * @param dimensions the embedding length of the {@code memories.embedding} column (384)
     */
    public PgVectorMemoryStore(DatabaseClient db, int dimensions) {
        this.db = Objects.requireNonNull(db, "db");
        this.dimensions = dimensions;
    }

    @Override
    public Mono<Memory> save(Memory memory) {
        return Mono.defer(() -> {
            checkDimensions(memory);
            return bindAll(db.sql("INSERT INTO memories (" + COLUMNS + ") VALUES (:id, :user, :session, :turn, :content, "
                    + ":embedding, :topic, :type, :keywords, :access, :importance, :created, :accessed)"), memory)
                    .fetch().rowsUpdated()
                    .thenReturn(memory)
                    .onErrorMap(DuplicateKeyException.class, e -> ConflictException.duplicate("memory", "id"))
                    .onErrorMap(e -> e instanceof DataIntegrityViolationException && !(e instanceof DuplicateKeyException),
                            e -> missingParent(e, memory));
        })
                .onErrorMap(R2dbcErrors::isUnavailable, PgVectorMemoryStore::unavailable);
    }

    @Override
    public Mono<Memory> replace(Memory memory) {
        return Mono.defer(() -> {
            checkDimensions(memory);
            return bindAll(db.sql("UPDATE memories SET session_id = :session, turn_id = :turn, content = :content, "
                    + "embedding = :embedding, topic = :topic, message_type = :type, keywords = :keywords, "
                    + "access_count = :access, importance = :importance, created_at = :created, "
                    + "last_accessed_at = :accessed WHERE id = :id AND user_id = :user"), memory)
                    .fetch().rowsUpdated()
                    .flatMap(rows -> rows == 0 ? Mono.error(NotFoundException.of("memory", memory.id())) : Mono.just(memory));
        })
                .onErrorMap(R2dbcErrors::isUnavailable, PgVectorMemoryStore::unavailable);
    }

    @Override
    public Mono<Memory> find(UUID userId, UUID memoryId) {
        return db.sql("SELECT " + COLUMNS + " FROM memories WHERE user_id = :user AND id = :id")
                .bind("user", Objects.requireNonNull(userId, "userId")).bind("id", Objects.requireNonNull(memoryId, "memoryId"))
                .map(PgVectorMemoryStore::memory).one()
                .onErrorMap(R2dbcErrors::isUnavailable, PgVectorMemoryStore::unavailable);
    }

    @Override
    public Flux<ScoredMemory> denseSearch(UUID userId, float[] query, int limit) {
        return Flux.defer(() -> {
            checkLimit(limit);
            if (query.length != dimensions) {
                throw InvalidInputException.of("query", "has " + query.length + " dimensions, the store " + dimensions);
            }
            return db.sql("SELECT " + COLUMNS + ", 1 - (embedding <=> :query) AS score FROM memories "
                            + "WHERE user_id = :user ORDER BY embedding <=> :query, id LIMIT :limit")
                    .bind("user", Objects.requireNonNull(userId, "userId")).bind("query", Vector.of(query))
                    .bind("limit", limit)
                    .map(row -> new ScoredMemory(memory(row), row.get("score", Double.class)))
                    .all();
        })
                .onErrorMap(R2dbcErrors::isUnavailable, PgVectorMemoryStore::unavailable);
    }

    @Override
    public Flux<ScoredMemory> lexicalSearch(UUID userId, String query, int limit) {
        return Flux.defer(() -> {
            checkLimit(limit);
            // plainto_tsquery ANDs the words; turning & into | lets any shared word count, as BM25 does.
            // The user's rows are taken first (btree on user_id): with the GIN index the planner would
            // otherwise match a common word across every user's rows and filter by user afterwards
            // (measured: 67 ms instead of a few at 100k rows, docs/benchmarks.md).
            return db.sql("WITH q AS (SELECT replace(plainto_tsquery('english', :text)::text, '&', '|') AS t), "
                            + "mine AS MATERIALIZED (SELECT id, content_tsv FROM memories WHERE user_id = :user), "
                            + "ranked AS (SELECT mine.id, ts_rank_cd(mine.content_tsv, to_tsquery('english', q.t), 1) AS score "
                            + "FROM mine, q WHERE q.t <> '' AND mine.content_tsv @@ to_tsquery('english', q.t) "
                            + "ORDER BY score DESC, mine.id LIMIT :limit) "
                            + "SELECT " + QUALIFIED_COLUMNS + ", ranked.score FROM ranked JOIN memories m ON m.id = ranked.id "
                            + "ORDER BY ranked.score DESC, m.id")
                    .bind("user", Objects.requireNonNull(userId, "userId")).bind("text", query == null ? "" : query)
                    .bind("limit", limit)
                    .map(row -> new ScoredMemory(memory(row), row.get("score", Float.class).doubleValue()))
                    .all();
        })
                .onErrorMap(R2dbcErrors::isUnavailable, PgVectorMemoryStore::unavailable);
    }

    @Override
    public Mono<Void> recordAccess(UUID userId, Collection<UUID> memoryIds, Instant at) {
        if (memoryIds.isEmpty()) {
            return Mono.empty();
        }
        return db.sql("UPDATE memories SET access_count = access_count + 1, last_accessed_at = :at "
                        + "WHERE user_id = :user AND id = ANY(:ids)")
                .bind("user", userId).bind("ids", memoryIds.toArray(UUID[]::new)).bind("at", at.atOffset(ZoneOffset.UTC))
                .fetch().rowsUpdated().then()
                .onErrorMap(R2dbcErrors::isUnavailable, PgVectorMemoryStore::unavailable);
    }

    @Override
    public Flux<Memory> findAll(UUID userId) {
        return db.sql("SELECT " + COLUMNS + " FROM memories WHERE user_id = :user ORDER BY created_at, id")
                .bind("user", Objects.requireNonNull(userId, "userId")).map(PgVectorMemoryStore::memory).all()
                .onErrorMap(R2dbcErrors::isUnavailable, PgVectorMemoryStore::unavailable);
    }

    @Override
    public Mono<Long> count(UUID userId) {
        return db.sql("SELECT count(*) AS n FROM memories WHERE user_id = :user").bind("user", userId)
                .map(row -> row.get("n", Long.class)).one()
                .onErrorMap(R2dbcErrors::isUnavailable, PgVectorMemoryStore::unavailable);
    }

    @Override
    public Mono<Boolean> delete(UUID userId, UUID memoryId) {
        return db.sql("DELETE FROM memories WHERE user_id = :user AND id = :id").bind("user", userId).bind("id", memoryId)
                .fetch().rowsUpdated().map(rows -> rows > 0)
                .onErrorMap(R2dbcErrors::isUnavailable, PgVectorMemoryStore::unavailable);
    }

    @Override
    public Mono<Long> deleteSession(UUID userId, UUID sessionId) {
        return db.sql("DELETE FROM memories WHERE user_id = :user AND session_id = :session").bind("user", userId)
                .bind("session", sessionId).fetch().rowsUpdated()
                .onErrorMap(R2dbcErrors::isUnavailable, PgVectorMemoryStore::unavailable);
    }

    @Override
    public Mono<Long> deleteAll(UUID userId) {
        return db.sql("DELETE FROM memories WHERE user_id = :user").bind("user", userId).fetch().rowsUpdated()
                .onErrorMap(R2dbcErrors::isUnavailable, PgVectorMemoryStore::unavailable);
    }

    @Override
    public Mono<Long> deleteOlderThan(UUID userId, Instant cutoff, double maxImportance) {
        return db.sql("DELETE FROM memories WHERE user_id = :user AND created_at < :cutoff AND importance < :importance")
                .bind("user", userId).bind("cutoff", cutoff.atOffset(ZoneOffset.UTC)).bind("importance", maxImportance)
                .fetch().rowsUpdated()
                .onErrorMap(R2dbcErrors::isUnavailable, PgVectorMemoryStore::unavailable);
    }

    /** The database could not be reached: the same typed error as every other PostgreSQL store. */
    private static Throwable unavailable(Throwable error) {
        return R2dbcErrors.translate(error, "memories");
    }

    /** Which foreign key a memory broke: its session, its turn or (otherwise) its user does not exist. */
    private static NotFoundException missingParent(Throwable error, Memory memory) {
        String message = String.valueOf(error.getMessage());
        if (message.contains("session_id")) {
            return NotFoundException.of("interview session", memory.sessionId());
        }
        if (message.contains("turn_id")) {
            return NotFoundException.of("interview turn", memory.turnId());
        }
        return NotFoundException.of("user", memory.userId());
    }

    private static DatabaseClient.GenericExecuteSpec bindAll(DatabaseClient.GenericExecuteSpec spec, Memory m) {
        spec = spec.bind("id", m.id()).bind("user", m.userId()).bind("content", m.content())
                .bind("embedding", Vector.of(m.embedding())).bind("type", m.messageType().name())
                .bind("keywords", m.keywords().toArray(String[]::new)).bind("access", m.accessCount())
                .bind("importance", (float) m.importance()).bind("created", m.createdAt().atOffset(ZoneOffset.UTC));
        spec = m.sessionId() == null ? spec.bindNull("session", UUID.class) : spec.bind("session", m.sessionId());
        spec = m.turnId() == null ? spec.bindNull("turn", UUID.class) : spec.bind("turn", m.turnId());
        spec = m.topic() == null ? spec.bindNull("topic", String.class) : spec.bind("topic", m.topic());
        return m.lastAccessedAt() == null ? spec.bindNull("accessed", OffsetDateTime.class)
                : spec.bind("accessed", m.lastAccessedAt().atOffset(ZoneOffset.UTC));
    }

    private static Memory memory(Readable row) {
        String[] keywords = row.get("keywords", String[].class);
        OffsetDateTime accessed = row.get("last_accessed_at", OffsetDateTime.class);
        return new Memory(row.get("id", UUID.class), row.get("user_id", UUID.class), row.get("session_id", UUID.class),
                row.get("turn_id", UUID.class), row.get("content", String.class),
                row.get("embedding", Vector.class).getVector(), row.get("topic", String.class),
                MessageType.valueOf(row.get("message_type", String.class)),
                keywords == null ? List.of() : Arrays.asList(keywords), row.get("access_count", Integer.class),
                row.get("importance", Float.class).doubleValue(), row.get("created_at", OffsetDateTime.class).toInstant(),
                accessed == null ? null : accessed.toInstant());
    }

    private void checkDimensions(Memory memory) {
        Objects.requireNonNull(memory, "memory");
        if (memory.embedding().length != dimensions) {
            throw InvalidInputException.of("embedding", "has " + memory.embedding().length + " dimensions, the store "
                    + dimensions);
        }
    }

    private static void checkLimit(int limit) {
        if (limit < 1 || limit > MAX_SEARCH_LIMIT) {
            throw InvalidInputException.outOfRange("limit", limit, 1, MAX_SEARCH_LIMIT);
        }
    }
}
