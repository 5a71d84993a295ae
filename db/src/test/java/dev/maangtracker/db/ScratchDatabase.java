package dev.maangtracker.db;

import dev.maangtracker.testsupport.PostgresEndpoint;
import dev.maangtracker.testsupport.SchemaChangelog;
import dev.maangtracker.testsupport.RealServices;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * A database of its own for one test class, created empty on the real PostgreSQL and dropped on
 * {@link #close()}, so test classes never see each other's rows or schema changes.
 */
final class ScratchDatabase implements AutoCloseable {

    private final PostgresEndpoint server;
    private final PostgresEndpoint database;

    private ScratchDatabase(PostgresEndpoint server, PostgresEndpoint database) {
        this.server = server;
        this.database = database;
    }

    /** A new empty database (aborts the test when no PostgreSQL is reachable, see {@link RealServices}). */
    static ScratchDatabase empty(String prefix) {
        PostgresEndpoint server = RealServices.postgres();
        return new ScratchDatabase(server, server.createDatabase(prefix));
    }

    /** A new database with the whole changelog applied. */
    static ScratchDatabase migrated(String prefix) {
        ScratchDatabase scratch = empty(prefix);
        try {
            SchemaChangelog.update(scratch.endpoint());
        } catch (RuntimeException e) {
            scratch.close();
            throw e;
        }
        return scratch;
    }

    PostgresEndpoint endpoint() {
        return database;
    }

    Connection connect() throws SQLException {
        return database.connect();
    }

    @Override
    public void close() {
        server.dropDatabase(database);
    }
}
