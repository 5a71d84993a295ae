package dev.maangtracker.core.candidate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maangtracker.core.embedding.HashingEmbedder;
import dev.maangtracker.core.error.InvalidInputException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

class InMemoryCandidateContextTest {

    private static final Instant T0 = Instant.parse("2026-11-01T10:00:00Z");
    private final InMemoryCandidateContext context = new InMemoryCandidateContext(new HashingEmbedder());
    private final UUID alice = UUID.randomUUID();
    private final UUID bob = UUID.randomUUID();

    @Test
    void returnsOnlyTheCallersMemoriesMostRelevantFirst() {
        context.remember(alice, "I added a Redis cache in front of the product catalogue and cut latency.", T0);
        context.remember(alice, "My manager and I disagreed about the release date.", T0);
        context.remember(bob, "Bob's secret: caching the catalogue in Redis.", T0);
        List<MemorySnippet> found = context.relevantMemories(alice, "How would you cache the catalogue?", 5)
                .collectList().block(Duration.ofSeconds(5));
        assertThat(found).isNotEmpty().allSatisfy(s -> assertThat(s.content()).doesNotContain("Bob"));
        assertThat(found.get(0).content()).contains("Redis cache");
    }

    @Test
    void weaknessesComeMostPressingFirst() {
        context.setWeaknesses(alice, List.of(new WeaknessSignal("graphs", 4, 0.5), new WeaknessSignal("dp-1d", 8, 0.9)));
        StepVerifier.create(context.weaknesses(alice).map(WeaknessSignal::topic)).expectNext("dp-1d", "graphs")
                .expectComplete().verify(Duration.ofSeconds(5));
        StepVerifier.create(context.weaknesses(bob)).expectComplete().verify(Duration.ofSeconds(5));
    }

    @Test
    void rejectsALimitOutOfRange() {
        StepVerifier.create(context.relevantMemories(alice, "x", 0)).expectError(InvalidInputException.class)
                .verify(Duration.ofSeconds(5));
    }

    @Test
    void weaknessSignalValidatesItsRanges() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new WeaknessSignal("graphs", 11, 0.5))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("severity");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new WeaknessSignal("graphs", 5, 1.5))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("confidence");
    }
}
