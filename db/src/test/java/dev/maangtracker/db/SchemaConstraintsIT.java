package dev.maangtracker.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;

/** The database itself refuses rows the product must never store. */
class SchemaConstraintsIT {

    static final String CHECK_VIOLATION = "23514";
    static final String FOREIGN_KEY_VIOLATION = "23503";
    static final String UNIQUE_VIOLATION = "23505";
    static final String DATA_EXCEPTION = "22000";

    private static ScratchDatabase database;
    private Connection connection;
    private UUID userId;

    @BeforeAll
    static void migrate() {
        database = ScratchDatabase.migrated("db_constraints");
    }

    @AfterAll
    static void dropDatabase() {
        if (database != null) {
            database.close();
        }
    }

    @BeforeEach
    void openConnectionAndCreateUser() throws SQLException {
        connection = database.connect();
        userId = Rows.user(connection, "user-" + UUID.randomUUID() + "@example.com");
    }

    @AfterEach
    void closeConnection() throws SQLException {
        connection.close();
    }

    @Test
    void acceptsBoundaryValuesOfEveryRange() throws SQLException {
        insertWeakness(0, 0);
        insertWeakness(10, 1);
        insertProgress("OVERALL", 100);
        insertProgress("arrays", 0);
        assertThat(Rows.count(connection, "SELECT count(*) FROM weakness_analysis WHERE user_id = ?", userId)).isEqualTo(2);
        assertThat(Rows.count(connection, "SELECT count(*) FROM user_progress WHERE user_id = ?", userId)).isEqualTo(2);
    }

    @Test
    void rejectsSeverityAboveTen() {
        assertRejected(CHECK_VIOLATION, "weakness_analysis_severity_ck", () -> insertWeakness(11, 0.5));
    }

    @Test
    void rejectsNegativeSeverity() {
        assertRejected(CHECK_VIOLATION, "weakness_analysis_severity_ck", () -> insertWeakness(-1, 0.5));
    }

    @Test
    void rejectsConfidenceAboveOne() {
        assertRejected(CHECK_VIOLATION, "weakness_analysis_confidence_ck", () -> insertWeakness(5, 1.5));
    }

    @Test
    void rejectsEvidenceThatIsNotAJsonArray() {
        assertRejected(CHECK_VIOLATION, "weakness_analysis_evidence_ck", () -> Rows.execute(connection,
                "INSERT INTO weakness_analysis (user_id, topic, severity, confidence, evidence) "
                        + "VALUES (?, 'graphs', 5, 0.5, '{\"turn\": 1}'::jsonb)", userId));
    }

    @Test
    void rejectsProgressAboveHundredPercent() {
        assertRejected(CHECK_VIOLATION, "user_progress_percent_ck", () -> insertProgress("OVERALL", 101));
    }

    @Test
    void rejectsUnknownInterviewMode() {
        assertRejected(CHECK_VIOLATION, "interview_sessions_mode_ck", () -> Rows.execute(connection,
                "INSERT INTO interview_sessions (user_id, mode, difficulty) VALUES (?, 'CHAT', 'EASY')", userId));
    }

    @Test
    void rejectsUnknownSessionStatus() {
        assertRejected(CHECK_VIOLATION, "interview_sessions_status_ck", () -> Rows.execute(connection,
                "INSERT INTO interview_sessions (user_id, mode, difficulty, status) VALUES (?, 'HR', 'EASY', 'DONE')",
                userId));
    }

    @Test
    void rejectsOverallScoreAboveHundred() {
        assertRejected(CHECK_VIOLATION, "interview_sessions_overall_score_ck", () -> Rows.execute(connection,
                "INSERT INTO interview_sessions (user_id, mode, difficulty, overall_score) VALUES (?, 'HR', 'EASY', 100.5)",
                userId));
    }

    @Test
    void rejectsMorePassedTestsThanTotal() {
        assertRejected(CHECK_VIOLATION, "code_submissions_counts_ck", () -> Rows.execute(connection,
                "INSERT INTO code_submissions (user_id, problem_slug, language, code, verdict, passed_count, total_count) "
                        + "VALUES (?, 'two-sum', 'PYTHON', 'pass', 'WRONG_ANSWER', 4, 3)", userId));
    }

    @Test
    void rejectsReviewDifficultyOutsideOneToTen() {
        assertRejected(CHECK_VIOLATION, "review_items_difficulty_ck", () -> Rows.execute(connection,
                "INSERT INTO review_items (user_id, item_type, item_key, stability, difficulty, state, due_at) "
                        + "VALUES (?, 'PROBLEM', 'two-sum', 2.5, 0.5, 'REVIEW', now())", userId));
    }

    @Test
    void rejectsTopicThatIsItsOwnPrerequisite() throws SQLException {
        UUID topic = Rows.topic(connection, "graphs-" + shortId());
        assertRejected(CHECK_VIOLATION, "roadmap_topic_prerequisites_not_self_ck", () -> Rows.execute(connection,
                "INSERT INTO roadmap_topic_prerequisites (topic_id, prerequisite_id) VALUES (?, ?)", topic, topic));
    }

    @Test
    void rejectsTurnOfMissingSession() {
        assertRejected(FOREIGN_KEY_VIOLATION, "interview_turns_session_fk",
                () -> Rows.turn(connection, UUID.randomUUID(), userId, 1));
    }

    @Test
    void rejectsTurnFiledUnderAnotherUsersSession() throws SQLException {
        UUID otherUser = Rows.user(connection, "other-" + UUID.randomUUID() + "@example.com");
        UUID othersSession = Rows.session(connection, otherUser);
        assertRejected(FOREIGN_KEY_VIOLATION, "interview_turns_session_fk",
                () -> Rows.turn(connection, othersSession, userId, 1));
    }

    @Test
    void rejectsDuplicateTurnSequenceInSession() throws SQLException {
        UUID session = Rows.session(connection, userId);
        Rows.turn(connection, session, userId, 1);
        assertRejected(UNIQUE_VIOLATION, "interview_turns_session_sequence_uq",
                () -> Rows.turn(connection, session, userId, 1));
    }

    @Test
    void rejectsDeletingAProblemSomeoneHasAttempted() throws SQLException {
        UUID problem = Rows.problem(connection, "two-sum-" + shortId());
        Rows.execute(connection, "INSERT INTO problem_attempts (user_id, problem_id, outcome, minutes_spent) "
                + "VALUES (?, ?, 'FAILED', 20)", userId, problem);
        assertRejected(FOREIGN_KEY_VIOLATION, "problem_attempts_problem_id_fkey",
                () -> Rows.execute(connection, "DELETE FROM problems WHERE id = ?", problem));
    }

    @Test
    void rejectsEmailThatDiffersOnlyInCase() throws SQLException {
        String local = "Ada.Lovelace." + shortId();
        Rows.user(connection, local + "@Example.com");
        assertRejected(UNIQUE_VIOLATION, "users_email_lower_uq",
                () -> Rows.user(connection, local.toUpperCase() + "@EXAMPLE.COM"));
    }

    @Test
    void rejectsEmbeddingOfWrongDimension() {
        assertRejected(DATA_EXCEPTION, null, () -> Rows.memory(connection, userId, null, null, "too short",
                Rows.unitVector(Rows.DIMENSIONS - 1)));
    }

    @Test
    void rejectsUnknownMemoryMessageType() {
        assertRejected(CHECK_VIOLATION, "memories_message_type_ck", () -> Rows.execute(connection,
                "INSERT INTO memories (user_id, content, embedding, message_type) VALUES (?, 'x', ?::vector, 'CHAT')",
                userId, Rows.vector(Rows.unitVector(Rows.DIMENSIONS))));
    }

    @Test
    void rejectsImportanceAboveOne() {
        assertRejected(CHECK_VIOLATION, "memories_importance_ck", () -> Rows.execute(connection,
                "INSERT INTO memories (user_id, content, embedding, message_type, importance) "
                        + "VALUES (?, 'x', ?::vector, 'NOTE', 1.01)",
                userId, Rows.vector(Rows.unitVector(Rows.DIMENSIONS))));
    }

    @Test
    void derivesFullTextVectorFromContent() throws SQLException {
        Rows.memory(connection, userId, null, null, "Used two pointers to detect the cycle",
                Rows.unitVector(Rows.DIMENSIONS));
        assertThat(Rows.count(connection, "SELECT count(*) FROM memories WHERE user_id = ? "
                + "AND content_tsv @@ plainto_tsquery('english', 'pointer cycles')", userId)).isEqualTo(1);
    }

    @Test
    void rejectsANegativeLearningStep() {
        assertRejected(CHECK_VIOLATION, "review_items_step_ck", () -> Rows.execute(connection,
                "INSERT INTO review_items (user_id, item_type, item_key, step, due_at) "
                        + "VALUES (?, 'PROBLEM', 'two-sum', -1, now())", userId));
    }

    @Test
    void rejectsAPauseOutsideThePausedStatus() throws SQLException {
        UUID session = Rows.session(connection, userId);
        assertRejected(CHECK_VIOLATION, "interview_sessions_paused_ck", () -> Rows.execute(connection,
                "UPDATE interview_sessions SET paused_at = now() WHERE id = ?", session));
    }

    @Test
    void rejectsAnAttemptOfUnknownOutcome() {
        assertRejected(CHECK_VIOLATION, "practice_attempts_outcome_ck", () -> Rows.execute(connection,
                "INSERT INTO practice_attempts (id, user_id, slug, outcome, attempted_at, zone_id) "
                        + "VALUES (gen_random_uuid(), ?, 'two-sum', 'GAVE_UP', now(), 'UTC')", userId));
    }

    @Test
    void rejectsEvidenceScoredAboveOneHundred() {
        assertRejected(CHECK_VIOLATION, "weakness_evidence_score_ck", () -> Rows.execute(connection,
                "INSERT INTO weakness_evidence (user_id, topic, mode, source, reference, score, observed_at) "
                        + "VALUES (?, 'graphs', 'CODING', 'ANSWER', 'turn 3', 101, now())", userId));
    }

    @Test
    void stampsUpdatedAtUnlessTheStatementSetsIt() throws SQLException {
        Rows.execute(connection, "UPDATE users SET updated_at = '2020-01-01T00:00:00Z' WHERE id = ?", userId);
        assertThat(Rows.count(connection, "SELECT count(*) FROM users WHERE id = ? "
                + "AND updated_at = '2020-01-01T00:00:00Z'", userId)).as("an explicit value is kept").isEqualTo(1);

        Rows.execute(connection, "UPDATE users SET full_name = 'Renamed', version = version + 1 WHERE id = ?", userId);
        assertThat(Rows.count(connection, "SELECT count(*) FROM users WHERE id = ? "
                + "AND updated_at > now() - interval '1 minute' AND version = 1", userId))
                .as("an update that leaves updated_at alone stamps it").isEqualTo(1);
    }

    private void insertWeakness(double severity, double confidence) throws SQLException {
        Rows.execute(connection, "INSERT INTO weakness_analysis (user_id, topic, competency, severity, confidence) "
                + "VALUES (?, 'dynamic-programming', 'problem_solving', ?, ?)", userId, severity, confidence);
    }

    private void insertProgress(String scope, double percent) throws SQLException {
        Rows.execute(connection, "INSERT INTO user_progress (user_id, scope, progress_percent) VALUES (?, ?, ?)",
                userId, scope, percent);
    }

    private static String shortId() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** Asserts the statement fails with {@code sqlState} and, when given, names {@code constraint}. */
    private static void assertRejected(String sqlState, String constraint, ThrowingCallable statement) {
        assertThatThrownBy(statement).isInstanceOfSatisfying(PSQLException.class, e -> {
            assertThat(e.getSQLState()).as("SQLState of: %s", e.getMessage()).isEqualTo(sqlState);
            if (constraint != null) {
                assertThat(e.getServerErrorMessage()).isNotNull();
                assertThat(e.getServerErrorMessage().getConstraint()).as("constraint").isEqualTo(constraint);
            }
        });
    }
}
