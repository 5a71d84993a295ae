package dev.maangtracker.boot.rag;

import dev.maangtracker.rag.store.MemoryStore;
import dev.maangtracker.rag.store.MemoryStoreContract;
import dev.maangtracker.testsupport.PostgresEndpoint;
import dev.maangtracker.testsupport.RealServices;
import dev.maangtracker.testsupport.SchemaChangelog;
import io.r2dbc.postgresql.PostgresqlConnectionConfiguration;
import io.r2dbc.postgresql.PostgresqlConnectionFactory;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.r2dbc.core.DatabaseClient;

/** The memory store contract against the real PostgreSQL + pgvector, on the Liquibase schema. */
class PgVectorMemoryStoreIT extends MemoryStoreContract {

    private static PostgresEndpoint server;
    private static PostgresEndpoint database;
    private static DatabaseClient db;

    @BeforeAll
    static void migrate() {
        server = RealServices.postgres();
        database = server.createDatabase("rag_store");
        SchemaChangelog.update(database);
        db = DatabaseClient.create(connect(database));
    }

    @AfterAll
    static void drop() {
        if (database != null) {
            server.dropDatabase(database);
        }
    }

    static PostgresqlConnectionFactory connect(PostgresEndpoint endpoint) {
        return new PostgresqlConnectionFactory(PostgresqlConnectionConfiguration.builder()
                .host(endpoint.host()).port(endpoint.port()).database(endpoint.database())
                .username(endpoint.user()).password(endpoint.password()).build());
    }

    static void createUser(DatabaseClient db, UUID id) {
        db.sql("INSERT INTO users (id, email, password_hash) VALUES (:id, :email, 'x')")
                .bind("id", id).bind("email", id + "@example.test").fetch().rowsUpdated().block(TIMEOUT);
    }

    @Override
    protected UUID newSession(UUID user) {
        UUID id = UUID.randomUUID();
        db.sql("INSERT INTO interview_sessions (id, user_id, mode, difficulty, status) VALUES (:id, :user, 'BEHAVIORAL', "
                + "'MEDIUM', 'CREATED')").bind("id", id).bind("user", user).fetch().rowsUpdated().block(TIMEOUT);
        return id;
    }

    @Override
    protected MemoryStore newStore() {
        createUser(db, alice);
        createUser(db, bob);
        return new PgVectorMemoryStore(db, DIMENSIONS);
    }
}
