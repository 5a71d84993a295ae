package dev.maangtracker.tracker.weakness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maangtracker.core.question.InterviewMode;
import dev.maangtracker.tracker.roadmap.RoadmapCatalog;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WeaknessAnalyzerTest {

    private static final Instant T0 = Instant.parse("2026-02-01T10:00:00Z");
    private final WeaknessAnalyzer analyzer =
            new WeaknessAnalyzer(new Recommender(RoadmapCatalog.loadDefault(), Map.of()));

    private static Evidence evidence(String topic, double score, int day) {
        return new Evidence(topic, InterviewMode.CODING, EvidenceSource.PROBLEM_ATTEMPT, "attempt " + topic + day,
                score, T0.plus(Duration.ofDays(day)), "");
    }

    @Test
    void severityIsTheRecencyWeightedMeanDeficit() {
        List<Evidence> list = List.of(evidence("graphs", 0, 0), evidence("graphs", 60, 30));
        // Weights at day 30: 0.5 for the failure, 1 for the 60 -> (0.5*10 + 1*4) / 1.5 = 6.
        Weakness weakness = analyzer.analyze(list, T0.plus(Duration.ofDays(30))).get(0);
        assertThat(weakness.severity()).isEqualTo(6.0);
        assertThat(weakness.confidence()).isEqualTo(0.49);
        assertThat(weakness.explanation()).contains("2 observations", "severity 6.00", "confidence 0.49");
    }

    @Test
    void confidenceGrowsWithEvidence() {
        List<Evidence> list = new ArrayList<>();
        double previous = 0;
        for (int i = 0; i < 8; i++) {
            list.add(evidence("dp-1d", 10, i));
            double confidence = analyzer.analyze(list, T0.plus(Duration.ofDays(8))).get(0).confidence();
            assertThat(confidence).isGreaterThan(previous);
            previous = confidence;
        }
    }

    @Test
    void strongTopicsAreNotWeaknesses() {
        assertThat(analyzer.analyze(List.of(evidence("arrays-hashing", 95, 0), evidence("arrays-hashing", 80, 1)),
                T0.plus(Duration.ofDays(2)))).isEmpty();
    }

    @Test
    void resolvesAfterTwoGoodResultsAndReopensOnRelapse() {
        List<Evidence> list = new ArrayList<>(List.of(evidence("graphs", 0, 0), evidence("graphs", 20, 1),
                evidence("graphs", 80, 5), evidence("graphs", 90, 6)));
        Weakness resolved = analyzer.analyze(list, T0.plus(Duration.ofDays(7))).get(0);
        assertThat(resolved.open()).isFalse();
        assertThat(resolved.resolvedAt()).isEqualTo(T0.plus(Duration.ofDays(6)));
        assertThat(resolved.detectedAt()).isEqualTo(T0);
        assertThat(resolved.explanation()).contains("resolved at");

        list.add(evidence("graphs", 0, 10));
        list.add(evidence("graphs", 10, 11));
        Weakness relapsed = analyzer.analyze(list, T0.plus(Duration.ofDays(12))).get(0);
        assertThat(relapsed.open()).isTrue();
        assertThat(relapsed.detectedAt()).isEqualTo(T0.plus(Duration.ofDays(10)));
    }

    @Test
    void ordersOpenWeaknessesByPriority() {
        List<Evidence> list = List.of(evidence("graphs", 0, 0), evidence("graphs", 0, 1), evidence("graphs", 0, 2),
                evidence("dp-2d", 40, 2));
        List<Weakness> weaknesses = analyzer.analyze(list, T0.plus(Duration.ofDays(3)));
        assertThat(weaknesses).extracting(Weakness::topic).containsExactly("graphs", "dp-2d");
        assertThat(weaknesses.get(0).recommendations()).extracting(Recommendation::kind)
                .contains(RecommendationKind.PROBLEM, RecommendationKind.QUESTION_TYPE);
    }

    @Test
    void reproducesTheWorkedExampleOfTheDocs() {
        // docs/tracker.md: failed, failed, interview question 30, solved with a hint (85), solved cleanly (100).
        List<Evidence> list = List.of(evidence("graphs", 0, 0), evidence("graphs", 0, 1), evidence("graphs", 30, 2),
                evidence("graphs", 85, 9));
        Weakness open = analyzer.analyze(list, T0.plus(Duration.ofDays(10))).get(0);
        assertThat(open.severity()).isEqualTo(6.84);
        assertThat(open.confidence()).isEqualTo(0.74);
        assertThat(open.open()).isTrue();

        List<Evidence> improved = new ArrayList<>(list);
        improved.add(evidence("graphs", 100, 11));
        Weakness resolved = analyzer.analyze(improved, T0.plus(Duration.ofDays(11))).get(0);
        assertThat(resolved.severity()).isEqualTo(5.26);
        assertThat(resolved.confidence()).isEqualTo(0.81);
        assertThat(resolved.resolvedAt()).isEqualTo(T0.plus(Duration.ofDays(11)));
    }
}
