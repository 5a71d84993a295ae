package dev.maangtracker.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Per-user cosine search over {@code memories.embedding}, the query the RAG store runs, checked against
 * nearest neighbours computed in Java.
 */
class MemoryVectorSearchIT {

    static final int USERS = 3;
    static final int MEMORIES_PER_USER = 400;
    static final int TOP_K = 5;
    static final long SEED = 20261124L;

    static final String NEAREST_FOR_USER = "SELECT id, user_id, embedding <=> ?::vector AS distance FROM memories "
            + "WHERE user_id = ? ORDER BY embedding <=> ?::vector LIMIT " + TOP_K;

    private static ScratchDatabase database;
    private static final List<UUID> users = new ArrayList<>();
    private static final Map<UUID, UUID> ownerOf = new HashMap<>();
    private static final Map<UUID, float[]> embeddingOf = new HashMap<>();

    @BeforeAll
    static void migrateAndLoadMemories() throws SQLException {
        database = ScratchDatabase.migrated("db_vector");
        Random random = new Random(SEED);
        try (Connection c = database.connect()) {
            for (int u = 0; u < USERS; u++) {
                users.add(Rows.user(c, "vector-user-" + u + "@example.com"));
            }
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO memories (id, user_id, content, embedding, "
                    + "message_type) VALUES (?, ?, ?, ?::vector, 'ANSWER')")) {
                for (int i = 0; i < MEMORIES_PER_USER; i++) {
                    for (UUID user : users) {
                        UUID id = new UUID(random.nextLong(), random.nextLong());
                        float[] embedding = randomUnitVector(random);
                        insert.setObject(1, id);
                        insert.setObject(2, user);
                        insert.setString(3, "memory " + i + " of " + user);
                        insert.setString(4, Rows.vector(embedding));
                        insert.addBatch();
                        ownerOf.put(id, user);
                        embeddingOf.put(id, embedding);
                    }
                }
                insert.executeBatch();
            }
            c.commit();
            c.setAutoCommit(true);
            try (Statement statement = c.createStatement()) {
                statement.execute("ANALYZE memories");
            }
        }
    }

    @AfterAll
    static void dropDatabase() {
        if (database != null) {
            database.close();
        }
    }

    @Test
    void returnsTheTrueFiveNearestMemoriesOfTheCallerOnly() throws SQLException {
        Random random = new Random(SEED + 1);
        try (Connection c = database.connect()) {
            for (UUID user : users) {
                float[] query = randomUnitVector(random);
                List<UUID> found = new ArrayList<>();
                try (PreparedStatement statement = c.prepareStatement(NEAREST_FOR_USER)) {
                    String literal = Rows.vector(query);
                    statement.setString(1, literal);
                    statement.setObject(2, user);
                    statement.setString(3, literal);
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            UUID id = rows.getObject("id", UUID.class);
                            assertThat(rows.getObject("user_id", UUID.class)).isEqualTo(user);
                            assertThat(rows.getDouble("distance"))
                                    .isCloseTo(cosineDistance(query, embeddingOf.get(id)), within(1e-5));
                            found.add(id);
                        }
                    }
                }
                assertThat(found).as("top-%d of user %s", TOP_K, user)
                        .hasSize(TOP_K)
                        .allSatisfy(id -> assertThat(ownerOf.get(id)).isEqualTo(user))
                        .containsExactlyElementsOf(expectedNearest(query, user));
                assertThat(expectedNearest(query, null))
                        .as("without the user filter other users' memories would rank: the filter is doing work")
                        .anySatisfy(id -> assertThat(ownerOf.get(id)).isNotEqualTo(user));
            }
        }
    }

    @Test
    void printsThePlanOfThePerUserQuery() throws SQLException {
        float[] query = randomUnitVector(new Random(SEED + 2));
        String literal = Rows.vector(query);
        String explain = "EXPLAIN (ANALYZE, BUFFERS) " + NEAREST_FOR_USER;
        List<String> plan = new ArrayList<>();
        try (Connection c = database.connect(); PreparedStatement statement = c.prepareStatement(explain)) {
            statement.setString(1, literal);
            statement.setObject(2, users.get(0));
            statement.setString(3, literal);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    plan.add(rows.getString(1));
                }
            }
        }
        System.out.println("EXPLAIN (ANALYZE, BUFFERS) of the per-user top-" + TOP_K + " query over "
                + USERS * MEMORIES_PER_USER + " memories (" + USERS + " users):");
        System.out.println(NEAREST_FOR_USER);
        // The 384 floats of the query vector would drown the plan: print them as a placeholder.
        plan.forEach(line -> System.out.println(
                "  " + line.replaceAll("'\\[[^\\]]*\\]'::vector", "'[query vector]'::vector")));
        assertThat(plan).anySatisfy(line -> assertThat(line).contains("Limit"));
    }

    /** Exact nearest neighbours by brute force, optionally only among {@code user}'s memories. */
    private static List<UUID> expectedNearest(float[] query, UUID user) {
        return embeddingOf.entrySet().stream()
                .filter(entry -> user == null || ownerOf.get(entry.getKey()).equals(user))
                .sorted(Comparator.comparingDouble(entry -> cosineDistance(query, entry.getValue())))
                .limit(TOP_K)
                .map(Map.Entry::getKey)
                .collect(Collectors.toList());
    }

    private static double cosineDistance(float[] a, float[] b) {
        double dot = 0;
        double normA = 0;
        double normB = 0;
        for (int i = 0; i < a.length; i++) {
            dot += (double) a[i] * b[i];
            normA += (double) a[i] * a[i];
            normB += (double) b[i] * b[i];
        }
        return 1 - dot / Math.sqrt(normA * normB);
    }

    private static float[] randomUnitVector(Random random) {
        float[] values = new float[Rows.DIMENSIONS];
        double norm = 0;
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) random.nextGaussian();
            norm += (double) values[i] * values[i];
        }
        double length = Math.sqrt(norm);
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) (values[i] / length);
        }
        return values;
    }
}
