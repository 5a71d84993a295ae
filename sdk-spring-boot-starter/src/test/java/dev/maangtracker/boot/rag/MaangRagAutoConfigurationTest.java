package dev.maangtracker.boot.rag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.maangtracker.boot.MaangAutoConfigurations;
import dev.maangtracker.boot.startup.ComponentChoice;
import dev.maangtracker.boot.startup.ComponentReport;
import dev.maangtracker.core.candidate.CandidateContext;
import dev.maangtracker.core.candidate.MemorySnippet;
import dev.maangtracker.core.error.InvalidInputException;
import dev.maangtracker.rag.MessageType;
import dev.maangtracker.rag.cache.InProcessRetrievalCache;
import dev.maangtracker.rag.cache.RetrievalCache;
import dev.maangtracker.rag.forget.MemoryForgetter;
import dev.maangtracker.rag.retrieve.Fusion;
import dev.maangtracker.rag.retrieve.MemoryRetriever;
import dev.maangtracker.rag.retrieve.RetrievalOptions;
import dev.maangtracker.rag.store.InMemoryMemoryStore;
import dev.maangtracker.rag.store.MemoryStore;
import dev.maangtracker.rag.write.MemoryWriter;
import dev.maangtracker.rag.write.NewMemory;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class MaangRagAutoConfigurationTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final ApplicationContextRunner runner = MaangAutoConfigurations.light();

    @Test
    void embeddedDefaultKeepsMemoriesInMemoryAndCachesInProcess() {
        runner.run(context -> {
            assertThat(context.getBean(MemoryStore.class)).isInstanceOf(InMemoryMemoryStore.class);
            assertThat(context.getBean(RetrievalCache.class)).isInstanceOf(InProcessRetrievalCache.class);
            assertThat(context).hasSingleBean(MemoryWriter.class).hasSingleBean(MemoryRetriever.class)
                    .hasSingleBean(MemoryForgetter.class);
            assertThat(context.getBean(MemoryRetriever.class).defaults()).isEqualTo(RetrievalOptions.defaults());
        });
    }

    @Test
    void connectionFactoryBeanPutsMemoriesInPgVector() {
        // Creating the factory opens no connection: the store is chosen without a database.
        runner.withBean(ConnectionFactory.class,
                () -> ConnectionFactories.get("r2dbc:postgresql://user:secret@127.0.0.1:1/none")).run(context -> {
                    assertThat(context.getBean(MemoryStore.class)).isInstanceOf(PgVectorMemoryStore.class);
                    assertThat(context.getBean(ComponentReport.class).choices()).contains(new ComponentChoice(
                            "memory store", "PostgreSQL + pgvector (R2DBC)", "R2DBC ConnectionFactory bean"));
                });
    }

    @Test
    void userStoreAndCacheWin() {
        InMemoryMemoryStore store = new InMemoryMemoryStore(384);
        InProcessRetrievalCache cache = new InProcessRetrievalCache();
        runner.withBean("myStore", MemoryStore.class, () -> store)
                .withBean("myCache", RetrievalCache.class, () -> cache)
                .withBean(ConnectionFactory.class,
                        () -> ConnectionFactories.get("r2dbc:postgresql://user:secret@127.0.0.1:1/none"))
                .run(context -> {
                    assertThat(context).getBean(MemoryStore.class).isSameAs(store);
                    assertThat(context).getBean(RetrievalCache.class).isSameAs(cache);
                });
    }

    @Test
    void retrievalPropertiesBecomeTheRetrieverDefaults() {
        runner.withPropertyValues("maang.rag.retrieval.k=7", "maang.rag.retrieval.threshold=0.2",
                "maang.rag.retrieval.fusion=reciprocal-rank", "maang.rag.retrieval.recency-half-life=7d",
                "maang.rag.retrieval.named-dense-weight=0.6", "maang.rag.retrieval.period-weight=0",
                "maang.rag.retrieval.when-weight=0.1", "maang.rag.cache.ttl=1m").run(context -> {
                    RetrievalOptions defaults = context.getBean(MemoryRetriever.class).defaults();
                    assertThat(defaults.k()).isEqualTo(7);
                    assertThat(defaults.threshold()).isEqualTo(0.2);
                    assertThat(defaults.fusion()).isEqualTo(Fusion.RECIPROCAL_RANK);
                    assertThat(defaults.recencyHalfLife()).isEqualTo(Duration.ofDays(7));
                    assertThat(defaults.namedDenseWeight()).isEqualTo(0.6);
                    assertThat(defaults.periodWeight()).isZero();
                    assertThat(defaults.whenWeight()).isEqualTo(0.1);
                    assertThat(context.getBean(RagProperties.class).getCache().getTtl()).isEqualTo(Duration.ofMinutes(1));
                });
    }

    @Test
    void interviewsReadTheCandidatesOwnPastAnswersFromTheMemory() {
        runner.run(context -> {
            UUID alice = UUID.randomUUID();
            UUID bob = UUID.randomUUID();
            MemoryWriter writer = context.getBean(MemoryWriter.class);
            writer.remember(new NewMemory(alice, null, null, "I sharded the payments database by merchant id",
                    "databases", MessageType.ANSWER, Instant.now())).block(TIMEOUT);
            writer.remember(new NewMemory(bob, null, null, "I sharded the orders database by customer id",
                    "databases", MessageType.ANSWER, Instant.now())).block(TIMEOUT);
            CandidateContext candidates = context.getBean(CandidateContext.class);

            List<MemorySnippet> found = candidates.relevantMemories(alice, "database sharding", 5).collectList()
                    .block(TIMEOUT);
            assertThat(found).extracting(MemorySnippet::content)
                    .containsExactly("I sharded the payments database by merchant id");
            assertThat(candidates.relevantMemories(alice, " ", 5).collectList().block(TIMEOUT)).isEmpty();
            assertThatThrownBy(() -> candidates.relevantMemories(alice, "database", 0).blockLast(TIMEOUT))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("limit");
        });
    }
}
