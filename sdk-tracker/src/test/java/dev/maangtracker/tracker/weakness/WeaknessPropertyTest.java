package dev.maangtracker.tracker.weakness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maangtracker.core.question.InterviewMode;
import dev.maangtracker.tracker.roadmap.RoadmapCatalog;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Seeded random evidence: severity, confidence and resolution always stay consistent. */
class WeaknessPropertyTest {

    private static final RoadmapCatalog CATALOG = RoadmapCatalog.loadDefault();
    private static final List<String> TOPICS = List.of("graphs", "dp-1d", "arrays-hashing", "trade-offs", "sharding");

    static IntStream seeds() {
        return IntStream.range(0, 500);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void severityAndConfidenceStayInRange(int seed) {
        Random random = new Random(seed);
        Instant at = Instant.parse("2026-01-01T00:00:00Z");
        List<Evidence> evidence = new ArrayList<>();
        int count = 1 + random.nextInt(60);
        for (int i = 0; i < count; i++) {
            at = at.plus(Duration.ofMinutes(random.nextInt(5 * 24 * 60)));
            evidence.add(new Evidence(TOPICS.get(random.nextInt(TOPICS.size())), InterviewMode.CODING,
                    EvidenceSource.values()[random.nextInt(EvidenceSource.values().length)], "ref " + i,
                    random.nextInt(101), at, ""));
        }
        List<Weakness> weaknesses = new WeaknessAnalyzer(new Recommender(CATALOG, Map.of()))
                .analyze(evidence, at.plus(Duration.ofDays(random.nextInt(60))));
        boolean seenResolved = false;
        for (Weakness w : weaknesses) {
            assertThat(w.severity()).isBetween(0.0, 10.0);
            assertThat(w.confidence()).isBetween(0.0, 1.0);
            assertThat(w.evidence()).isNotEmpty().allSatisfy(e -> assertThat(e.topic()).isEqualTo(w.topic()));
            assertThat(w.recommendations()).isNotEmpty();
            if (w.resolvedAt() != null) {
                assertThat(w.resolvedAt()).isAfterOrEqualTo(w.detectedAt());
                seenResolved = true;
            } else {
                assertThat(seenResolved).as("open weaknesses come before resolved ones").isFalse();
            }
        }
    }
}
