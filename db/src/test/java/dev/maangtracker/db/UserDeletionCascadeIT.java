package dev.maangtracker.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Deleting a user erases everything they own, in every table, and nobody else's data. */
class UserDeletionCascadeIT {

    /** User data without a user_id column: it goes with its parent row. */
    static final List<String> OWNED_THROUGH_A_PARENT = List.of("code_submission_results");
    /** Shared reference data, not owned by any user. */
    static final List<String> CATALOGUE = List.of("roadmap_topics", "roadmap_topic_prerequisites", "problems",
            "topic_problems");

    private static ScratchDatabase database;

    @BeforeAll
    static void migrate() {
        database = ScratchDatabase.migrated("db_cascade");
    }

    @AfterAll
    static void dropDatabase() {
        if (database != null) {
            database.close();
        }
    }

    @Test
    void deletingAUserDeletesTheirRowsInEveryTableAndKeepsOtherUsersRows() throws SQLException {
        try (Connection c = database.connect()) {
            UUID topic = Rows.topic(c, "linked-lists");
            UUID problem = Rows.problem(c, "reverse-linked-list");
            Rows.execute(c, "INSERT INTO topic_problems (topic_id, problem_id) VALUES (?, ?)", topic, problem);
            UUID leaving = Rows.user(c, "leaving@example.com");
            UUID staying = Rows.user(c, "staying@example.com");
            UUID leavingSubmission = insertOneRowInEveryUserTable(c, leaving, problem);
            UUID stayingSubmission = insertOneRowInEveryUserTable(c, staying, problem);

            // Found from the catalogue, so a table added later without a row here fails this test.
            List<String> userTables = tablesWithUserId(c);
            assertThat(userTables).hasSizeGreaterThanOrEqualTo(12);
            List<String> classified = new ArrayList<>(userTables);
            classified.addAll(OWNED_THROUGH_A_PARENT);
            classified.addAll(CATALOGUE);
            classified.add("users");
            assertThat(classified).as("every table is user data (user_id or a parent) or catalogue")
                    .containsExactlyInAnyOrderElementsOf(applicationTables(c));
            for (String table : userTables) {
                assertThat(countFor(c, table, leaving)).as("rows of the leaving user in %s before the delete", table)
                        .isEqualTo(1);
            }
            assertThat(resultsOf(c, leavingSubmission)).isEqualTo(1);

            assertThat(Rows.execute(c, "DELETE FROM users WHERE id = ?", leaving)).isEqualTo(1);

            for (String table : userTables) {
                assertThat(countFor(c, table, leaving)).as("rows of the deleted user in %s", table).isZero();
                assertThat(countFor(c, table, staying)).as("rows of the other user in %s", table).isEqualTo(1);
            }
            assertThat(resultsOf(c, leavingSubmission)).as("test results of the deleted user's submission").isZero();
            assertThat(resultsOf(c, stayingSubmission)).isEqualTo(1);
            assertThat(Rows.count(c, "SELECT count(*) FROM users WHERE id IN (?, ?)", leaving, staying)).isEqualTo(1);
            assertThat(Rows.count(c, "SELECT count(*) FROM problems WHERE id = ?", problem))
                    .as("the shared catalogue is not user data").isEqualTo(1);
            assertThat(Rows.count(c, "SELECT count(*) FROM topic_problems")).isEqualTo(1);
        }
    }

    @Test
    void deletingASessionKeepsItsMemoriesButDetachesThem() throws SQLException {
        try (Connection c = database.connect()) {
            UUID user = Rows.user(c, "session-owner@example.com");
            UUID session = Rows.session(c, user);
            UUID turn = Rows.turn(c, session, user, 1);
            UUID memory = Rows.memory(c, user, session, turn, "Explained Floyd's cycle detection",
                    Rows.unitVector(Rows.DIMENSIONS));
            Rows.submission(c, user, session, turn);

            Rows.execute(c, "DELETE FROM interview_sessions WHERE id = ?", session);

            assertThat(Rows.count(c, "SELECT count(*) FROM interview_turns WHERE session_id = ?", session)).isZero();
            assertThat(Rows.count(c, "SELECT count(*) FROM code_submissions WHERE session_id = ?", session)).isZero();
            assertThat(Rows.count(c, "SELECT count(*) FROM memories WHERE id = ? "
                    + "AND session_id IS NULL AND turn_id IS NULL", memory)).isEqualTo(1);
        }
    }

    /** Inserts exactly one row per user-owned table (and one test result); returns the submission id. */
    private static UUID insertOneRowInEveryUserTable(Connection c, UUID user, UUID problem) throws SQLException {
        UUID session = Rows.session(c, user);
        UUID turn = Rows.turn(c, session, user, 1);
        UUID submission = Rows.submission(c, user, session, turn);
        Rows.submissionResult(c, submission, 0);
        Rows.memory(c, user, session, turn, "Reversed the list iteratively with three pointers",
                Rows.unitVector(Rows.DIMENSIONS));
        Rows.execute(c, "INSERT INTO user_problem_status (user_id, problem_id, status, notes) "
                + "VALUES (?, ?, 'SOLVED', 'watch the null head')", user, problem);
        Rows.execute(c, "INSERT INTO problem_attempts (user_id, problem_id, outcome, minutes_spent, hints_used, language) "
                + "VALUES (?, ?, 'SOLVED', 18, 1, 'JAVA')", user, problem);
        Rows.execute(c, "INSERT INTO review_items (user_id, item_type, item_key, stability, difficulty, state, reps, "
                + "last_review_at, due_at) VALUES (?, 'PROBLEM', 'reverse-linked-list', 3.2, 5.1, 'REVIEW', 1, now(), "
                + "now() + interval '3 days')", user);
        Rows.execute(c, "INSERT INTO user_progress (user_id, scope, progress_percent, solved_count, streak_current, "
                + "streak_longest, last_active_date) VALUES (?, 'OVERALL', 12.5, 1, 1, 1, current_date)", user);
        Rows.execute(c, "INSERT INTO weakness_analysis (user_id, topic, competency, severity, confidence, evidence) "
                + "VALUES (?, 'linked-lists', 'edge_cases', 6.5, 0.8, '[{\"turn\": 1}]')", user);
        Rows.execute(c, "INSERT INTO activity_log (user_id, activity_type, details) "
                + "VALUES (?, 'CODE_RUN', '{\"verdict\": \"ACCEPTED\"}')", user);
        UUID resume = Rows.resume(c, user);
        Rows.execute(c, "INSERT INTO resume_analyses (resume_id, user_id, overall_score, sections, suggestions) "
                + "VALUES (?, ?, 71, '[{\"name\": \"experience\", \"score\": 70}]', '[\"quantify impact\"]')", resume, user);
        Rows.execute(c, "INSERT INTO practice_attempts (id, user_id, slug, outcome, minutes, hints_used, language, "
                + "attempted_at, zone_id) VALUES (gen_random_uuid(), ?, 'reverse-linked-list', 'SOLVED', 18, 0, 'java', "
                + "now(), 'UTC')", user);
        Rows.execute(c, "INSERT INTO practice_notes (user_id, slug, notes) VALUES (?, 'reverse-linked-list', "
                + "'three pointers')", user);
        Rows.execute(c, "INSERT INTO weakness_evidence (user_id, topic, mode, source, reference, score, observed_at) "
                + "VALUES (?, 'linked-lists', 'CODING', 'PROBLEM_ATTEMPT', 'attempt 1', 40, now())", user);
        return submission;
    }

    private static List<String> tablesWithUserId(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (PreparedStatement statement = c.prepareStatement("SELECT c.table_name FROM information_schema.columns c "
                + "JOIN information_schema.tables t USING (table_schema, table_name) "
                + "WHERE c.table_schema = 'public' AND c.column_name = 'user_id' AND t.table_type = 'BASE TABLE' "
                + "ORDER BY 1");
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }

    private static List<String> applicationTables(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (PreparedStatement statement = c.prepareStatement("SELECT table_name FROM information_schema.tables "
                + "WHERE table_schema = 'public' AND table_type = 'BASE TABLE' "
                + "AND table_name NOT IN ('databasechangelog', 'databasechangeloglock')");
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }

    private static long countFor(Connection c, String table, UUID user) throws SQLException {
        return Rows.count(c, "SELECT count(*) FROM " + table + " WHERE user_id = ?", user);
    }

    private static long resultsOf(Connection c, UUID submission) throws SQLException {
        return Rows.count(c, "SELECT count(*) FROM code_submission_results WHERE submission_id = ?", submission);
    }
}
