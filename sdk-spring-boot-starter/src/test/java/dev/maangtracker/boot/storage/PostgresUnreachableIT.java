package dev.maangtracker.boot.storage;

import static dev.maangtracker.boot.storage.StorageDatabase.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.maangtracker.boot.interview.R2dbcInterviewRepository;
import dev.maangtracker.boot.r2dbc.JsonColumns;
import dev.maangtracker.boot.rag.PgVectorMemoryStore;
import dev.maangtracker.boot.user.R2dbcUserAccountRepository;
import dev.maangtracker.core.error.UnavailableException;
import dev.maangtracker.core.interview.InterviewRepository;
import dev.maangtracker.core.interview.InterviewSession;
import dev.maangtracker.core.question.Difficulty;
import dev.maangtracker.core.question.InterviewMode;
import dev.maangtracker.core.user.UserAccount;
import dev.maangtracker.testsupport.PostgresEndpoint;
import dev.maangtracker.testsupport.RealServices;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.r2dbc.connection.R2dbcTransactionManager;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.test.StepVerifier;

/**
 * A PostgreSQL that cannot be reached gives callers a clear {@link UnavailableException} naming it
 * (retriable), not a driver exception. That a failure mid-commit writes nothing is
 * {@code R2dbcInterviewRepositoryIT#aFailedTurnInsertLeavesTheSessionRowUnchanged}.
 */
class PostgresUnreachableIT {

    private static final Instant T0 = Instant.parse("2026-11-24T09:00:00Z");

    @Test
    void everyCallFailsAsUnavailable() throws IOException {
        PostgresEndpoint real = RealServices.postgres();
        DatabaseClient closed = DatabaseClient.create(StorageDatabase.connect(new PostgresEndpoint(real.host(),
                closedPort(), real.database(), real.user(), real.password())));
        TransactionalOperator tx = TransactionalOperator.create(new R2dbcTransactionManager(closed.getConnectionFactory()));
        InterviewRepository interviews = new R2dbcInterviewRepository(closed, tx, new JsonColumns());
        UUID user = UUID.randomUUID();
        InterviewSession session = InterviewSession.create(UUID.randomUUID(), user, InterviewMode.CODING,
                Difficulty.EASY, null, null, Duration.ofMinutes(20), T0);

        StepVerifier.create(interviews.create(session))
                .expectErrorSatisfies(e -> assertThat(e).isInstanceOf(UnavailableException.class)
                        .hasMessageContaining("PostgreSQL"))
                .verify(TIMEOUT);
        StepVerifier.create(interviews.commit(session.toBuilder().version(1).build(), List.of()))
                .expectError(UnavailableException.class).verify(TIMEOUT);
        StepVerifier.create(interviews.find(user, session.id())).expectError(UnavailableException.class).verify(TIMEOUT);
        StepVerifier.create(new R2dbcUserAccountRepository(closed).create(UserAccount.create(user + "@example.test",
                "$2a$10$hash", null, T0))).expectError(UnavailableException.class).verify(TIMEOUT);
        PgVectorMemoryStore memories = new PgVectorMemoryStore(closed, 3);
        StepVerifier.create(memories.denseSearch(user, new float[] {1, 0, 0}, 5))
                .expectErrorSatisfies(e -> assertThat(e).isInstanceOf(UnavailableException.class)
                        .hasMessageContaining("PostgreSQL"))
                .verify(TIMEOUT);
        StepVerifier.create(memories.lexicalSearch(user, "sharding", 5)).expectError(UnavailableException.class)
                .verify(TIMEOUT);
        StepVerifier.create(memories.count(user)).expectError(UnavailableException.class).verify(TIMEOUT);
    }

    /** A loopback port nothing listens on: bound, then released. */
    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
