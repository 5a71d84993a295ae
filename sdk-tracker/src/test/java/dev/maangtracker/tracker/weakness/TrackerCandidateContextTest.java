package dev.maangtracker.tracker.weakness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maangtracker.core.candidate.InMemoryCandidateContext;
import dev.maangtracker.core.candidate.WeaknessSignal;
import dev.maangtracker.core.embedding.HashingEmbedder;
import dev.maangtracker.core.question.InterviewMode;
import dev.maangtracker.tracker.activity.InMemoryActivityLog;
import dev.maangtracker.tracker.progress.InMemoryProgressRepository;
import dev.maangtracker.tracker.progress.ProgressTracker;
import dev.maangtracker.tracker.roadmap.RoadmapCatalog;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TrackerCandidateContextTest {

    private static final Instant NOW = Instant.parse("2026-02-10T10:00:00Z");
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    @Test
    void feedsOpenWeaknessesAndDelegatesMemories() {
        RoadmapCatalog catalog = RoadmapCatalog.loadDefault();
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        InMemoryEvidenceRepository evidence = new InMemoryEvidenceRepository();
        WeaknessTracker weaknesses = new WeaknessTracker(catalog, evidence,
                new ProgressTracker(catalog, new InMemoryProgressRepository(), new InMemoryActivityLog(), clock),
                id -> List.of(), clock);
        InMemoryCandidateContext memories = new InMemoryCandidateContext(new HashingEmbedder());
        UUID user = UUID.randomUUID();
        memories.remember(user, "I used BFS over the grid to count islands", NOW);
        evidence.append(user, List.of(
                new Evidence("graphs", InterviewMode.CODING, EvidenceSource.ANSWER, "session a turn 1", 10,
                        NOW.minusSeconds(60), ""),
                new Evidence("conflict", InterviewMode.BEHAVIORAL, EvidenceSource.ANSWER, "session b turn 2", 45,
                        NOW.minusSeconds(30), ""),
                new Evidence("stack", InterviewMode.CODING, EvidenceSource.ANSWER, "session a turn 3", 90,
                        NOW.minusSeconds(30), ""))).block(TIMEOUT);

        TrackerCandidateContext context = new TrackerCandidateContext(weaknesses, memories);
        List<WeaknessSignal> signals = context.weaknesses(user).collectList().block(TIMEOUT);
        assertThat(signals).extracting(WeaknessSignal::topic).containsExactly("graphs", "conflict");
        assertThat(context.relevantMemories(user, "islands grid BFS", 3).collectList().block(TIMEOUT)).hasSize(1);
        assertThat(context.weaknesses(UUID.randomUUID()).collectList().block(TIMEOUT)).isEmpty();
    }
}
