package dev.maangtracker.tracker.planner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maangtracker.tracker.progress.ProblemStatus;
import dev.maangtracker.tracker.roadmap.Problem;
import dev.maangtracker.tracker.roadmap.RoadmapCatalog;
import dev.maangtracker.tracker.roadmap.Topic;
import dev.maangtracker.tracker.weakness.Evidence;
import dev.maangtracker.tracker.weakness.EvidenceSource;
import dev.maangtracker.tracker.weakness.Recommender;
import dev.maangtracker.tracker.weakness.Weakness;
import dev.maangtracker.tracker.weakness.WeaknessAnalyzer;
import dev.maangtracker.core.question.InterviewMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Seeded random users: a plan respects prerequisites (unless asked not to), its size and its budget. */
class PlanPropertyTest {

    private static final RoadmapCatalog CATALOG = RoadmapCatalog.loadDefault();
    private static final PlanBuilder BUILDER = new PlanBuilder(CATALOG);
    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    static IntStream seeds() {
        return IntStream.range(0, 500);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void neverPlansAProblemBeforeItsPrerequisites(int seed) {
        Random random = new Random(seed);
        Map<String, ProblemStatus> statuses = new HashMap<>();
        // Users progress roughly in order: a random prefix of topics is mostly solved, the rest sparsely tried.
        List<String> order = CATALOG.topicOrder();
        int reached = random.nextInt(order.size() + 1);
        for (int t = 0; t < order.size(); t++) {
            double solveChance = t < reached ? 0.7 : 0.05;
            for (Problem p : CATALOG.problemsIn(order.get(t))) {
                if (random.nextDouble() < solveChance) {
                    statuses.put(p.slug(), ProblemStatus.values()[1 + random.nextInt(3)]);
                }
            }
        }
        List<Evidence> evidence = new ArrayList<>();
        for (int i = 0; i < random.nextInt(10); i++) {
            Topic topic = CATALOG.topics().get(random.nextInt(CATALOG.topics().size()));
            evidence.add(new Evidence(topic.slug(), InterviewMode.CODING, EvidenceSource.ANSWER, "turn " + i,
                    random.nextInt(50), NOW.minusSeconds(random.nextInt(100_000)), ""));
        }
        List<Weakness> weaknesses = new WeaknessAnalyzer(new Recommender(CATALOG, statuses)).analyze(evidence, NOW);
        boolean ignore = random.nextInt(4) == 0;
        PlanRequest request = new PlanRequest(1 + random.nextInt(PlanRequest.MAX_ITEMS),
                1 + random.nextInt(600), ignore);

        DailyPlan plan = BUILDER.plan(request, statuses, weaknesses, List.of());

        assertThat(plan.items()).hasSizeLessThanOrEqualTo(request.maxItems());
        assertThat(plan.totalMinutes()).isLessThanOrEqualTo(request.minutesBudget())
                .isEqualTo(plan.items().stream().mapToInt(PlanItem::minutes).sum());
        assertThat(plan.items().stream().map(i -> i.type() + ":" + i.key()).distinct().count())
                .isEqualTo(plan.items().size());
        if (!ignore) {
            for (PlanItem item : plan.items()) {
                CATALOG.findProblem(item.key()).ifPresent(problem -> {
                    for (String topic : problem.topics()) {
                        for (String prerequisite : CATALOG.allPrerequisites(topic)) {
                            List<Problem> inPrerequisite = CATALOG.problemsIn(prerequisite);
                            long solved = inPrerequisite.stream().map(p -> statuses.get(p.slug()))
                                    .filter(s -> s == ProblemStatus.SOLVED || s == ProblemStatus.MASTERED).count();
                            assertThat(solved).as("%s needs %s done", problem.slug(), prerequisite)
                                    .isGreaterThanOrEqualTo(Math.min(PlanBuilder.UNLOCK_SOLVED, inPrerequisite.size()));
                        }
                    }
                });
            }
        }
    }
}
