package dev.maangtracker.rag.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.maangtracker.core.embedding.Vectors;
import dev.maangtracker.core.error.ConflictException;
import dev.maangtracker.core.error.InvalidInputException;
import dev.maangtracker.rag.Memory;
import dev.maangtracker.rag.MessageType;
import dev.maangtracker.rag.ScoredMemory;
import dev.maangtracker.rag.TestVectors;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

/**
 * The behaviour every {@link MemoryStore} shares. The in-memory store and the PostgreSQL store in
 * the starter both extend this class. Users are random, so a shared database is fine.
 */
public abstract class MemoryStoreContract {

    protected static final int DIMENSIONS = 384;
    protected static final Duration TIMEOUT = Duration.ofSeconds(20);
    protected static final Instant T0 = Instant.parse("2026-06-01T10:00:00Z");

    protected MemoryStore store;
    protected final UUID alice = UUID.randomUUID();
    protected final UUID bob = UUID.randomUUID();

    /** A store ready for use; called before each test. */
    protected abstract MemoryStore newStore();

    @BeforeEach
    void setUp() {
        store = newStore();
    }

    /** A session of the user that memories may point to; stores with foreign keys create it. */
    protected UUID newSession(UUID user) {
        return UUID.randomUUID();
    }

    protected static Memory memory(UUID user, String content, float[] vector, Instant createdAt) {
        return new Memory(UUID.randomUUID(), user, null, null, content, vector, "graphs", MessageType.ANSWER,
                List.of("graph"), 0, 0.5, createdAt, null);
    }

    protected Memory saved(UUID user, String content, long seed) {
        return store.save(memory(user, content, TestVectors.unit(DIMENSIONS, seed), T0)).block(TIMEOUT);
    }

    @Test
    void savesAndFindsTheOwnersMemory() {
        Memory memory = saved(alice, "I used Dijkstra with a binary heap.", 1);
        Memory found = store.find(alice, memory.id()).block(TIMEOUT);
        assertThat(found.content()).isEqualTo(memory.content());
        assertThat(found.embedding()).containsExactly(memory.embedding());
        assertThat(found.createdAt()).isEqualTo(memory.createdAt());
        StepVerifier.create(store.find(bob, memory.id())).expectComplete().verify(TIMEOUT);
    }

    @Test
    void rejectsADuplicateIdAndAWrongDimension() {
        Memory memory = saved(alice, "first", 2);
        StepVerifier.create(store.save(memory)).expectError(ConflictException.class).verify(TIMEOUT);
        StepVerifier.create(store.save(memory(alice, "short vector", new float[] {1, 0, 0}, T0)))
                .expectError(InvalidInputException.class).verify(TIMEOUT);
        assertThat(store.count(alice).block(TIMEOUT)).isEqualTo(1);
    }

    @Test
    void denseSearchReturnsTheOwnersNearestFirst() {
        float[] target = TestVectors.unit(DIMENSIONS, 3);
        List<Memory> mine = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            mine.add(store.save(memory(alice, "memory " + i, TestVectors.near(target, 0.02 * (i + 1), 100 + i), T0))
                    .block(TIMEOUT));
        }
        for (int i = 0; i < 30; i++) {
            // Another user's memories sit even closer to the query: they must never come back.
            store.save(memory(bob, "bob's memory " + i, TestVectors.near(target, 0.001, 200 + i), T0)).block(TIMEOUT);
        }
        List<ScoredMemory> found = store.denseSearch(alice, target, 5).collectList().block(TIMEOUT);
        List<Memory> expected = mine.stream()
                .sorted(Comparator.comparingDouble((Memory m) -> -Vectors.cosine(target, m.embedding()))).limit(5).toList();
        assertThat(found).extracting(s -> s.memory().id()).containsExactlyElementsOf(expected.stream().map(Memory::id).toList());
        assertThat(found).allSatisfy(s -> assertThat(s.memory().userId()).isEqualTo(alice));
        assertThat(found.get(0).score()).isCloseTo(Vectors.cosine(target, expected.get(0).embedding()),
                org.assertj.core.data.Offset.offset(1e-4));
    }

    @Test
    void lexicalSearchMatchesWordsAndStemsForTheOwnerOnly() {
        Memory caching = saved(alice, "I added a Redis cache in front of the catalogue service.", 4);
        saved(alice, "My manager and I disagreed about the release date.", 5);
        saved(bob, "Caching the catalogue in Redis was Bob's idea.", 6);
        List<ScoredMemory> found = store.lexicalSearch(alice, "caching the catalogue", 10).collectList().block(TIMEOUT);
        assertThat(found).extracting(s -> s.memory().id()).containsExactly(caching.id());
        assertThat(found.get(0).score()).isPositive();
        StepVerifier.create(store.lexicalSearch(alice, "the and of", 10)).expectComplete().verify(TIMEOUT);
    }

    @Test
    void recordsAccess() {
        Memory memory = saved(alice, "heap of size k", 7);
        Instant at = T0.plusSeconds(3600);
        store.recordAccess(alice, List.of(memory.id()), at).block(TIMEOUT);
        store.recordAccess(bob, List.of(memory.id()), at.plusSeconds(60)).block(TIMEOUT);
        Memory after = store.find(alice, memory.id()).block(TIMEOUT);
        assertThat(after.accessCount()).isEqualTo(1);
        assertThat(after.lastAccessedAt()).isEqualTo(at);
    }

    @Test
    void replaceKeepsTheIdAndChangesTheFields() {
        Memory memory = saved(alice, "two pointers from both ends", 8);
        store.replace(memory.withImportance(0.9)).block(TIMEOUT);
        // Stores may keep importance as a 4-byte float.
        assertThat(store.find(alice, memory.id()).block(TIMEOUT).importance()).isCloseTo(0.9, within(1e-6));
    }

    @Test
    void deletesOneASessionsOrAllOfAUsersMemories() {
        UUID session = newSession(alice);
        Memory one = saved(alice, "one", 9);
        Memory inSession = store.save(new Memory(UUID.randomUUID(), alice, session, null, "in session",
                TestVectors.unit(DIMENSIONS, 10), null, MessageType.ANSWER, List.of(), 0, 0.5, T0, null)).block(TIMEOUT);
        saved(alice, "three", 11);
        Memory bobs = saved(bob, "bob keeps this", 12);
        assertThat(store.delete(bob, one.id()).block(TIMEOUT)).isFalse();
        assertThat(store.delete(alice, one.id()).block(TIMEOUT)).isTrue();
        assertThat(store.deleteSession(alice, session).block(TIMEOUT)).isEqualTo(1);
        assertThat(store.find(alice, inSession.id()).block(TIMEOUT)).isNull();
        assertThat(store.deleteAll(alice).block(TIMEOUT)).isEqualTo(1);
        assertThat(store.count(alice).block(TIMEOUT)).isZero();
        assertThat(store.find(bob, bobs.id()).block(TIMEOUT)).isNotNull();
    }

    @Test
    void deletesOldUnimportantMemoriesOnly() {
        Memory old = store.save(memory(alice, "old", TestVectors.unit(DIMENSIONS, 13), T0.minus(Duration.ofDays(400))))
                .block(TIMEOUT);
        Memory oldButImportant = store.save(memory(alice, "old but repeated", TestVectors.unit(DIMENSIONS, 14),
                T0.minus(Duration.ofDays(400))).withImportance(0.9)).block(TIMEOUT);
        Memory recent = saved(alice, "recent", 15);
        assertThat(store.deleteOlderThan(alice, T0.minus(Duration.ofDays(365)), 0.8).block(TIMEOUT)).isEqualTo(1);
        assertThat(store.find(alice, old.id()).block(TIMEOUT)).isNull();
        assertThat(store.find(alice, oldButImportant.id()).block(TIMEOUT)).isNotNull();
        assertThat(store.find(alice, recent.id()).block(TIMEOUT)).isNotNull();
    }

    @Test
    void aUserWithoutMemoriesHasNothingToFindOrDelete() {
        UUID nobody = UUID.randomUUID();
        assertThat(store.count(nobody).block(TIMEOUT)).isZero();
        assertThat(store.delete(nobody, UUID.randomUUID()).block(TIMEOUT)).isFalse();
        assertThat(store.deleteSession(nobody, UUID.randomUUID()).block(TIMEOUT)).isZero();
        assertThat(store.deleteAll(nobody).block(TIMEOUT)).isZero();
        store.recordAccess(nobody, List.of(UUID.randomUUID()), T0).block(TIMEOUT);
        StepVerifier.create(store.denseSearch(nobody, TestVectors.unit(DIMENSIONS, 1), 5)).expectComplete().verify(TIMEOUT);
    }

    @Test
    void rejectsASearchLimitOutOfRange() {
        StepVerifier.create(store.denseSearch(alice, TestVectors.unit(DIMENSIONS, 1), 0))
                .expectError(InvalidInputException.class).verify(TIMEOUT);
        StepVerifier.create(store.lexicalSearch(alice, "x", MemoryStore.MAX_SEARCH_LIMIT + 1))
                .expectError(InvalidInputException.class).verify(TIMEOUT);
    }

    @Test
    void listsAllTheOwnersMemoriesOldestFirst() {
        Memory later = store.save(memory(alice, "Later I used union-find.", TestVectors.unit(DIMENSIONS, 21),
                T0.plusSeconds(60))).block(TIMEOUT);
        Memory earlier = store.save(memory(alice, "First I used breadth-first search.", TestVectors.unit(DIMENSIONS, 22),
                T0)).block(TIMEOUT);
        saved(bob, "Bob's own memory.", 23);
        assertThat(store.findAll(alice).collectList().block(TIMEOUT)).extracting(Memory::id)
                .containsExactly(earlier.id(), later.id());
        store.deleteAll(alice).block(TIMEOUT);
        StepVerifier.create(store.findAll(alice)).expectComplete().verify(TIMEOUT);
        assertThat(store.findAll(bob).collectList().block(TIMEOUT)).hasSize(1);
    }
}
