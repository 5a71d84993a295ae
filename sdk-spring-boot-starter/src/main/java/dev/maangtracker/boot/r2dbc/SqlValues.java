package dev.maangtracker.boot.r2dbc;

import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;

/**
 * Binding and reading helpers shared by the R2DBC repositories: instants travel as UTC
 * {@code timestamptz} (PostgreSQL keeps microseconds), and {@code null} binds as a typed NULL.
 */
public final class SqlValues {

    private SqlValues() {
    }

    /** Binds a value, or a NULL of the given type when it is {@code null}. */
    public static <T> GenericExecuteSpec bindNullable(GenericExecuteSpec spec, String name, Object value,
                                                      Class<T> type) {
        return value == null ? spec.bindNull(name, type) : spec.bind(name, value);
    }

    /** Binds an instant as a UTC {@code timestamptz}, or NULL. */
    public static GenericExecuteSpec bindInstant(GenericExecuteSpec spec, String name, Instant value) {
        return value == null ? spec.bindNull(name, OffsetDateTime.class) : spec.bind(name, value.atOffset(ZoneOffset.UTC));
    }

    /** The {@code timestamptz} column as an instant, or {@code null}. */
    public static Instant instant(Readable row, String column) {
        OffsetDateTime value = row.get(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
