package dev.maangtracker.boot.rag;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maangtracker.rag.Memory;
import dev.maangtracker.rag.store.MemoryStore;
import dev.maangtracker.rag.store.MemoryStoreContract;
import dev.maangtracker.testsupport.PostgresEndpoint;
import dev.maangtracker.testsupport.RealServices;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.ai.vectorstore.pgvector.PgVectorStore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The memory store contract through Spring AI's own {@link PgVectorStore} (JDBC, its fixed table
 * layout) on a scratch database. The JDBC {@code DataSource} exists only in this test.
 */
class VectorStoreMemoryStoreIT extends MemoryStoreContract {

    private static PostgresEndpoint server;
    private static PostgresEndpoint database;
    private static JdbcTemplate jdbc;
    private static PgVectorStore vectorStore;

    @BeforeAll
    static void createTable() {
        server = RealServices.postgres();
        database = server.createDatabase("rag_vs");
        jdbc = new JdbcTemplate(new DriverManagerDataSource(database.jdbcUrl(), database.user(), database.password()));
        jdbc.execute("CREATE EXTENSION IF NOT EXISTS vector");
        jdbc.execute("CREATE TABLE vector_store (id uuid PRIMARY KEY, content text, metadata json, "
                + "embedding vector(" + DIMENSIONS + "))");
        vectorStore = PgVectorStore.builder(jdbc, new PrecomputedEmbeddingModel(DIMENSIONS))
                .dimensions(DIMENSIONS)
                .distanceType(PgVectorStore.PgDistanceType.COSINE_DISTANCE)
                .initializeSchema(false)
                .build();
    }

    @AfterAll
    static void drop() {
        if (database != null) {
            server.dropDatabase(database);
        }
    }

    @Override
    protected MemoryStore newStore() {
        return new VectorStoreMemoryStore(vectorStore, DIMENSIONS);
    }

    @Test
    void keepsEveryFieldInTheDocumentsMetadata() {
        Memory memory = saved(alice, "Sliding window with a deque of indices.", 40);
        List<String> keys = jdbc.queryForList("SELECT json_object_keys(metadata) FROM vector_store WHERE id = ?::uuid",
                String.class, memory.id().toString());
        assertThat(keys).contains("user_id", "memory_id", "message_type", "importance", "created_at", "embedding");
        assertThat(store.find(alice, memory.id()).block(TIMEOUT)).isEqualTo(memory);
    }
}
