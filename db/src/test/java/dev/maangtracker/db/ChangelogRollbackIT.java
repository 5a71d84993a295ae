package dev.maangtracker.db;

import dev.maangtracker.testsupport.SchemaChangelog;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The changelog applies to an empty database, every change set rolls back, and it applies again. */
class ChangelogRollbackIT {

    static final Set<String> APP_TABLES = Set.of(
            "users", "interview_sessions", "interview_turns", "code_submissions", "code_submission_results",
            "memories", "roadmap_topics", "roadmap_topic_prerequisites", "problems", "topic_problems",
            "user_problem_status", "problem_attempts", "review_items", "user_progress", "weakness_analysis",
            "activity_log", "resumes", "resume_analyses", "practice_attempts", "practice_notes", "weakness_evidence");
    static final Set<String> LIQUIBASE_TABLES = Set.of("databasechangelog", "databasechangeloglock");
    static final Set<String> APP_FUNCTIONS = Set.of("set_updated_at", "reject_update");

    private static ScratchDatabase database;

    @BeforeAll
    static void createEmptyDatabase() {
        database = ScratchDatabase.empty("db_rollback");
    }

    @AfterAll
    static void dropDatabase() {
        if (database != null) {
            database.close();
        }
    }

    @Test
    void appliesRollsBackEveryChangeSetAndAppliesAgain() throws SQLException {
        SchemaChangelog.update(database.endpoint());
        assertThat(tables()).containsExactlyInAnyOrderElementsOf(union(APP_TABLES, LIQUIBASE_TABLES));
        assertThat(functions()).containsExactlyInAnyOrderElementsOf(APP_FUNCTIONS);
        int applied = appliedChangeSets();
        assertThat(applied).isGreaterThanOrEqualTo(APP_TABLES.size());

        SchemaChangelog.update(database.endpoint());
        assertThat(appliedChangeSets()).as("a second update finds nothing pending").isEqualTo(applied);

        SchemaChangelog.rollbackCount(database.endpoint(), applied);
        assertThat(tables()).as("only Liquibase's own tables remain").containsExactlyInAnyOrderElementsOf(LIQUIBASE_TABLES);
        assertThat(functions()).isEmpty();
        assertThat(appliedChangeSets()).isZero();
        assertThat(extensions()).as("the rollback keeps the vector extension").contains("vector");

        SchemaChangelog.update(database.endpoint());
        assertThat(tables()).containsExactlyInAnyOrderElementsOf(union(APP_TABLES, LIQUIBASE_TABLES));
        assertThat(functions()).containsExactlyInAnyOrderElementsOf(APP_FUNCTIONS);
        assertThat(appliedChangeSets()).isEqualTo(applied);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }

    private Set<String> tables() throws SQLException {
        return names("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'");
    }

    private Set<String> functions() throws SQLException {
        return names("SELECT p.proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
                + "LEFT JOIN pg_depend d ON d.objid = p.oid AND d.deptype = 'e' "
                + "WHERE n.nspname = 'public' AND d.objid IS NULL");
    }

    private Set<String> extensions() throws SQLException {
        return names("SELECT extname FROM pg_extension");
    }

    private int appliedChangeSets() throws SQLException {
        try (Connection c = database.connect()) {
            return (int) Rows.count(c, "SELECT count(*) FROM databasechangelog");
        }
    }

    private Set<String> names(String sql) throws SQLException {
        Set<String> names = new TreeSet<>();
        try (Connection c = database.connect(); Statement statement = c.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }
}
