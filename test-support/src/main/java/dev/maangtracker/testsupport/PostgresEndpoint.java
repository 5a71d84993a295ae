package dev.maangtracker.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * Where a real PostgreSQL (with pgvector available) listens, and how to reach it.
 *
 * @param host     host name or address, loopback by default
 * @param port     TCP port
 * @param database database name
 * @param user     role the tests log in as
 * @param password that role's password (ignored by trust auth)
 */
public record PostgresEndpoint(String host, int port, String database, String user, String password) {

    /** The JDBC URL of this database. */
    public String jdbcUrl() {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    /** The R2DBC URL of this database, as {@code spring.r2dbc.url} takes it. */
    public String r2dbcUrl() {
        return "r2dbc:postgresql://" + host + ":" + port + "/" + database;
    }

    /** Opens a JDBC connection; the caller closes it. */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), user, password);
    }

    /**
     * Creates a new, empty database (from {@code template1}, which the services script gave the
     * {@code vector} extension) so a test class owns its schema and cannot see another's rows.
     *
     * @param prefix a readable prefix for the database name, letters and underscores
     * @return the endpoint of the new database
     */
    public PostgresEndpoint createDatabase(String prefix) {
        String name = (prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12))
                .toLowerCase(Locale.ROOT);
        if (!name.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("database prefix must be letters, digits and underscores: " + prefix);
        }
        execute("CREATE DATABASE " + name);
        return new PostgresEndpoint(host, port, name, user, password);
    }

    /** Drops a database made by {@link #createDatabase(String)}, closing its open connections. */
    public void dropDatabase(PostgresEndpoint created) {
        execute("DROP DATABASE IF EXISTS " + created.database() + " WITH (FORCE)");
    }

    private void execute(String sql) {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + jdbcUrl() + " refused: " + sql, e);
        }
    }
}
