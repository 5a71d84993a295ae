package dev.maangtracker.boot.benchmark;

import dev.maangtracker.boot.embedding.LocalMiniLm;
import dev.maangtracker.boot.rag.PgVectorMemoryStore;
import dev.maangtracker.core.embedding.Embedder;
import dev.maangtracker.rag.Memory;
import dev.maangtracker.rag.MessageType;
import dev.maangtracker.rag.retrieve.MemoryRetriever;
import dev.maangtracker.rag.retrieve.RetrievalOptions;
import dev.maangtracker.rag.store.InMemoryMemoryStore;
import dev.maangtracker.rag.store.MemoryStore;
import dev.maangtracker.testsupport.PostgresEndpoint;
import dev.maangtracker.testsupport.RealServices;
import dev.maangtracker.testsupport.SchemaChangelog;
import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.pool.ConnectionPoolConfiguration;
import io.r2dbc.postgresql.PostgresqlConnectionConfiguration;
import io.r2dbc.postgresql.PostgresqlConnectionFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.scheduler.Schedulers;

/**
 * Top-5 retrieval latency for one user at 10k and 100k memories spread over 200 users, for the
 * in-memory store and PostgreSQL (exact per-user search: the HNSW index is dropped), plus end to end
 * (MiniLM query embedding + dense and lexical search + ranking + access counts through
 * {@link MemoryRetriever}); at 100k also HNSW with iterative scans and its recall@5 ({@link HnswLatency}).
 * Random unit vectors; rows are generated server-side with INSERT … SELECT. Uses a scratch database
 * on the test PostgreSQL (MAANG_TEST_* settings) and drops it at the end. Not a test: run
 *
 * <pre>./mvnw -q -pl sdk-spring-boot-starter -am install -DskipTests
 * DJL_OFFLINE=true ./mvnw -q -pl sdk-spring-boot-starter exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=dev.maangtracker.boot.benchmark.RetrievalLatencyBenchmark [-Dexec.args="hnsw 1m"]</pre>
 */
public final class RetrievalLatencyBenchmark {

    private static final int DIMENSIONS = LocalMiniLm.DIMENSIONS;
    private static final int USERS = 200;
    private static final int[] SIZES = {10_000, 100_000};
    /** With the argument {@code 1m}: also a million memories (about 2 GB of heap for the in-memory store). */
    private static final int[] SIZES_WITH_MILLION = {10_000, 100_000, 1_000_000};
    private static final int WARM_UP = 50;
    private static final int QUERIES = 300;
    private static final int END_TO_END_QUERIES = 100;

    private RetrievalLatencyBenchmark() {
    }

    /**
     * Runs the benchmark; the argument {@code hnsw} adds the HNSW measurement (its index takes a minute or
     * more to build), {@code 1m} a third size of a million memories.
     */
    public static void main(String[] args) throws SQLException {
        boolean hnsw = List.of(args).contains("hnsw");
        int[] sizes = List.of(args).contains("1m") ? SIZES_WITH_MILLION : SIZES;
        PostgresEndpoint server = RealServices.postgres();
        PostgresEndpoint database = server.createDatabase("rag_latency");
        try {
            SchemaChangelog.update(database);
            run(database, hnsw, sizes);
        } finally {
            server.dropDatabase(database);
            System.exit(0);
        }
    }

    private static void run(PostgresEndpoint database, boolean hnsw, int[] sizes) throws SQLException {
        Embedder embedder = LocalMiniLm.embedder();
        List<UUID> users = new ArrayList<>();
        for (int i = 0; i < USERS; i++) {
            users.add(new UUID(0, i + 1));
        }
        UUID target = users.get(0);
        ConnectionPool pool = new ConnectionPool(ConnectionPoolConfiguration.builder(new PostgresqlConnectionFactory(
                PostgresqlConnectionConfiguration.builder().host(database.host()).port(database.port())
                        .database(database.database()).username(database.user()).password(database.password()).build()))
                .maxSize(4).build());
        MemoryStore postgres = new PgVectorMemoryStore(DatabaseClient.create(pool), DIMENSIONS);
        InMemoryMemoryStore inMemory = new InMemoryMemoryStore(DIMENSIONS);
        Random random = new Random(7);
        List<float[]> queries = new ArrayList<>();
        for (int i = 0; i < WARM_UP + QUERIES; i++) {
            queries.add(unit(random));
        }
        List<String> texts = BenchmarkTexts.interviewSentences(END_TO_END_QUERIES + 50);
        try (Connection jdbc = database.connect()) {
            prepare(jdbc, users);
            int loaded = 0;
            for (int size : sizes) {
                long start = System.nanoTime();
                load(jdbc, loaded, size);
                for (int i = loaded; i < size; i++) {
                    inMemory.save(new Memory(UUID.randomUUID(), users.get((i + 1) % USERS), null, null, "note " + i,
                            unit(random), null, MessageType.NOTE, List.of(), 0, 0.5, Instant.now(), null)).block();
                }
                loaded = size;
                System.out.printf(Locale.ROOT, "%n%,d memories (%d of the user's), loaded in %.1f s%n", size,
                        size / USERS, (System.nanoTime() - start) / 1e9);
                System.out.println("  in-memory top-5   " + dense(inMemory, target, queries));
                System.out.println("  PostgreSQL top-5  " + dense(postgres, target, queries));
                System.out.println("  end to end, in-memory   " + endToEnd(inMemory, embedder, target, texts));
                System.out.println("  end to end, PostgreSQL  " + endToEnd(postgres, embedder, target, texts));
            }
            System.out.println("  query embedding alone   " + embedOnly(embedder, texts));
            stages(postgres, target, queries, texts);
            if (hnsw) {
                HnswLatency.measure(jdbc, target, queries, WARM_UP);
            }
        }
        pool.dispose();
    }

    private static Latencies dense(MemoryStore store, UUID user, List<float[]> queries) {
        Latencies latencies = new Latencies(QUERIES);
        for (int i = 0; i < queries.size(); i++) {
            float[] query = queries.get(i);
            Runnable call = () -> store.denseSearch(user, query, 5).collectList().block();
            if (i < WARM_UP) {
                call.run();
            } else {
                latencies.time(call);
            }
        }
        return latencies;
    }

    private static Latencies endToEnd(MemoryStore store, Embedder embedder, UUID user, List<String> texts) {
        MemoryRetriever retriever = new MemoryRetriever(store, embedder, LocomoBenchmark.noCache(), Clock.systemUTC(),
                Schedulers.immediate());
        Latencies latencies = new Latencies(END_TO_END_QUERIES);
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            Runnable call = () -> retriever.retrieve(user, text, RetrievalOptions.defaults()).block();
            if (i < texts.size() - END_TO_END_QUERIES) {
                call.run();
            } else {
                latencies.time(call);
            }
        }
        return latencies;
    }

    /** The PostgreSQL stages end to end runs besides the embedding, each alone. */
    private static void stages(MemoryStore store, UUID user, List<float[]> queries, List<String> texts) {
        int candidates = RetrievalOptions.defaults().candidates();
        Latencies dense = new Latencies(queries.size());
        queries.forEach(q -> dense.time(() -> store.denseSearch(user, q, candidates).collectList().block()));
        Latencies lexical = new Latencies(texts.size());
        texts.forEach(t -> lexical.time(() -> store.lexicalSearch(user, t, candidates).collectList().block()));
        List<UUID> ids = store.denseSearch(user, queries.get(0), 5).map(s -> s.memory().id()).collectList().block();
        Latencies access = new Latencies(texts.size());
        texts.forEach(t -> access.time(() -> store.recordAccess(user, ids, Instant.now()).block()));
        System.out.println("  PostgreSQL dense top-" + candidates + "   " + dense);
        System.out.println("  PostgreSQL lexical top-" + candidates + " " + lexical);
        System.out.println("  PostgreSQL recordAccess(5) " + access);
    }

    private static Latencies embedOnly(Embedder embedder, List<String> texts) {
        Latencies latencies = new Latencies(texts.size());
        texts.forEach(text -> latencies.time(() -> embedder.embed(text)));
        return latencies;
    }

    private static void prepare(Connection jdbc, List<UUID> users) throws SQLException {
        try (Statement s = jdbc.createStatement()) {
            // Exact per-user search: without the HNSW index the btree on user_id serves every query.
            s.execute("DROP INDEX memories_embedding_hnsw_idx");
        }
        try (PreparedStatement insert = jdbc.prepareStatement(
                "INSERT INTO users (id, email, password_hash) VALUES (?, ?, 'x')")) {
            for (UUID id : users) {
                insert.setObject(1, id);
                insert.setString(2, id + "@example.test");
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** Rows {@code from+1 .. to}, row g owned by user (g mod 200) + 1, random unit vectors. */
    private static void load(Connection jdbc, int from, int to) throws SQLException {
        try (PreparedStatement insert = jdbc.prepareStatement("""
                INSERT INTO memories (user_id, content, embedding, message_type, created_at)
                SELECT ('00000000-0000-0000-0000-' || lpad(to_hex(g % 200 + 1), 12, '0'))::uuid,
                       'note ' || g || ' about ' || (ARRAY['heaps', 'caches', 'graphs', 'queues', 'tries',
                           'conflict', 'deadlines', 'sharding'])[g % 8 + 1],
                       l2_normalize((SELECT array_agg(random() - 0.5) FROM generate_series(1, 384) WHERE g > 0)::vector),
                       'NOTE', now() - g * interval '1 minute'
                FROM generate_series(?, ?) g""");
             Statement analyze = jdbc.createStatement()) {
            insert.setInt(1, from + 1);
            insert.setInt(2, to);
            insert.executeUpdate();
            analyze.execute("ANALYZE memories");
        }
    }

    private static float[] unit(Random random) {
        float[] v = new float[DIMENSIONS];
        double norm = 0;
        for (int i = 0; i < DIMENSIONS; i++) {
            v[i] = (float) random.nextGaussian();
            norm += v[i] * v[i];
        }
        for (int i = 0; i < DIMENSIONS; i++) {
            v[i] /= (float) Math.sqrt(norm);
        }
        return v;
    }
}
