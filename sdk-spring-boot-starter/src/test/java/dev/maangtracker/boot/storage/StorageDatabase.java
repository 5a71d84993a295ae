package dev.maangtracker.boot.storage;

import dev.maangtracker.boot.user.R2dbcUserAccountRepository;
import dev.maangtracker.core.user.Role;
import dev.maangtracker.core.user.UserAccount;
import dev.maangtracker.testsupport.PostgresEndpoint;
import dev.maangtracker.testsupport.RealServices;
import dev.maangtracker.testsupport.SchemaChangelog;
import io.r2dbc.postgresql.PostgresqlConnectionConfiguration;
import io.r2dbc.postgresql.PostgresqlConnectionFactory;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;
import org.springframework.r2dbc.connection.R2dbcTransactionManager;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;

/**
 * One scratch database with the Liquibase schema, shared by the storage ITs of this JVM (every
 * contract test uses random users, so they cannot see each other's rows) and dropped at exit.
 */
public final class StorageDatabase {

    /** How long an IT waits for one database call. */
    public static final Duration TIMEOUT = Duration.ofSeconds(20);

    private static StorageDatabase shared;

    private final PostgresEndpoint endpoint;
    private final DatabaseClient db;
    private final TransactionalOperator tx;

    private StorageDatabase(PostgresEndpoint endpoint) {
        this.endpoint = endpoint;
        this.db = DatabaseClient.create(connect(endpoint));
        this.tx = TransactionalOperator.create(new R2dbcTransactionManager(db.getConnectionFactory()));
    }

    /** The shared database, created and migrated on first use. */
    public static synchronized StorageDatabase shared() {
        if (shared == null) {
            PostgresEndpoint server = RealServices.postgres();
            PostgresEndpoint database = server.createDatabase("storage");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> server.dropDatabase(database)));
            SchemaChangelog.update(database);
            shared = new StorageDatabase(database);
        }
        return shared;
    }

    /** An R2DBC connection factory for the endpoint (no pool: each call opens its connection). */
    public static PostgresqlConnectionFactory connect(PostgresEndpoint endpoint) {
        return new PostgresqlConnectionFactory(PostgresqlConnectionConfiguration.builder()
                .host(endpoint.host()).port(endpoint.port()).database(endpoint.database())
                .username(endpoint.user()).password(endpoint.password()).build());
    }

    /** Where the shared database is, for tests that configure Spring Boot with it. */
    public PostgresEndpoint endpoint() {
        return endpoint;
    }

    /** The client of the shared database. */
    public DatabaseClient client() {
        return db;
    }

    /** Transactions on the shared database. */
    public TransactionalOperator transactions() {
        return tx;
    }

    /** Stores a user with this id through the R2DBC user repository: user-owned rows reference it. */
    public void createUser(UUID id) {
        Instant now = Instant.now().atOffset(ZoneOffset.UTC).withNano(0).toInstant();
        new R2dbcUserAccountRepository(db).create(new UserAccount(id, id + "@example.test", "$2a$10$hash", null,
                null, Set.of(Role.USER), now, now, 0)).block(TIMEOUT);
    }
}
