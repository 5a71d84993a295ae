package dev.maangtracker.boot.system;

import static dev.maangtracker.boot.system.FullModeApp.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.maangtracker.core.error.ConflictException;
import dev.maangtracker.core.evaluation.InterviewReport;
import dev.maangtracker.core.interview.AnswerResult;
import dev.maangtracker.core.interview.CandidateAnswer;
import dev.maangtracker.core.interview.InterviewEngine;
import dev.maangtracker.core.interview.InterviewRepository;
import dev.maangtracker.core.interview.InterviewSession;
import dev.maangtracker.core.interview.NewInterview;
import dev.maangtracker.core.interview.Turn;
import dev.maangtracker.core.question.Difficulty;
import dev.maangtracker.core.question.InterviewMode;
import dev.maangtracker.core.user.UserAccount;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Two application contexts at once on one PostgreSQL and one Redis, as two stateless instances behind a
 * proxy: one interview is driven with its steps alternating between them, every step seeing the state of the
 * one before (the session cache is shared); the same answer submitted to both at the same moment is applied
 * once and the other gets {@link ConflictException}; the report is the same read from either.
 */
class TwoInstancesIT {

    private static final CandidateAnswer ANSWER = CandidateAnswer.of("Situation: two teams disagreed on the API "
            + "design of our billing service. Task: I had to get a decision in a week. Action: I wrote down both "
            + "options with their costs, ran a one-hour review and let data decide. Result: we shipped on time, "
            + "and the losing team's engineer later said the process felt fair; I learned to separate people "
            + "from positions.");

    private static FullModeApp app;
    private static ConfigurableApplicationContext a;
    private static ConfigurableApplicationContext b;

    @BeforeAll
    static void twoInstances() {
        app = new FullModeApp("two_instances");
        a = app.startWith(new Class<?>[] {CommitGate.Config.class});
        b = app.startWith(new Class<?>[] {CommitGate.Config.class});
    }

    @AfterAll
    static void cleanUp() {
        app.close();
    }

    @Test
    void oneInterviewServedAlternatelyByTwoInstancesStaysConsistent() {
        UserAccount user = FullModeApp.createUser(a);
        InterviewEngine onA = a.getBean(InterviewEngine.class);
        InterviewEngine onB = b.getBean(InterviewEngine.class);
        AtomicBoolean raced = new AtomicBoolean();

        InterviewReport report = new InterviewRun(List.of(onA, onB)).run(user.id(),
                NewInterview.of(InterviewMode.BEHAVIORAL, Difficulty.MEDIUM), ANSWER, (run, session) -> {
                    if (raced.compareAndSet(false, true)) {
                        doubleSubmit(onA, onB, user.id(), session);
                    }
                });

        assertThat(raced).isTrue();
        assertThat(onA.report(user.id(), reportSession(onA, user.id())).block(TIMEOUT)).isEqualTo(report);
        assertThat(onB.report(user.id(), reportSession(onB, user.id())).block(TIMEOUT)).isEqualTo(report);
    }

    /** The same answer to both instances at once: both read one version, exactly one commit wins. */
    private static void doubleSubmit(InterviewEngine onA, InterviewEngine onB, UUID user, InterviewSession before) {
        List<Turn> turnsBefore = onA.turns(user, before.id()).collectList().block(TIMEOUT);
        CommitGate.arm(2);
        List<Object> outcomes;
        try {
            outcomes = Flux.merge(attempt(onA, user, before), attempt(onB, user, before)).collectList().block(TIMEOUT);
        } finally {
            CommitGate.disarm();
        }
        assertThat(outcomes).hasSize(2);
        List<AnswerResult> applied = outcomes.stream().filter(AnswerResult.class::isInstance)
                .map(AnswerResult.class::cast).toList();
        assertThat(applied).hasSize(1);
        assertThat(outcomes).filteredOn(Throwable.class::isInstance).singleElement()
                .isInstanceOf(ConflictException.class);

        InterviewSession after = applied.get(0).session();
        assertThat(after.version()).isEqualTo(before.version() + 1);
        for (InterviewEngine engine : List.of(onA, onB)) {
            assertThat(engine.get(user, before.id()).block(TIMEOUT)).isEqualTo(after);
            List<Turn> turns = engine.turns(user, before.id()).collectList().block(TIMEOUT);
            assertThat(turns).hasSize(after.turnCount()).startsWith(turnsBefore.toArray(Turn[]::new));
            // One answer was stored, not two.
            assertThat(turns.subList(turnsBefore.size(), turns.size()))
                    .filteredOn(t -> ANSWER.text().equals(t.text())).hasSize(1);
        }
    }

    private static Mono<Object> attempt(InterviewEngine engine, UUID user, InterviewSession session) {
        return engine.answer(user, session.id(), ANSWER).<Object>map(r -> r)
                .onErrorResume(error -> Mono.just(error)).subscribeOn(Schedulers.boundedElastic());
    }

    private static UUID reportSession(InterviewEngine engine, UUID user) {
        return engine.list(user, 10).blockFirst(TIMEOUT).id();
    }

    /**
     * Holds every interview commit, on every instance, until the armed number of commits have arrived, so two
     * racing steps are sure to have read the same session version before either writes.
     */
    static final class CommitGate {

        private static volatile CountDownLatch gate;

        static void arm(int commits) {
            gate = new CountDownLatch(commits);
        }

        static void disarm() {
            gate = null;
        }

        private static Mono<Void> pass() {
            CountDownLatch current = gate;
            if (current == null) {
                return Mono.empty();
            }
            return Mono.<Void>fromRunnable(() -> {
                current.countDown();
                try {
                    if (!current.await(20, TimeUnit.SECONDS)) {
                        throw new AssertionError("the racing commit never arrived");
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError(e);
                }
            }).subscribeOn(Schedulers.boundedElastic());
        }

        /** Wraps the context's interview repository in the gate. */
        @Configuration(proxyBeanMethods = false)
        static class Config {
            @Bean
            static BeanPostProcessor commitGate() {
                return new BeanPostProcessor() {
                    @Override
                    public Object postProcessAfterInitialization(Object bean, String name) {
                        return bean instanceof InterviewRepository repository ? new Gated(repository) : bean;
                    }
                };
            }
        }

        private record Gated(InterviewRepository delegate) implements InterviewRepository {
            @Override
            public Mono<InterviewSession> create(InterviewSession session) {
                return delegate.create(session);
            }

            @Override
            public Mono<InterviewSession> find(UUID userId, UUID sessionId) {
                return delegate.find(userId, sessionId);
            }

            @Override
            public Flux<InterviewSession> findByUser(UUID userId, int limit) {
                return delegate.findByUser(userId, limit);
            }

            @Override
            public Mono<InterviewSession> commit(InterviewSession next, List<Turn> newTurns) {
                return pass().then(Mono.defer(() -> delegate.commit(next, newTurns)));
            }

            @Override
            public Flux<Turn> turns(UUID userId, UUID sessionId) {
                return delegate.turns(userId, sessionId);
            }

            @Override
            public Mono<Boolean> delete(UUID userId, UUID sessionId) {
                return delegate.delete(userId, sessionId);
            }
        }
    }
}
