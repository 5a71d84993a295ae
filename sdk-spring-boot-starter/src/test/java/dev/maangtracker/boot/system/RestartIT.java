package dev.maangtracker.boot.system;

import static dev.maangtracker.boot.system.FullModeApp.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.maangtracker.boot.startup.ComponentChoice;
import dev.maangtracker.boot.startup.ComponentReport;
import dev.maangtracker.core.evaluation.InterviewReport;
import dev.maangtracker.core.interview.CandidateAnswer;
import dev.maangtracker.core.interview.InterviewEngine;
import dev.maangtracker.core.interview.InterviewSession;
import dev.maangtracker.core.interview.NewInterview;
import dev.maangtracker.core.interview.Turn;
import dev.maangtracker.core.judge.CodeJudge;
import dev.maangtracker.core.judge.Language;
import dev.maangtracker.core.question.Difficulty;
import dev.maangtracker.core.question.InterviewMode;
import dev.maangtracker.core.user.UserAccount;
import dev.maangtracker.rag.MessageType;
import dev.maangtracker.rag.RetrievedMemory;
import dev.maangtracker.rag.retrieve.MemoryRetriever;
import dev.maangtracker.rag.write.MemoryWriter;
import dev.maangtracker.rag.write.NewMemory;
import dev.maangtracker.tracker.progress.Attempt;
import dev.maangtracker.tracker.progress.AttemptInput;
import dev.maangtracker.tracker.progress.AttemptOutcome;
import dev.maangtracker.tracker.progress.ItemProgress;
import dev.maangtracker.tracker.progress.ProgressTracker;
import dev.maangtracker.tracker.planner.PracticeFeedback;
import dev.maangtracker.tracker.review.ReviewItem;
import dev.maangtracker.tracker.review.ReviewItemRepository;
import dev.maangtracker.tracker.roadmap.RoadmapCatalog;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Nothing is lost across a restart: one application context runs full interviews (behavioural with typed
 * answers, coding with code run by the sandbox judge), writes memories and records progress, attempts and
 * reviews; it is closed, and a new context on the same PostgreSQL and Redis reads all of it back equal, both
 * through the shared session cache and, with the cache emptied, from the database alone. The first context
 * also shows the full-mode component table.
 */
class RestartIT {

    private static final CandidateAnswer STORY = CandidateAnswer.of("Situation: our checkout service fell over "
            + "every Black Friday. Task: as the tech lead I owned the fix. Action: I profiled the hot path, added a "
            + "queue in front of payments, ran load tests with the team and wrote the runbook. Result: zero outages "
            + "the next year and p99 latency down by 60 percent; I learned to measure before changing anything.");
    private static final CandidateAnswer CODE = new CandidateAnswer("I keep a hash map from value to index and "
            + "look up the complement of each element in one pass: O(n) time and O(n) space.",
            "def solve(nums, target):\n    seen = {}\n    for i, v in enumerate(nums):\n"
                    + "        if target - v in seen:\n            return [seen[target - v], i]\n        seen[v] = i\n",
            "python", Duration.ofMinutes(12));

    private static FullModeApp app;

    @BeforeAll
    static void services() {
        app = new FullModeApp("restart");
    }

    @AfterAll
    static void cleanUp() {
        app.close();
    }

    @Test
    void aRestartedApplicationReadsBackEverythingTheFirstOneWrote() {
        ConfigurableApplicationContext first = app.start();
        fullModeComponentTable(first.getBean(ComponentReport.class));

        UserAccount alice = FullModeApp.createUser(first);
        UserAccount bob = FullModeApp.createUser(first);
        InterviewEngine engine = first.getBean(InterviewEngine.class);
        InterviewRun run = new InterviewRun(List.of(engine));
        InterviewReport behavioural = run.run(alice.id(), NewInterview.of(InterviewMode.BEHAVIORAL, Difficulty.EASY),
                STORY, (r, s) -> { });
        boolean judged = SandboxRequirement.canRun(first.getBean(CodeJudge.class), Language.PYTHON);
        if (judged) {
            run.run(alice.id(), NewInterview.of(InterviewMode.CODING, Difficulty.EASY), CODE, (r, s) -> { });
        }
        List<InterviewSession> sessions = engine.list(alice.id(), 10).collectList().block(TIMEOUT);
        assertThat(sessions).hasSize(judged ? 2 : 1);
        assertThat(sessions).extracting(InterviewSession::report).contains(behavioural);
        List<List<Turn>> turns = sessions.stream()
                .map(s -> engine.turns(alice.id(), s.id()).collectList().block(TIMEOUT)).toList();
        if (judged) {
            // The sandbox ran the code: an evaluation of a coding answer has the judge's correctness score.
            assertThat(turns.stream().flatMap(List::stream).filter(t -> t.evaluation() != null)
                    .flatMap(t -> t.evaluation().dimensions().stream()))
                    .anySatisfy(d -> assertThat(d.dimension()).isEqualToIgnoringCase("correctness"));
        }

        Instant now = Instant.now().atOffset(ZoneOffset.UTC).withNano(0).toInstant();
        MemoryWriter writer = first.getBean(MemoryWriter.class);
        writer.rememberAll(List.of(
                new NewMemory(alice.id(), null, null, "I led the migration of our billing service from a monolith "
                        + "to Kafka-based microservices", "system-design", MessageType.ANSWER, now),
                new NewMemory(alice.id(), null, null, "My favourite sorting algorithm is merge sort because it is "
                        + "stable", "sorting", MessageType.ANSWER, now),
                new NewMemory(bob.id(), null, null, "I migrated a payments monolith to Kafka event streaming "
                        + "microservices", "system-design", MessageType.ANSWER, now))).block(TIMEOUT);
        String query = "event streaming microservices migration";
        List<UUID> aliceMemories = memoryIds(first.getBean(MemoryRetriever.class).retrieve(alice.id(), query)
                .block(TIMEOUT));
        assertThat(aliceMemories).isNotEmpty();

        RoadmapCatalog roadmap = first.getBean(RoadmapCatalog.class);
        String slug = roadmap.problems().get(0).slug();
        ProgressTracker tracker = first.getBean(ProgressTracker.class);
        Attempt attempt = tracker.recordAttempt(alice.id(), new AttemptInput(slug, AttemptOutcome.SOLVED, 25, 1,
                "python", now.minusSeconds(60), ZoneOffset.UTC)).block(TIMEOUT);
        List<ReviewItem> reviewed = first.getBean(PracticeFeedback.class).onAttempt(attempt).collectList()
                .block(TIMEOUT);
        assertThat(reviewed).isNotEmpty();
        ItemProgress progress = tracker.progress(alice.id(), slug).block(TIMEOUT);
        List<Attempt> attempts = tracker.attempts(alice.id()).block(TIMEOUT);
        Instant farFuture = now.plus(Duration.ofDays(3650));
        List<ReviewItem> reviews = first.getBean(ReviewItemRepository.class).findAll(alice.id()).collectList()
                .block(TIMEOUT);
        List<ReviewItem> due = first.getBean(ReviewItemRepository.class).findDue(alice.id(), farFuture).collectList()
                .block(TIMEOUT);
        assertThat(due).isNotEmpty();
        first.close();

        ConfigurableApplicationContext second = app.start();
        for (int pass = 0; pass < 2; pass++) {
            if (pass == 1) {
                // The second pass reads PostgreSQL alone: the shared session cache is emptied first.
                List<String> cached = app.keys("session:*");
                assertThat(cached).isNotEmpty();
                app.redisTemplate().delete(cached.toArray(String[]::new)).block(TIMEOUT);
            }
            InterviewEngine again = second.getBean(InterviewEngine.class);
            for (int i = 0; i < sessions.size(); i++) {
                InterviewSession session = sessions.get(i);
                assertThat(again.get(alice.id(), session.id()).block(TIMEOUT)).isEqualTo(session);
                assertThat(again.turns(alice.id(), session.id()).collectList().block(TIMEOUT)).isEqualTo(turns.get(i));
                assertThat(again.report(alice.id(), session.id()).block(TIMEOUT)).isEqualTo(session.report());
            }
            assertThat(again.list(alice.id(), 10).collectList().block(TIMEOUT)).isEqualTo(sessions);
            assertThat(again.list(bob.id(), 10).collectList().block(TIMEOUT)).isEmpty();
        }

        // Retrievals cached in Redis are dropped too: the memories come from pgvector.
        List<String> cachedRetrievals = app.keys("rag:*");
        assertThat(cachedRetrievals).isNotEmpty();
        app.redisTemplate().delete(cachedRetrievals.toArray(String[]::new)).block(TIMEOUT);
        MemoryRetriever retriever = second.getBean(MemoryRetriever.class);
        List<RetrievedMemory> found = retriever.retrieve(alice.id(), query).block(TIMEOUT);
        assertThat(memoryIds(found)).containsExactlyInAnyOrderElementsOf(aliceMemories);
        assertThat(found).allSatisfy(m -> assertThat(m.memory().userId()).isEqualTo(alice.id()));
        assertThat(found.get(0).memory().content()).contains("Kafka-based microservices");
        assertThat(retriever.retrieve(bob.id(), query).block(TIMEOUT))
                .allSatisfy(m -> assertThat(m.memory().userId()).isEqualTo(bob.id())).isNotEmpty();

        ProgressTracker trackerAgain = second.getBean(ProgressTracker.class);
        assertThat(trackerAgain.progress(alice.id(), slug).block(TIMEOUT)).isEqualTo(progress);
        assertThat(trackerAgain.attempts(alice.id()).block(TIMEOUT)).isEqualTo(attempts);
        ReviewItemRepository reviewsAgain = second.getBean(ReviewItemRepository.class);
        assertThat(reviewsAgain.findAll(alice.id()).collectList().block(TIMEOUT))
                .containsExactlyInAnyOrderElementsOf(reviews);
        assertThat(reviewsAgain.findDue(alice.id(), farFuture).collectList().block(TIMEOUT))
                .containsExactlyInAnyOrderElementsOf(due);
        assertThat(reviewsAgain.findAll(bob.id()).collectList().block(TIMEOUT)).isEmpty();
        second.close();
    }

    /** In full mode every store is PostgreSQL and every shared piece is Redis. */
    private static void fullModeComponentTable(ComponentReport report) {
        List<ComponentChoice> choices = report.choices();
        for (String component : List.of("interview storage", "user storage", "code submission storage",
                "progress storage", "activity log storage", "review schedule storage", "weakness evidence storage")) {
            assertThat(choices).filteredOn(c -> c.component().equals(component)).singleElement()
                    .satisfies(c -> assertThat(c.implementation()).contains("R2DBC"));
        }
        assertThat(choices).contains(new ComponentChoice("memory store", "PostgreSQL + pgvector (R2DBC)",
                "R2DBC ConnectionFactory bean"));
        for (String component : List.of("interview session cache", "rate limiter", "retrieval cache")) {
            assertThat(choices).filteredOn(c -> c.component().equals(component)).singleElement()
                    .satisfies(c -> assertThat(c.implementation()).containsIgnoringCase("Redis"));
        }
    }

    private static List<UUID> memoryIds(List<RetrievedMemory> found) {
        return found.stream().map(m -> m.memory().id()).toList();
    }
}
