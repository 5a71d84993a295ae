package dev.maangtracker.boot.r2dbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maangtracker.core.error.ConflictException;
import dev.maangtracker.core.error.InvalidInputException;
import dev.maangtracker.core.error.UnavailableException;
import java.net.ConnectException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;

class R2dbcErrorsTest {

    @Test
    void aCheckViolationNamesTheGuardedField() {
        Throwable mapped = R2dbcErrors.translate(new DataIntegrityViolationException(
                "new row for relation \"users\" violates check constraint \"users_email_format_ck\""), "users");
        assertThat(mapped).isInstanceOf(InvalidInputException.class).hasMessageContaining("email_format")
                .hasMessageContaining("users_email_format_ck");
    }

    @Test
    void aForeignKeyViolationNamesTheReferencingColumn() {
        Throwable mapped = R2dbcErrors.translate(new DataIntegrityViolationException("insert or update on table "
                + "\"review_items\" violates foreign key constraint \"review_items_user_id_fkey\""), "review_items");
        assertThat(mapped).isInstanceOf(InvalidInputException.class).hasMessageContaining("user_id");
    }

    @Test
    void anUnreachableDatabaseIsUnavailable() {
        Throwable mapped = R2dbcErrors.translate(new DataAccessResourceFailureException("Failed to obtain R2DBC "
                + "Connection", new ConnectException("Connection refused")), "users");
        assertThat(mapped).isInstanceOf(UnavailableException.class).hasMessageContaining("PostgreSQL");
    }

    @Test
    void typedErrorsPassThroughAndProgrammingErrorsAreNotDisguised() {
        ConflictException conflict = ConflictException.duplicate("user", "email");
        assertThat(R2dbcErrors.translate(conflict, "users")).isSameAs(conflict);
        IllegalStateException bug = new IllegalStateException("bad SQL");
        assertThat(R2dbcErrors.translate(bug, "users")).isSameAs(bug);
    }
}
