package dev.maangtracker.tracker.progress;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maangtracker.tracker.roadmap.Concept;
import dev.maangtracker.tracker.roadmap.Problem;
import dev.maangtracker.tracker.roadmap.RoadmapCatalog;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Seeded random histories: every progress figure stays within its range. */
class ProgressPropertyTest {

    private static final RoadmapCatalog CATALOG = RoadmapCatalog.loadDefault();
    private static final ProgressCalculator CALCULATOR = new ProgressCalculator(CATALOG);

    static IntStream seeds() {
        return IntStream.range(0, 500);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void progressStaysBetweenZeroAndHundred(int seed) {
        Random random = new Random(seed);
        UUID user = new UUID(seed, seed);
        List<Problem> problems = CATALOG.problems();
        List<Concept> concepts = CATALOG.concepts();
        List<Attempt> attempts = new ArrayList<>();
        Instant at = Instant.parse("2026-01-01T00:00:00Z");
        int count = random.nextInt(400);
        for (int i = 0; i < count; i++) {
            String slug = random.nextInt(5) == 0 ? concepts.get(random.nextInt(concepts.size())).slug()
                    : problems.get(random.nextInt(problems.size())).slug();
            AttemptOutcome outcome = AttemptOutcome.values()[random.nextInt(3)];
            at = at.plusSeconds(random.nextInt(100_000));
            attempts.add(new Attempt(UUID.randomUUID(), user, new AttemptInput(slug, outcome,
                    random.nextInt(AttemptInput.MAX_MINUTES + 1), random.nextInt(4), "java", at, ZoneOffset.UTC)));
        }
        ProgressReport report = CALCULATOR.report(user, attempts);
        assertThat(report.overall()).isBetween(0, 100);
        assertThat(report.systemDesign()).isBetween(0, 100);
        assertThat(report.byTopic()).hasSize(CATALOG.topics().size());
        assertThat(report.byTopic().values()).allSatisfy(v -> assertThat(v).isBetween(0, 100));
        assertThat(report.byDifficulty().values()).allSatisfy(stats -> {
            assertThat(stats.solveRate()).isBetween(0.0, 1.0);
            assertThat(stats.averageMinutes()).isBetween(0.0, (double) AttemptInput.MAX_MINUTES);
            assertThat(stats.problemsSolved()).isBetween(0, stats.problemsTotal());
        });
        assertThat(report.solved()).isBetween(0, problems.size());
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void aStatusNeverFallsWhenAnAttemptIsAdded(int seed) {
        Random random = new Random(seed);
        UUID user = new UUID(seed, -seed);
        List<Attempt> attempts = new ArrayList<>();
        Instant at = Instant.parse("2026-01-01T00:00:00Z");
        ProblemStatus before = ItemProgress.fromAttempts(user, "two-sum", attempts, "").status();
        for (int i = random.nextInt(30); i >= 0; i--) {
            at = at.plusSeconds(1 + random.nextInt(100_000));
            attempts.add(new Attempt(UUID.randomUUID(), user, new AttemptInput("two-sum",
                    AttemptOutcome.values()[random.nextInt(3)], random.nextInt(90), random.nextInt(3), "java", at,
                    ZoneOffset.UTC)));
            ProblemStatus after = ItemProgress.fromAttempts(user, "two-sum", attempts, "").status();
            assertThat(after.compareTo(before)).as("%s after %s, with %s", after, before, attempts).isNotNegative();
            assertThat(after).isNotEqualTo(ProblemStatus.TODO);
            before = after;
        }
    }
}
