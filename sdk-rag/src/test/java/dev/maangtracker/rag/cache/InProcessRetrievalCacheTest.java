package dev.maangtracker.rag.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maangtracker.rag.Memory;
import dev.maangtracker.rag.MessageType;
import dev.maangtracker.rag.RetrievedMemory;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class InProcessRetrievalCacheTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final InProcessRetrievalCache cache = new InProcessRetrievalCache();
    private final UUID alice = UUID.randomUUID();
    private final UUID bob = UUID.randomUUID();

    private static List<RetrievedMemory> results(UUID user) {
        Memory memory = new Memory(UUID.randomUUID(), user, null, null, "union-find", new float[] {1, 0}, null,
                MessageType.NOTE, List.of(), 0, 0.5, Instant.EPOCH, null);
        return List.of(new RetrievedMemory(memory, 1, 1, 1, 1, "dense rank 1"));
    }

    @Test
    void invalidationHidesTheUsersEntries() {
        cache.put(alice, "q", results(alice)).block(TIMEOUT);
        assertThat(cache.get(alice, "q").block(TIMEOUT)).hasSize(1);
        cache.invalidate(alice).block(TIMEOUT);
        assertThat(cache.get(alice, "q").block(TIMEOUT)).isNull();
    }

    @Test
    void removingAUserDropsItsEntriesOfEveryVersionAndKeepsOtherUsers() {
        cache.put(alice, "old", results(alice)).block(TIMEOUT);
        cache.invalidate(alice).block(TIMEOUT);
        cache.put(alice, "new", results(alice)).block(TIMEOUT);
        cache.put(bob, "q", results(bob)).block(TIMEOUT);

        cache.removeUser(alice).block(TIMEOUT);

        assertThat(cache.size()).as("only bob's entry is held").isEqualTo(1);
        assertThat(cache.get(alice, "new").block(TIMEOUT)).isNull();
        assertThat(cache.get(alice, "old").block(TIMEOUT)).as("the version restarted, the old entry is gone too")
                .isNull();
        assertThat(cache.get(bob, "q").block(TIMEOUT)).hasSize(1);
    }
}
