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
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import reactor.core.publisher.Mono;

/** A whole interview through the auto-configured engine teaches the memory and the tracker. */
class InterviewLearningTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final String ANSWER = "When our checkout latency doubled before a launch, I owned the "
            + "investigation: I profiled the payment service, found an N+1 query in the coupon lookup, batched it "
            + "and added a cache. Latency fell from 900 ms to 120 ms and we launched on time; I then wrote a "
            + "runbook so the on-call team could spot the pattern.";

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
        });
    }

    @Test
    void aUserDefinedListenerReplacesTheLearning() {
        StepListener mine = (previous, stored, turns) -> Mono.empty();
        runner.withBean(StepListener.class, () -> mine).run(context ->
                assertThat(context.getBean(StepListener.class)).isSameAs(mine));
    }
}
