package dev.maangtracker.rag.write;

import static dev.maangtracker.rag.RagFixture.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.maangtracker.core.error.InvalidInputException;
import dev.maangtracker.rag.Memory;
import dev.maangtracker.rag.MessageType;
import dev.maangtracker.rag.RagFixture;
import dev.maangtracker.rag.RetrievedMemory;
import dev.maangtracker.rag.cache.RetrievalCache;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

class MemoryWriterTest {

    private final RagFixture rag = new RagFixture();
    private final UUID alice = UUID.randomUUID();
    private final UUID bob = UUID.randomUUID();

    private static NewMemory said(UUID user, String text) {
        return new NewMemory(user, UUID.randomUUID(), null, text, "graphs", MessageType.ANSWER,
                Instant.parse("2026-10-01T09:00:00Z"));
    }

    @Test
    void tagsWhatItRemembers() {
        NewMemory input = said(alice, "I solved course scheduling with Kahn's topological sort and cycle detection.");
        Memory memory = rag.writer.remember(input).block(TIMEOUT).get(0);
        assertThat(memory.userId()).isEqualTo(alice);
        assertThat(memory.sessionId()).isEqualTo(input.sessionId());
        assertThat(memory.topic()).isEqualTo("graphs");
        assertThat(memory.messageType()).isEqualTo(MessageType.ANSWER);
        assertThat(memory.createdAt()).isEqualTo(input.createdAt());
        assertThat(memory.keywords()).contains("solved", "course");
        assertThat(memory.importance()).isEqualTo(MemoryWriter.INITIAL_IMPORTANCE);
        assertThat(rag.store.count(alice).block(TIMEOUT)).isEqualTo(1);
    }

    @Test
    void longTextBecomesChunksTheModelReadsWhole() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            text.append("In step ").append(i).append(" I explained how the sliding window moves its left edge. ");
        }
        List<Memory> memories = rag.writer.remember(said(alice, text.toString())).block(TIMEOUT);
        assertThat(memories).hasSizeGreaterThan(4);
        assertThat(memories).allSatisfy(m -> assertThat(m.content().split("\\s+").length).isLessThanOrEqualTo(Chunker.MAX_WORDS));
        assertThat(rag.embedCalls.get()).as("one batched embedding call for all chunks").isEqualTo(1);
    }

    @Test
    void aSingleHugeSentenceIsCutIntoOverlappingWindows() {
        String sentence = String.join(" ", java.util.Collections.nCopies(200, "word")) + ".";
        List<String> chunks = Chunker.chunks(sentence);
        assertThat(chunks).hasSize(3);
        assertThat(chunks).allSatisfy(c -> assertThat(c.split(" ").length).isLessThanOrEqualTo(Chunker.MAX_WORDS));
    }

    @Test
    void aNearDuplicateOfTheSameUserIsMergedNotStoredTwice() {
        Memory first = rag.writer.remember(said(alice, "I cached the product catalogue in Redis to cut latency."))
                .block(TIMEOUT).get(0);
        Memory again = rag.writer.remember(said(alice, "I cached the product catalogue in Redis to cut latency!"))
                .block(TIMEOUT).get(0);
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(again.importance()).isGreaterThan(first.importance());
        assertThat(rag.store.count(alice).block(TIMEOUT)).isEqualTo(1);
    }

    @Test
    void anotherUsersIdenticalTextIsTheirOwnMemory() {
        rag.writer.remember(said(alice, "I cached the product catalogue in Redis.")).block(TIMEOUT);
        rag.writer.remember(said(bob, "I cached the product catalogue in Redis.")).block(TIMEOUT);
        assertThat(rag.store.count(alice).block(TIMEOUT)).isEqualTo(1);
        assertThat(rag.store.count(bob).block(TIMEOUT)).isEqualTo(1);
    }

    @Test
    void aBatchIsEmbeddedInOneCallAndMergesRepeatsWithinIt() {
        List<NewMemory> batch = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            batch.add(said(alice, "Answer " + i + ": I used a min-heap of size " + (i + 3) + " to keep the top elements."));
        }
        batch.add(said(alice, "Answer 0: I used a min-heap of size 3 to keep the top elements."));
        List<Memory> stored = rag.writer.rememberAll(batch).block(TIMEOUT);
        assertThat(stored).hasSize(11);
        assertThat(stored.get(10).id()).isEqualTo(stored.get(0).id());
        assertThat(rag.embedCalls.get()).isEqualTo(1);
    }

    @Test
    void writingInvalidatesTheUsersCachedRetrievals() {
        rag.writer.remember(said(alice, "I led the migration of the billing service.")).block(TIMEOUT);
        assertThat(rag.retriever.retrieve(alice, "billing migration").block(TIMEOUT)).hasSize(1);
        rag.writer.remember(said(alice, "The billing migration finished two weeks early.")).block(TIMEOUT);
        assertThat(rag.retriever.retrieve(alice, "billing migration").block(TIMEOUT)).hasSize(2);
    }

    @Test
    void badInputIsRejectedAndNothingIsWritten() {
        assertThatThrownBy(() -> said(alice, "  ")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> said(alice, "x".repeat(NewMemory.MAX_INPUT_CHARS + 1)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining(String.valueOf(NewMemory.MAX_INPUT_CHARS));
        List<NewMemory> tooMany = java.util.Collections.nCopies(MemoryWriter.MAX_BATCH + 1, said(alice, "x y z"));
        assertThatThrownBy(() -> rag.writer.rememberAll(tooMany).block(TIMEOUT)).isInstanceOf(InvalidInputException.class);
        assertThat(rag.store.count(alice).block(TIMEOUT)).isZero();
    }

    @Test
    void aFailingCacheDoesNotFailAWriteThatIsStored() {
        RetrievalCache down = new RetrievalCache() {
            @Override
            public Mono<List<RetrievedMemory>> get(UUID userId, String requestKey) {
                return Mono.error(new IllegalStateException("cache down"));
            }

            @Override
            public Mono<Void> put(UUID userId, String requestKey, List<RetrievedMemory> results) {
                return Mono.error(new IllegalStateException("cache down"));
            }

            @Override
            public Mono<Void> invalidate(UUID userId) {
                return Mono.error(new IllegalStateException("cache down"));
            }

            @Override
            public Mono<Void> removeUser(UUID userId) {
                return Mono.error(new IllegalStateException("cache down"));
            }
        };
        MemoryWriter writer = new MemoryWriter(rag.store, rag.embedder, down);
        List<Memory> stored = writer.remember(said(alice, "I sharded the orders table by customer id.")).block(TIMEOUT);
        assertThat(stored).hasSize(1);
        assertThat(rag.store.count(alice).block(TIMEOUT)).isEqualTo(1);
    }
}
