package dev.maangtracker.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maangtracker.boot.startup.ComponentChoice;
import dev.maangtracker.boot.startup.ComponentReport;
import dev.maangtracker.core.interview.InMemoryInterviewRepository;
import dev.maangtracker.core.interview.InterviewEngine;
import dev.maangtracker.core.interview.InterviewRepository;
import dev.maangtracker.rag.cache.InProcessRetrievalCache;
import dev.maangtracker.rag.cache.RetrievalCache;
import dev.maangtracker.rag.retrieve.MemoryRetriever;
import dev.maangtracker.rag.store.InMemoryMemoryStore;
import dev.maangtracker.rag.store.MemoryStore;
import dev.maangtracker.rag.write.MemoryWriter;
import dev.maangtracker.tracker.planner.PracticePlanner;
import dev.maangtracker.tracker.progress.ProgressTracker;
import dev.maangtracker.tracker.weakness.WeaknessTracker;
import io.r2dbc.spi.ConnectionFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.ApplicationContext;
import org.springframework.data.redis.connection.ReactiveRedisConnectionFactory;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The app starts with nothing installed: no database, no Redis, no API key. */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class EmbeddedModeTest {

    @Autowired
    private WebTestClient client;

    @Autowired
    private ApplicationContext context;

    @Test
    void healthIsUpWithoutAnyService() {
        client.get().uri("/actuator/health").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
    }

    @Test
    void wiresNoDatabaseOrRedisConnection() {
        assertThat(context.getBeanNamesForType(ConnectionFactory.class)).isEmpty();
        assertThat(context.getBeanNamesForType(ReactiveRedisConnectionFactory.class)).isEmpty();
    }

    @Test
    void wiresTheEngineMemoryAndTrackerOnEmbeddedImplementations() {
        assertThat(context.getBeanNamesForType(InterviewEngine.class)).hasSize(1);
        assertThat(context.getBean(InterviewRepository.class)).isInstanceOf(InMemoryInterviewRepository.class);
        assertThat(context.getBean(MemoryStore.class)).isInstanceOf(InMemoryMemoryStore.class);
        assertThat(context.getBean(RetrievalCache.class)).isInstanceOf(InProcessRetrievalCache.class);
        assertThat(context.getBeanNamesForType(MemoryWriter.class)).hasSize(1);
        assertThat(context.getBeanNamesForType(MemoryRetriever.class)).hasSize(1);
        assertThat(context.getBeanNamesForType(ProgressTracker.class)).hasSize(1);
        assertThat(context.getBeanNamesForType(WeaknessTracker.class)).hasSize(1);
        assertThat(context.getBeanNamesForType(PracticePlanner.class)).hasSize(1);
    }

    @Test
    void logsTheComponentTableOnceAtStartUp(CapturedOutput output) {
        ComponentReport report = context.getBean(ComponentReport.class);
        assertThat(report.choices()).extracting(ComponentChoice::component)
                .contains("embeddings", "interviewer", "interview storage", "memory store", "retrieval cache",
                        "code judge", "progress storage", "user storage");
        assertThat(report.choices()).contains(
                new ComponentChoice("interviewer", "rubric interviewer (offline)", "no LanguageModel bean"),
                new ComponentChoice("embeddings", "local all-MiniLM-L6-v2 (ONNX)", "no Spring AI EmbeddingModel bean"));
        // The capture starts before the class's context does (no other test class shares this context).
        assertThat(output.getAll()).containsOnlyOnce("Maang Tracker components:\n" + report.table());
    }
}
