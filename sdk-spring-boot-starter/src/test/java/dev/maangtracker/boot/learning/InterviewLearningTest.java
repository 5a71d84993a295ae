package dev.maangtracker.boot.learning;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maangtracker.boot.MaangAutoConfigurations;
import dev.maangtracker.core.interview.AnswerResult;
import dev.maangtracker.core.interview.CandidateAnswer;
import dev.maangtracker.core.interview.InterviewEngine;
import dev.maangtracker.core.interview.InterviewSession;
import dev.maangtracker.core.interview.NewInterview;
import dev.maangtracker.core.interview.SessionStatus;
import dev.maangtracker.core.interview.StepListener;
import dev.maangtracker.core.question.Difficulty;
import dev.maangtracker.core.question.InterviewMode;
import dev.maangtracker.rag.MessageType;
import dev.maangtracker.rag.RetrievedMemory;
import dev.maangtracker.rag.retrieve.MemoryRetriever;
import dev.maangtracker.tracker.activity.ActivityEvent;
import dev.maangtracker.tracker.activity.ActivityLog;
import dev.maangtracker.tracker.activity.ActivityType;
import dev.maangtracker.tracker.review.ReviewItemRepository;
import dev.maangtracker.tracker.weakness.EvidenceRepository;
import dev.maangtracker.core.interview.Turn;
import dev.maangtracker.core.interview.TurnKind;
import dev.maangtracker.tracker.progress.Attempt;
import dev.maangtracker.tracker.progress.ProblemStatus;
import dev.maangtracker.tracker.progress.ProgressReport;
import dev.maangtracker.tracker.progress.ProgressTracker;
import dev.maangtracker.tracker.review.ItemType;
import dev.maangtracker.tracker.review.ReviewItem;
import dev.maangtracker.tracker.roadmap.RoadmapCatalog;
import dev.maangtracker.tracker.weakness.QuestionTopics;
import java.util.ArrayList;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import reactor.core.publisher.Mono;

/** Whole interviews through the auto-configured engine teach the memory and the tracker, and move the roadmap. */
class InterviewLearningTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final String ANSWER = "When our checkout latency doubled before a launch, I owned the "
            + "investigation: I profiled the payment service, found an N+1 query in the coupon lookup, batched it "
            + "and added a cache. Latency fell from 900 ms to 120 ms and we launched on time; I then wrote a "
            + "runbook so the on-call team could spot the pattern.";

    private static final String EXPLANATION = "I sort the numbers and scan them once with two pointers, so the time "
            + "complexity is O(n log n) and the space complexity is O(1); edge cases are an empty list and duplicates.";
    private static final String DESIGN = "I clarify the requirements, estimate 4000 reads per second, define the "
            + "API, store links in a table partitioned by key, cache hot keys, shard by key hash and replicate for "
            + "reads; the bottleneck is the database on cache misses, and I trade consistency for latency.";

    private final ApplicationContextRunner runner = MaangAutoConfigurations.light();

    @Test
    void answersAreRememberedAndTheCompletedReportFeedsTheTracker() {
        runner.run(context -> {
            assertThat(context.getBean(StepListener.class)).isInstanceOf(InterviewLearning.class);
            InterviewEngine engine = context.getBean(InterviewEngine.class);
            UUID user = UUID.randomUUID();
            UUID other = UUID.randomUUID();
            InterviewSession session = engine.create(user, NewInterview.of(InterviewMode.BEHAVIORAL,
                    Difficulty.MEDIUM)).block(TIMEOUT);
            engine.start(user, session.id()).block(TIMEOUT);
            AnswerResult answered = engine.answer(user, session.id(), CandidateAnswer.of(ANSWER)).block(TIMEOUT);
            if (answered.session().status() != SessionStatus.COMPLETED) {
                engine.complete(user, session.id()).block(TIMEOUT);
            }

            MemoryRetriever retriever = context.getBean(MemoryRetriever.class);
            List<RetrievedMemory> found = retriever.retrieve(user, "checkout latency coupon query cache")
                    .block(TIMEOUT);
            assertThat(found).isNotEmpty();
            assertThat(found.get(0).memory().content()).contains("N+1 query");
            assertThat(found.get(0).memory().messageType()).isEqualTo(MessageType.ANSWER);
            assertThat(found.get(0).memory().sessionId()).isEqualTo(session.id());
            assertThat(retriever.retrieve(other, "checkout latency coupon query cache").block(TIMEOUT))
                    .as("another user's retrieval never sees this user's answers").isEmpty();

            assertThat(context.getBean(EvidenceRepository.class).findByUser(user).collectList().block(TIMEOUT))
                    .as("evaluations, analytics and the report add weakness evidence").isNotEmpty();
            assertThat(context.getBean(ReviewItemRepository.class).findAll(user).collectList().block(TIMEOUT))
                    .as("the report's dimensions are scheduled for review").isNotEmpty();
            assertThat(context.getBean(ActivityLog.class).findByUser(user).collectList().block(TIMEOUT))
                    .extracting(ActivityEvent::type).containsExactly(ActivityType.INTERVIEW_COMPLETED);
            assertThat(context.getBean(ProgressTracker.class).attempts(user).block(TIMEOUT))
                    .as("a behavioral interview is no roadmap practice").isEmpty();
        });
    }

    @Test
    void aCodingInterviewIsAnAttemptAtEachOfItsRoadmapProblems() {
        runner.run(context -> {
            UUID user = UUID.randomUUID();
            List<String> asked = interview(context.getBean(InterviewEngine.class), user, InterviewMode.CODING,
                    new CandidateAnswer(EXPLANATION, "def solve(nums):\n    return sorted(nums)\n", "python", null));

            ProgressTracker progress = context.getBean(ProgressTracker.class);
            RoadmapCatalog roadmap = context.getBean(RoadmapCatalog.class);
            // The judge is off here: each outcome comes from the evaluation's scores, the code never ran.
            assertThat(progress.attempts(user).block(TIMEOUT)).extracting(Attempt::slug)
                    .containsExactlyElementsOf(asked);
            ProgressReport report = progress.report(user).block(TIMEOUT);
            List<ReviewItem> reviews = context.getBean(ReviewItemRepository.class).findAll(user).collectList()
                    .block(TIMEOUT);
            for (String questionId : asked) {
                assertThat(progress.progress(user, questionId).block(TIMEOUT).status())
                        .isNotEqualTo(ProblemStatus.TODO);
                assertThat(report.byTopic().get(roadmap.problem(questionId).mainTopic())).isPositive();
                assertThat(reviews).filteredOn(r -> r.type() == ItemType.PROBLEM && r.key().equals(questionId))
                        .singleElement().satisfies(r -> assertThat(r.card().reps()).isEqualTo(1));
            }
        });
    }

    @Test
    void aSystemDesignInterviewIsAStudyOfItsPromptsConcepts() {
        runner.run(context -> {
            UUID user = UUID.randomUUID();
            List<String> asked = interview(context.getBean(InterviewEngine.class), user, InterviewMode.SYSTEM_DESIGN,
                    CandidateAnswer.of(DESIGN));

            RoadmapCatalog roadmap = context.getBean(RoadmapCatalog.class);
            QuestionTopics topics = context.getBean(QuestionTopics.class);
            List<String> concepts = asked.stream().flatMap(q -> topics.topicsOf(q).stream())
                    .filter(t -> roadmap.findConcept(t).isPresent()).distinct().toList();
            ProgressTracker progress = context.getBean(ProgressTracker.class);
            assertThat(concepts).isNotEmpty();
            assertThat(progress.attempts(user).block(TIMEOUT)).extracting(Attempt::slug)
                    .containsExactlyInAnyOrderElementsOf(concepts);
            assertThat(progress.report(user).block(TIMEOUT).systemDesign()).isPositive();
        });
    }

    /** Answers every question and follow-up with {@code answer} (words only after the first) and completes. */
    private static List<String> interview(InterviewEngine engine, UUID user, InterviewMode mode,
                                          CandidateAnswer answer) {
        InterviewSession session = engine.create(user, NewInterview.of(mode, Difficulty.EASY)).block(TIMEOUT);
        Turn prompt = engine.start(user, session.id()).block(TIMEOUT).prompt();
        List<String> asked = new ArrayList<>();
        for (int step = 0; step < 20 && prompt != null; step++) {
            boolean question = prompt.kind() == TurnKind.QUESTION;
            if (question) {
                asked.add(prompt.questionId());
            }
            prompt = engine.answer(user, session.id(), question ? answer : CandidateAnswer.of(answer.text()))
                    .block(TIMEOUT).nextPrompt().orElse(null);
        }
        assertThat(prompt).isNull();
        engine.complete(user, session.id()).block(TIMEOUT);
        return asked;
    }

    @Test
    void aUserDefinedListenerReplacesTheLearning() {
        StepListener mine = (previous, stored, turns) -> Mono.empty();
        runner.withBean(StepListener.class, () -> mine).run(context ->
                assertThat(context.getBean(StepListener.class)).isSameAs(mine));
    }
}
