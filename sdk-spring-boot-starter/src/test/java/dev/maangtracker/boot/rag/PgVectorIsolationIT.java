package dev.maangtracker.boot.rag;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maangtracker.rag.Memory;
import dev.maangtracker.rag.MessageType;
import dev.maangtracker.rag.ScoredMemory;
import dev.maangtracker.rag.TestVectors;
import dev.maangtracker.testsupport.PostgresEndpoint;
import dev.maangtracker.testsupport.RealServices;
import dev.maangtracker.testsupport.SchemaChangelog;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Flux;

/**
 * One table, 1,000 users: a user who owns under 1% of the rows still finds their memories first,
 * and no search ever returns another user's memory, even near-identical copies of their own.
 */
class PgVectorIsolationIT {

    private static final Duration TIMEOUT = Duration.ofMinutes(2);
    private static final int DIMENSIONS = 384;
    private static final int OTHER_USERS = 1_000;
    private static final int MEMORIES_PER_OTHER = 5;
    private static final int TARGET_MEMORIES = 40;
    private static final Instant T0 = Instant.parse("2026-06-01T10:00:00Z");

    private static PostgresEndpoint server;
    private static PostgresEndpoint database;
    private static PgVectorMemoryStore store;
    private static final UUID target = UUID.randomUUID();
    private static final List<Memory> targetMemories = new ArrayList<>();

    @BeforeAll
    static void fill() {
        server = RealServices.postgres();
        database = server.createDatabase("rag_isolation");
        SchemaChangelog.update(database);
        DatabaseClient db = DatabaseClient.create(PgVectorMemoryStoreIT.connect(database));
        store = new PgVectorMemoryStore(db, DIMENSIONS);
        PgVectorMemoryStoreIT.createUser(db, target);
        for (int i = 0; i < TARGET_MEMORIES; i++) {
            targetMemories.add(memory(target, "Target's answer " + i + " about consistent hashing rings",
                    TestVectors.unit(DIMENSIONS, i)));
        }
        Flux.fromIterable(targetMemories).concatMap(store::save).blockLast(TIMEOUT);
        // Every other user gets near-identical copies (same text, vector plus a little noise) of the
        // target's memories, written server-side in one statement to keep the suite fast.
        db.sql("INSERT INTO users (id, email, password_hash) SELECT gen_random_uuid(), 'other' || g || '@example.test', 'x' "
                + "FROM generate_series(1, :n) g").bind("n", OTHER_USERS).fetch().rowsUpdated().block(TIMEOUT);
        db.sql("INSERT INTO memories (id, user_id, content, embedding, message_type, created_at) "
                + "SELECT gen_random_uuid(), u.id, t.content, t.embedding + noise.v, 'ANSWER', t.created_at "
                + "FROM users u JOIN LATERAL (SELECT content, embedding, created_at FROM memories "
                + "  WHERE user_id = :target ORDER BY random() LIMIT :per) t ON true "
                + "JOIN LATERAL (SELECT array_agg(((random() - 0.5) * 0.02)::real)::vector AS v "
                + "  FROM generate_series(1, :dims) WHERE u.id IS NOT NULL) noise ON true "
                + "WHERE u.id <> :target")
                .bind("target", target).bind("per", MEMORIES_PER_OTHER).bind("dims", DIMENSIONS)
                .fetch().rowsUpdated().block(TIMEOUT);
    }

    @AfterAll
    static void drop() {
        if (database != null) {
            server.dropDatabase(database);
        }
    }

    private static Memory memory(UUID user, String text, float[] vector) {
        return new Memory(UUID.randomUUID(), user, null, null, text, vector, null, MessageType.ANSWER, List.of(), 0, 0.5,
                T0, null);
    }

    @Test
    void theTargetOwnsUnderOnePercentOfTheRows() {
        long total = DatabaseClient.create(PgVectorMemoryStoreIT.connect(database)).sql("SELECT count(*) AS n FROM memories")
                .map(row -> row.get("n", Long.class)).one().block(TIMEOUT);
        long own = store.count(target).block(TIMEOUT);
        assertThat(total).isEqualTo(TARGET_MEMORIES + (long) OTHER_USERS * MEMORIES_PER_OTHER);
        assertThat((double) own / total).isLessThan(0.01);
    }

    @Test
    void denseSearchFindsTheUsersOwnMemoryFirstAndNoOneElses() {
        for (int i = 0; i < 20; i++) {
            float[] query = TestVectors.near(targetMemories.get(i).embedding(), 0.05, 99_000 + i);
            List<ScoredMemory> top5 = store.denseSearch(target, query, 5).collectList().block(TIMEOUT);
            assertThat(top5).hasSize(5).allSatisfy(s -> assertThat(s.memory().userId()).isEqualTo(target));
            assertThat(top5.get(0).memory().id()).isEqualTo(targetMemories.get(i).id());
        }
    }

    @Test
    void lexicalSearchNeverReturnsAnotherUsersIdenticalText() {
        List<ScoredMemory> found = store.lexicalSearch(target, "consistent hashing rings", 100).collectList().block(TIMEOUT);
        assertThat(found).hasSize(TARGET_MEMORIES).allSatisfy(s -> assertThat(s.memory().userId()).isEqualTo(target));
    }
}
