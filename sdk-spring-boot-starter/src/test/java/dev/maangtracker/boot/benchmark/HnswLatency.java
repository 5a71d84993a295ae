package dev.maangtracker.boot.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * Top-5 for one user through pgvector's HNSW index with {@code hnsw.iterative_scan = relaxed_order},
 * over JDBC, and its recall@5 against exact search. The btree on user_id is dropped inside a
 * transaction that is rolled back, so the planner cannot fall back to the exact per-user scan.
 */
final class HnswLatency {

    private static final String TOP5 = "SELECT id FROM memories WHERE user_id = ? ORDER BY embedding <=> ?::vector LIMIT 5";
    /** OFFSET 0 keeps the index out: exact distances over the user's rows. */
    private static final String EXACT = "SELECT id FROM (SELECT id, embedding FROM memories WHERE user_id = ? OFFSET 0) m "
            + "ORDER BY embedding <=> ?::vector LIMIT 5";

    private HnswLatency() {
    }

    static void measure(Connection jdbc, UUID user, List<float[]> queries, int warmUp) throws SQLException {
        long start = System.nanoTime();
        try (Statement s = jdbc.createStatement()) {
            s.execute("SET maintenance_work_mem = '512MB'");
            s.execute("CREATE INDEX memories_embedding_hnsw_idx ON memories USING hnsw (embedding vector_cosine_ops)");
        }
        System.out.printf(Locale.ROOT, "  HNSW index (m 16, ef_construction 64) built in %.1f s%n",
                (System.nanoTime() - start) / 1e9);
        List<Set<UUID>> exact = new ArrayList<>();
        for (float[] query : queries) {
            exact.add(top5(jdbc, EXACT, user, query));
        }
        jdbc.setAutoCommit(false);
        try (Statement s = jdbc.createStatement()) {
            s.execute("DROP INDEX memories_user_created_idx");
            s.execute("SET LOCAL hnsw.iterative_scan = relaxed_order");
            try (ResultSet plan = s.executeQuery("EXPLAIN " + TOP5.replace("?::vector", "'" + literal(queries.get(0)) + "'")
                    .replace("user_id = ?", "user_id = '" + user + "'"))) {
                plan.next();
                plan.next();
                System.out.println("  HNSW plan: " + plan.getString(1).trim());
            }
            Latencies latencies = new Latencies(queries.size() - warmUp);
            double hits = 0;
            for (int i = 0; i < queries.size(); i++) {
                float[] query = queries.get(i);
                Set<UUID>[] found = new Set[1];
                Runnable call = () -> found[0] = top5Unchecked(jdbc, user, query);
                if (i < warmUp) {
                    call.run();
                    continue;
                }
                latencies.time(call);
                found[0].retainAll(exact.get(i));
                hits += found[0].size();
            }
            System.out.printf(Locale.ROOT, "  PostgreSQL HNSW top-5  %s, recall@5 vs exact %.3f%n", latencies,
                    hits / (5.0 * (queries.size() - warmUp)));
        } finally {
            jdbc.rollback();
            jdbc.setAutoCommit(true);
        }
    }

    private static Set<UUID> top5Unchecked(Connection jdbc, UUID user, float[] query) {
        try {
            return top5(jdbc, TOP5, user, query);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Set<UUID> top5(Connection jdbc, String sql, UUID user, float[] query) throws SQLException {
        try (PreparedStatement select = jdbc.prepareStatement(sql)) {
            select.setObject(1, user);
            select.setString(2, literal(query));
            Set<UUID> ids = new HashSet<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getObject(1, UUID.class));
                }
            }
            return ids;
        }
    }

    private static String literal(float[] vector) {
        return Arrays.toString(vector).replace(" ", "");
    }
}
