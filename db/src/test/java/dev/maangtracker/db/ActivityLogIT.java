package dev.maangtracker.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;

/** activity_log is append-only in the database, whatever the application does. */
class ActivityLogIT {

    static final String RESTRICT_VIOLATION = "23001";

    private static ScratchDatabase database;

    @BeforeAll
    static void migrate() {
        database = ScratchDatabase.migrated("db_activity");
    }

    @AfterAll
    static void dropDatabase() {
        if (database != null) {
            database.close();
        }
    }

    @Test
    void rejectsUpdateAndKeepsTheRowAsWritten() throws SQLException {
        try (Connection c = database.connect()) {
            UUID user = Rows.user(c, "logger@example.com");
            UUID entry = Rows.id(c, "INSERT INTO activity_log (user_id, activity_type, details) "
                    + "VALUES (?, 'LOGIN', '{\"ip\": \"203.0.113.7\"}') RETURNING id", user);

            assertThatThrownBy(() -> Rows.execute(c, "UPDATE activity_log SET activity_type = 'CODE_RUN' WHERE id = ?", entry))
                    .isInstanceOfSatisfying(PSQLException.class, e -> {
                        assertThat(e.getSQLState()).isEqualTo(RESTRICT_VIOLATION);
                        assertThat(e.getMessage()).contains("activity_log is append-only");
                    });
            assertThatThrownBy(() -> Rows.execute(c, "UPDATE activity_log SET details = '{}' WHERE user_id = ?", user))
                    .isInstanceOf(PSQLException.class);

            assertThat(Rows.count(c, "SELECT count(*) FROM activity_log WHERE id = ? AND activity_type = 'LOGIN' "
                    + "AND details ->> 'ip' = '203.0.113.7'", entry)).isEqualTo(1);
        }
    }

    @Test
    void rejectsUnknownActivityType() throws SQLException {
        try (Connection c = database.connect()) {
            UUID user = Rows.user(c, "typo@example.com");
            assertThatThrownBy(() -> Rows.execute(c,
                    "INSERT INTO activity_log (user_id, activity_type) VALUES (?, 'LOGGED_IN')", user))
                    .isInstanceOfSatisfying(PSQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("23514"));
        }
    }

    @Test
    void stillAllowsDeleteSoUserDeletionCascades() throws SQLException {
        try (Connection c = database.connect()) {
            UUID user = Rows.user(c, "leaver@example.com");
            Rows.execute(c, "INSERT INTO activity_log (user_id, activity_type) VALUES (?, 'INTERVIEW_STARTED')", user);
            Rows.execute(c, "DELETE FROM users WHERE id = ?", user);
            assertThat(Rows.count(c, "SELECT count(*) FROM activity_log WHERE user_id = ?", user)).isZero();
        }
    }
}
