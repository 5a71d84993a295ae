package dev.maangtracker.boot.rag;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maangtracker.boot.MaangAutoConfigurations;
import dev.maangtracker.boot.startup.ComponentChoice;
import dev.maangtracker.boot.startup.ComponentReport;
import dev.maangtracker.rag.MessageType;
import dev.maangtracker.rag.RetrievedMemory;
import dev.maangtracker.rag.retrieve.MemoryRetriever;
import dev.maangtracker.rag.store.MemoryStore;
import dev.maangtracker.rag.write.MemoryWriter;
import dev.maangtracker.rag.write.NewMemory;
import dev.maangtracker.testsupport.PostgresEndpoint;
import dev.maangtracker.testsupport.RealServices;
import dev.maangtracker.testsupport.SchemaChangelog;
import io.r2dbc.spi.ConnectionFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * Full-mode RAG wiring against the real PostgreSQL + pgvector: with a connection factory in the
 * context the memory store is pgvector, and a memory written through the auto-configured writer (local
 * MiniLM embeddings) comes back through the auto-configured retriever.
 */
class MaangRagAutoConfigurationIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private static PostgresEndpoint server;
    private static PostgresEndpoint database;

    @BeforeAll
    static void migrate() {
        server = RealServices.postgres();
        database = server.createDatabase("rag_wiring");
        SchemaChangelog.update(database);
    }

    @AfterAll
    static void drop() {
        if (database != null) {
            server.dropDatabase(database);
        }
    }

    @Test
    void writesAndRetrievesAMemoryThroughPgVector() {
        MaangAutoConfigurations.shipped().withPropertyValues("maang.judge.enabled=false")
                .withBean(ConnectionFactory.class, () -> PgVectorMemoryStoreIT.connect(database))
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context.getBean(MemoryStore.class)).isInstanceOf(PgVectorMemoryStore.class);
                    assertThat(context.getBean(ComponentReport.class).choices()).contains(new ComponentChoice(
                            "memory store", "PostgreSQL + pgvector (R2DBC)", "R2DBC ConnectionFactory bean"));

                    DatabaseClient db = DatabaseClient.create(context.getBean(ConnectionFactory.class));
                    UUID alice = UUID.randomUUID();
                    PgVectorMemoryStoreIT.createUser(db, alice);
                    context.getBean(MemoryWriter.class).rememberAll(List.of(
                            new NewMemory(alice, null, null, "I led the migration of our billing service from a "
                                    + "monolith to Kafka-based microservices", "system design", MessageType.ANSWER,
                                    Instant.now()),
                            new NewMemory(alice, null, null, "My favourite sorting algorithm is merge sort because it "
                                    + "is stable", "algorithms", MessageType.ANSWER, Instant.now()))).block(TIMEOUT);

                    Long rows = db.sql("SELECT count(*) AS n FROM memories WHERE user_id = :user").bind("user", alice)
                            .map(row -> row.get("n", Long.class)).one().block(TIMEOUT);
                    assertThat(rows).isEqualTo(2L);

                    List<RetrievedMemory> found = context.getBean(MemoryRetriever.class)
                            .retrieve(alice, "event streaming microservices migration").block(TIMEOUT);
                    assertThat(found).isNotEmpty();
                    assertThat(found.get(0).memory().content()).contains("Kafka-based microservices");
                    assertThat(context.getBean(MemoryRetriever.class).retrieve(UUID.randomUUID(),
                            "event streaming microservices migration").block(TIMEOUT)).isEmpty();
                });
    }
}
