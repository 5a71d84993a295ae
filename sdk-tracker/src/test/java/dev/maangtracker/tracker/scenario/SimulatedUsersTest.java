package dev.maangtracker.tracker.scenario;

import static dev.maangtracker.tracker.scenario.Tracker.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.maangtracker.core.candidate.InMemoryCandidateContext;
import dev.maangtracker.core.candidate.WeaknessSignal;
import dev.maangtracker.core.embedding.HashingEmbedder;
import dev.maangtracker.core.evaluation.DimensionScore;
import dev.maangtracker.core.evaluation.InterviewReport;
import dev.maangtracker.core.evaluation.QuestionResult;
import dev.maangtracker.core.question.InterviewMode;
import dev.maangtracker.tracker.planner.DailyPlan;
import dev.maangtracker.tracker.planner.PlanItem;
import dev.maangtracker.tracker.planner.PlanItemKind;
import dev.maangtracker.tracker.planner.PlanRequest;
import dev.maangtracker.tracker.progress.AttemptOutcome;
import dev.maangtracker.tracker.review.ItemType;
import dev.maangtracker.tracker.review.ReviewItem;
import dev.maangtracker.tracker.weakness.TrackerCandidateContext;
import dev.maangtracker.tracker.weakness.Weakness;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SimulatedUsersTest {

    private static final Instant START = Instant.parse("2026-01-05T09:00:00Z");
    private static final ZoneId ZONE = ZoneId.of("Europe/London");
    private static final List<String> FOUNDATIONS = List.of("arrays-hashing", "two-pointers", "stack",
            "binary-search", "sliding-window", "linked-list", "trees", "backtracking");

    private final UUID user = UUID.randomUUID();
    private final Tracker tracker = new Tracker(START, id -> id.equals("count-islands") ? List.of("graphs") : List.of());

    private void strongFoundations() {
        for (String topic : FOUNDATIONS) {
            tracker.solve(user, topic, 3, ZONE);
        }
    }

    private void failGraphs(int times) {
        List<String> graphProblems = List.of("number-of-islands", "clone-graph", "course-schedule", "rotting-oranges");
        for (int i = 0; i < times; i++) {
            tracker.attempt(user, graphProblems.get(i % graphProblems.size()), AttemptOutcome.FAILED, 45, 2, ZONE);
            tracker.clock.advance(Duration.ofHours(3));
        }
    }

    @Test
    void strongAtArraysButFailingGraphsIsWeakAtGraphsOnly() {
        strongFoundations();
        failGraphs(4);
        InterviewReport report = new InterviewReport(38,
                List.of(new DimensionScore("CORRECTNESS", 35, List.of(), "missed visited set"),
                        new DimensionScore("COMMUNICATION", 80, List.of(), "clear")),
                List.of(), List.of(), List.of(), List.of(new QuestionResult("count-islands", "Count islands", 30, 1)),
                "rubric", tracker.clock.instant());
        tracker.weaknesses.recordReport(user, "session-1", InterviewMode.CODING, report).block(TIMEOUT);

        List<Weakness> weaknesses = tracker.weaknesses.openWeaknesses(user).block(TIMEOUT);
        assertThat(weaknesses).extracting(Weakness::topic).startsWith("graphs").contains("correctness")
                .doesNotContain("arrays-hashing", "two-pointers", "communication");
        Weakness graphs = weaknesses.get(0);
        assertThat(graphs.severity()).isGreaterThan(8.0);
        assertThat(graphs.confidence()).isGreaterThan(0.8);
        assertThat(graphs.severity()).isGreaterThan(weaknesses.get(1).severity());
        assertThat(graphs.evidence()).hasSize(5).anySatisfy(e -> assertThat(e.reference()).isEqualTo(
                "session session-1 turn 1"));
        // Never-tried problems first, easiest first; failed ones stay recommended after them.
        assertThat(graphs.recommendations().get(0).key()).isEqualTo("flood-fill");

        // The failed attempts rated the graphs concept Again: it is due within minutes, unlike arrays.
        ReviewItem graphsConcept = tracker.reviews.find(user, ItemType.CONCEPT, "graphs").block(TIMEOUT);
        ReviewItem arraysConcept = tracker.reviews.find(user, ItemType.CONCEPT, "arrays-hashing").block(TIMEOUT);
        assertThat(graphsConcept.card().due()).isBefore(arraysConcept.card().due());

        DailyPlan plan = tracker.planner.dailyPlan(user, PlanRequest.of(6, 180)).block(TIMEOUT);
        assertThat(plan.totalMinutes()).isLessThanOrEqualTo(180);
        assertThat(plan.items()).extracting(PlanItem::kind).contains(PlanItemKind.REVIEW, PlanItemKind.WEAKNESS,
                PlanItemKind.NEW_PROBLEM);
        assertThat(plan.items()).anySatisfy(i -> {
            assertThat(i.kind()).isEqualTo(PlanItemKind.WEAKNESS);
            assertThat(Tracker.CATALOG.problem(i.key()).topics()).contains("graphs");
        });
        assertThat(plan.items()).filteredOn(i -> i.kind() == PlanItemKind.REVIEW)
                .allSatisfy(i -> assertThat(i.key()).isIn("number-of-islands", "clone-graph", "course-schedule",
                        "rotting-oranges", "graphs"));
        assertThat(tracker.reviews.findDue(user, tracker.clock.instant()).map(ReviewItem::key).collectList()
                .block(TIMEOUT)).contains("graphs").doesNotContain("arrays-hashing");

        // The engine reads graphs first through its CandidateContext port.
        TrackerCandidateContext context = new TrackerCandidateContext(tracker.weaknesses,
                new InMemoryCandidateContext(new HashingEmbedder()));
        assertThat(context.weaknesses(user).map(WeaknessSignal::topic).blockFirst(TIMEOUT)).isEqualTo("graphs");
    }

    @Test
    void graphsWeaknessResolvesAfterImprovementAndLeavesThePlan() {
        strongFoundations();
        failGraphs(3);
        tracker.clock.advance(Duration.ofDays(5));
        tracker.attempt(user, "number-of-islands", AttemptOutcome.SOLVED, 30, 0, ZONE);
        tracker.clock.advance(Duration.ofDays(1));
        tracker.attempt(user, "max-area-of-island", AttemptOutcome.SOLVED, 25, 0, ZONE);

        List<Weakness> all = tracker.weaknesses.weaknesses(user).block(TIMEOUT);
        Weakness graphs = all.stream().filter(w -> w.topic().equals("graphs")).findFirst().orElseThrow();
        assertThat(graphs.open()).isFalse();
        assertThat(graphs.resolvedAt()).isEqualTo(tracker.clock.instant());
        assertThat(tracker.weaknesses.openWeaknesses(user).block(TIMEOUT)).extracting(Weakness::topic)
                .doesNotContain("graphs");
        DailyPlan plan = tracker.planner.dailyPlan(user, PlanRequest.of(10, 600)).block(TIMEOUT);
        assertThat(plan.items()).noneMatch(i -> i.kind() == PlanItemKind.WEAKNESS);
    }

    @Test
    void inactiveForTwoWeeksGetsOverdueReviewsFirst() {
        tracker.solve(user, "arrays-hashing", 3, ZONE);
        tracker.attempt(user, "valid-palindrome", AttemptOutcome.FAILED, 20, 1, ZONE);
        tracker.clock.advance(Duration.ofDays(14));

        assertThat(tracker.progress.streak(user, ZONE).block(TIMEOUT).current()).isZero();
        List<ReviewItem> due = tracker.reviews.findDue(user, tracker.clock.instant()).collectList().block(TIMEOUT);
        assertThat(due).isNotEmpty();
        DailyPlan plan = tracker.planner.dailyPlan(user, PlanRequest.of(5, 120)).block(TIMEOUT);
        PlanItem first = plan.first().orElseThrow();
        assertThat(first.kind()).isEqualTo(PlanItemKind.REVIEW);
        assertThat(first.key()).isEqualTo(due.get(0).key());
        assertThat(plan.items()).extracting(PlanItem::kind).contains(PlanItemKind.NEW_PROBLEM);
        // Only topics whose prerequisites are done: arrays-hashing (solved 3) opens two-pointers and stack.
        assertThat(plan.items()).filteredOn(i -> i.kind() == PlanItemKind.NEW_PROBLEM)
                .allSatisfy(i -> assertThat(Tracker.CATALOG.problem(i.key()).mainTopic())
                        .isIn("arrays-hashing", "two-pointers", "stack"));
        assertThat(tracker.planner.next(user, 120).block(TIMEOUT)).isEqualTo(first);
    }

    @Test
    void newUserStartsWithArraysAndHashing() {
        DailyPlan plan = tracker.planner.dailyPlan(user, PlanRequest.of(3, 60)).block(TIMEOUT);
        assertThat(plan.items()).hasSize(3).allSatisfy(i -> {
            assertThat(i.kind()).isEqualTo(PlanItemKind.NEW_PROBLEM);
            assertThat(Tracker.CATALOG.problem(i.key()).mainTopic()).isEqualTo("arrays-hashing");
        });
        assertThat(plan.totalMinutes()).isEqualTo(60);
        // Asked to ignore prerequisites, the plan goes past arrays and hashing into topics not yet open.
        DailyPlan anything = tracker.planner.dailyPlan(user, new PlanRequest(20, 24 * 60, true)).block(TIMEOUT);
        assertThat(anything.items()).anySatisfy(i -> assertThat(Tracker.CATALOG.problem(i.key()).mainTopic())
                .isEqualTo("two-pointers"));
        assertThat(tracker.planner.dailyPlan(user, PlanRequest.of(20, 24 * 60)).block(TIMEOUT).items())
                .allSatisfy(i -> assertThat(Tracker.CATALOG.problem(i.key()).mainTopic()).isEqualTo("arrays-hashing"));
    }

    @Test
    void followsTheWorkedExampleOfTheDocs() {
        strongFoundations();
        Instant day0 = tracker.clock.instant();
        tracker.attempt(user, "number-of-islands", AttemptOutcome.FAILED, 40, 0, ZONE);
        tracker.clock.advance(Duration.ofDays(1));
        tracker.attempt(user, "clone-graph", AttemptOutcome.FAILED, 40, 0, ZONE);
        tracker.clock.advance(Duration.ofDays(1));
        InterviewReport report = new InterviewReport(30, List.of(), List.of(), List.of(), List.of(),
                List.of(new QuestionResult("count-islands", "Count islands", 30, 3)), "rubric", tracker.clock.instant());
        tracker.weaknesses.recordReport(user, "s-7", InterviewMode.CODING, report).block(TIMEOUT);
        tracker.feedback.onReport(user, report, id -> List.of("graphs")).collectList().block(TIMEOUT);
        tracker.clock.advance(Duration.ofDays(7));
        tracker.attempt(user, "max-area-of-island", AttemptOutcome.SOLVED, 30, 1, ZONE);
        tracker.clock.advance(Duration.ofDays(1));

        Weakness graphs = tracker.weaknesses.openWeaknesses(user).block(TIMEOUT).get(0);
        assertThat(graphs.topic()).isEqualTo("graphs");
        assertThat(graphs.severity()).isEqualTo(6.84);
        assertThat(graphs.confidence()).isEqualTo(0.74);
        assertThat(graphs.detectedAt()).isEqualTo(day0);

        DailyPlan plan = tracker.planner.dailyPlan(user, PlanRequest.of(5, 120)).block(TIMEOUT);
        assertThat(plan.items()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(plan.items().get(0)).extracting(PlanItem::kind, PlanItem::key, PlanItem::minutes)
                .containsExactly(PlanItemKind.REVIEW, "number-of-islands", 17);
        assertThat(plan.items().get(1)).extracting(PlanItem::kind, PlanItem::key, PlanItem::minutes)
                .containsExactly(PlanItemKind.WEAKNESS, "flood-fill", 20);
        assertThat(plan.items().get(2).kind()).isEqualTo(PlanItemKind.NEW_PROBLEM);
        assertThat(plan.totalMinutes()).isLessThanOrEqualTo(120);

        tracker.clock.advance(Duration.ofDays(1));
        tracker.attempt(user, "walls-and-gates", AttemptOutcome.SOLVED, 30, 0, ZONE);
        Weakness resolved = tracker.weaknesses.weaknesses(user).block(TIMEOUT).stream()
                .filter(w -> w.topic().equals("graphs")).findFirst().orElseThrow();
        assertThat(resolved.resolvedAt()).isEqualTo(day0.plus(Duration.ofDays(11)));
        assertThat(resolved.severity()).isEqualTo(5.26);
        assertThat(resolved.confidence()).isEqualTo(0.81);
    }

    @Test
    void systemDesignConceptsJoinThePlanOnceStartedAndOpenInTopicOrder() {
        DailyPlan before = tracker.planner.dailyPlan(user, PlanRequest.of(10, 600)).block(TIMEOUT);
        assertThat(before.items()).noneMatch(i -> i.kind() == PlanItemKind.NEW_CONCEPT);

        study("requirements-estimation");
        DailyPlan started = tracker.planner.dailyPlan(user, PlanRequest.of(10, 600)).block(TIMEOUT);
        assertThat(started.items()).filteredOn(i -> i.kind() == PlanItemKind.NEW_CONCEPT).isNotEmpty()
                .allSatisfy(i -> assertThat(Tracker.CATALOG.concept(i.key()).topic()).isEqualTo("sd-fundamentals"));

        study("api-design");
        DailyPlan opened = tracker.planner.dailyPlan(user, PlanRequest.of(40, 1440)).block(TIMEOUT);
        assertThat(opened.items()).filteredOn(i -> i.kind() == PlanItemKind.NEW_CONCEPT)
                .extracting(i -> Tracker.CATALOG.concept(i.key()).topic())
                .contains("sd-storage", "sd-messaging").doesNotContain("sd-caching", "sd-case-studies");
        assertThat(tracker.progress.report(user).block(TIMEOUT).systemDesign()).isGreaterThan(0);
    }

    private void study(String concept) {
        tracker.progress.recordConceptStudy(user, new dev.maangtracker.tracker.progress.AttemptInput(concept,
                AttemptOutcome.SOLVED, 30, 0, "", tracker.clock.instant(), ZONE)).block(TIMEOUT);
        tracker.clock.advance(Duration.ofHours(1));
    }
}
