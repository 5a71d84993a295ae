package dev.maangtracker.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/** Inserts minimal valid rows, so each test states only the column it is about. */
final class Rows {

    static final int DIMENSIONS = 384;

    private Rows() {
    }

    static UUID user(Connection c, String email) throws SQLException {
        return id(c, "INSERT INTO users (email, password_hash, full_name) VALUES (?, 'hash', 'Test User') RETURNING id", email);
    }

    static UUID session(Connection c, UUID userId) throws SQLException {
        return id(c, "INSERT INTO interview_sessions (user_id, mode, difficulty, status) "
                + "VALUES (?, 'CODING', 'MEDIUM', 'IN_PROGRESS') RETURNING id", userId);
    }

    static UUID turn(Connection c, UUID sessionId, UUID userId, int sequence) throws SQLException {
        return id(c, "INSERT INTO interview_turns (session_id, user_id, sequence_number, role, kind, message, produced_by) "
                + "VALUES (?, ?, ?, 'INTERVIEWER', 'QUESTION', 'Reverse a linked list.', 'rubric') RETURNING id",
                sessionId, userId, sequence);
    }

    static UUID submission(Connection c, UUID userId, UUID sessionId, UUID turnId) throws SQLException {
        return id(c, "INSERT INTO code_submissions (user_id, session_id, turn_id, problem_slug, language, code, verdict, "
                + "passed_count, total_count, run_time_ms, peak_memory_kb) "
                + "VALUES (?, ?, ?, 'reverse-linked-list', 'JAVA', 'class Solution {}', 'ACCEPTED', 3, 3, 12, 2048) RETURNING id",
                userId, sessionId, turnId);
    }

    static UUID submissionResult(Connection c, UUID submissionId, int testIndex) throws SQLException {
        return id(c, "INSERT INTO code_submission_results (submission_id, test_index, hidden, verdict, time_ms, memory_kb) "
                + "VALUES (?, ?, false, 'ACCEPTED', 4, 1024) RETURNING id", submissionId, testIndex);
    }

    static UUID memory(Connection c, UUID userId, UUID sessionId, UUID turnId, String content, float[] embedding)
            throws SQLException {
        return id(c, "INSERT INTO memories (user_id, session_id, turn_id, content, embedding, topic, message_type, keywords) "
                + "VALUES (?, ?, ?, ?, ?::vector, 'linked-lists', 'ANSWER', ARRAY['pointer','iteration']) RETURNING id",
                userId, sessionId, turnId, content, vector(embedding));
    }

    static UUID topic(Connection c, String slug) throws SQLException {
        return id(c, "INSERT INTO roadmap_topics (slug, name, category, sort_order) VALUES (?, ?, 'CODING', 1) RETURNING id",
                slug, slug);
    }

    static UUID problem(Connection c, String slug) throws SQLException {
        return id(c, "INSERT INTO problems (slug, title, difficulty, url, source) "
                + "VALUES (?, ?, 'MEDIUM', 'https://leetcode.com/problems/' || ?, 'LEETCODE') RETURNING id", slug, slug, slug);
    }

    static UUID resume(Connection c, UUID userId) throws SQLException {
        return id(c, "INSERT INTO resumes (user_id, file_name, content_type, size_bytes, text_content) "
                + "VALUES (?, 'cv.pdf', 'application/pdf', 52000, 'Java engineer') RETURNING id", userId);
    }

    /** A pgvector text literal, e.g. {@code [0.1,0.2]}; float text round-trips exactly through pgvector's parser. */
    static String vector(float[] values) {
        StringBuilder text = new StringBuilder(values.length * 12).append('[');
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                text.append(',');
            }
            text.append(values[i]);
        }
        return text.append(']').toString();
    }

    /** A unit vector of {@code dimensions} whose only non-zero component is the first. */
    static float[] unitVector(int dimensions) {
        float[] values = new float[dimensions];
        values[0] = 1f;
        return values;
    }

    /** Runs an {@code INSERT ... RETURNING id} and returns the id. */
    static UUID id(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getObject(1, UUID.class);
            }
        }
    }

    /** Runs a statement with parameters and returns the update count. */
    static int execute(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        }
    }

    /** Runs a query whose first column of the first row is a number. */
    static long count(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
