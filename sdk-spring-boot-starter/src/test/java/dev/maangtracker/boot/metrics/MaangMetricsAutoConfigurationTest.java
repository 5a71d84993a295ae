package dev.maangtracker.boot.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.maangtracker.boot.MaangAutoConfigurations;
import dev.maangtracker.boot.judge.DisabledCodeJudge;
import dev.maangtracker.boot.judge.MaangJudgeAutoConfiguration;
import dev.maangtracker.boot.startup.ComponentChoice;
import dev.maangtracker.core.error.UnavailableException;
import dev.maangtracker.core.judge.CodeJudge;
import dev.maangtracker.core.judge.JudgeAvailability;
import dev.maangtracker.core.judge.JudgeResult;
import dev.maangtracker.core.judge.Language;
import dev.maangtracker.core.judge.Submission;
import dev.maangtracker.core.judge.TestSelection;
import dev.maangtracker.core.judge.Verdict;
import dev.maangtracker.core.question.QuestionBank;
import dev.maangtracker.rag.MessageType;
import dev.maangtracker.rag.cache.InProcessRetrievalCache;
import dev.maangtracker.rag.cache.RetrievalCache;
import dev.maangtracker.rag.retrieve.MemoryRetriever;
import dev.maangtracker.rag.write.MemoryWriter;
import dev.maangtracker.rag.write.NewMemory;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import reactor.core.publisher.Mono;

class MaangMetricsAutoConfigurationTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final ApplicationContextRunner runner = MaangAutoConfigurations.light()
            .withConfiguration(AutoConfigurations.of(MaangMetricsAutoConfiguration.class));

    private static Submission submission(Language language) {
        return new Submission(QuestionBank.loadDefault().codingProblems().get(0), language, "def f():\n    return 1\n",
                TestSelection.VISIBLE);
    }

    /** A judge with a fixed verdict that records whether the context closed it. */
    static final class FixedJudge implements CodeJudge, AutoCloseable {
        final Verdict verdict;
        final AtomicBoolean closed = new AtomicBoolean();

        FixedJudge(Verdict verdict) {
            this.verdict = verdict;
        }

        @Override
        public Mono<JudgeResult> judge(Submission submission) {
            if (verdict == null) {
                return Mono.error(UnavailableException.busy("judge queue", Duration.ofSeconds(1)));
            }
            return Mono.just(new JudgeResult(verdict, List.of(), Optional.empty(), "", Duration.ZERO));
        }

        @Override
        public JudgeAvailability availability() {
            return new JudgeAvailability(Optional.empty(), Map.of());
        }

        @Override
        public void close() {
            closed.set(true);
        }
    }

    @Test
    void withoutARegistryNothingIsWrapped() {
        runner.run(context -> {
            assertThat(context).doesNotHaveBean(MeterRegistry.class);
            assertThat(context.getBean(MaangJudgeAutoConfiguration.BEAN)).isInstanceOf(DisabledCodeJudge.class);
            assertThat(context.getBean(RetrievalCache.class)).isInstanceOf(InProcessRetrievalCache.class);
        });
    }

    @Test
    void timesJudgeRunsByJudgeLanguageAndVerdictKeepingTheNameAndClosingTheJudge() {
        FixedJudge local = new FixedJudge(Verdict.WRONG_ANSWER);
        runner.withBean(SimpleMeterRegistry.class, SimpleMeterRegistry::new)
                .withBean(MaangJudgeAutoConfiguration.BEAN, CodeJudge.class, () -> local)
                .run(context -> {
                    CodeJudge judge = context.getBean(MaangJudgeAutoConfiguration.BEAN, CodeJudge.class);
                    assertThat(judge).isInstanceOf(MeteredCodeJudge.class);
                    assertThat(MeteredCodeJudge.unwrap(judge)).isSameAs(local);
                    assertThat(judge.judge(submission(Language.PYTHON)).block(TIMEOUT).verdict())
                            .isEqualTo(Verdict.WRONG_ANSWER);
                    Timer runs = context.getBean(MeterRegistry.class).get(MeteredCodeJudge.RUNS)
                            .tags("judge", "codeJudge", "language", "python", "verdict", "wrong_answer").timer();
                    assertThat(runs.count()).isEqualTo(1);
                    // The start-up table still describes the judge itself, not the wrapper.
                    assertThat(context.getBeansOfType(ComponentChoice.class).values())
                            .filteredOn(c -> c.component().equals(MaangJudgeAutoConfiguration.COMPONENT))
                            .singleElement().extracting(ComponentChoice::implementation).isEqualTo("FixedJudge");
                });
        assertThat(local.closed).as("closed through the wrapper").isTrue();
    }

    @Test
    void thePrimaryJudgeStaysPrimaryAndFailuresAreTaggedUnavailable() {
        FixedJudge queue = new FixedJudge(null);
        runner.withBean(SimpleMeterRegistry.class, SimpleMeterRegistry::new)
                .withBean(MaangJudgeAutoConfiguration.BEAN, CodeJudge.class, () -> new FixedJudge(Verdict.ACCEPTED))
                .withBean("queueJudge", CodeJudge.class, () -> queue, definition -> definition.setPrimary(true))
                .run(context -> {
                    CodeJudge primary = context.getBean(CodeJudge.class);
                    assertThat(MeteredCodeJudge.unwrap(primary)).isSameAs(queue);
                    assertThatThrownBy(() -> primary.judge(submission(Language.JAVA)).block(TIMEOUT))
                            .isInstanceOf(UnavailableException.class);
                    context.getBean(MaangJudgeAutoConfiguration.BEAN, CodeJudge.class)
                            .judge(submission(Language.JAVA)).block(TIMEOUT);
                    MeterRegistry registry = context.getBean(MeterRegistry.class);
                    assertThat(registry.get(MeteredCodeJudge.RUNS)
                            .tags("judge", "queueJudge", "language", "java", "verdict", "unavailable").timer().count())
                            .isEqualTo(1);
                    assertThat(registry.get(MeteredCodeJudge.RUNS)
                            .tags("judge", "codeJudge", "language", "java", "verdict", "accepted").timer().count())
                            .isEqualTo(1);
                });
    }

    @Test
    void anUnexpectedFailureIsTaggedErrorAndAJudgeThatCannotCloseIsLeftAlone() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        CodeJudge failing = new CodeJudge() {
            @Override
            public Mono<JudgeResult> judge(Submission submission) {
                return Mono.error(new IllegalStateException("boom"));
            }

            @Override
            public JudgeAvailability availability() {
                return JudgeAvailability.unavailable("test");
            }
        };
        MeteredCodeJudge metered = new MeteredCodeJudge(failing, registry, "judge");
        assertThatThrownBy(() -> metered.judge(submission(Language.JAVASCRIPT)).block(TIMEOUT))
                .isInstanceOf(IllegalStateException.class);
        assertThat(registry.get(MeteredCodeJudge.RUNS).tags("judge", "judge", "language", "javascript", "verdict",
                "error").timer().count()).isEqualTo(1);
        assertThat(metered.availability()).isEqualTo(failing.availability());
        org.assertj.core.api.Assertions.assertThatCode(metered::close).doesNotThrowAnyException();
    }

    @Test
    void timesRetrievalsAndCountsCacheHitsAndMisses() {
        runner.withBean(SimpleMeterRegistry.class, SimpleMeterRegistry::new).run(context -> {
            UUID alice = UUID.randomUUID();
            context.getBean(MemoryWriter.class).remember(new NewMemory(alice, null, null,
                    "I sharded the payments database by merchant id", "databases", MessageType.ANSWER,
                    Instant.now())).block(TIMEOUT);
            MemoryRetriever retriever = context.getBean(MemoryRetriever.class);
            assertThat(retriever.retrieve(alice, "database sharding").block(TIMEOUT)).hasSize(1);
            assertThat(retriever.retrieve(alice, "database sharding").block(TIMEOUT)).hasSize(1);
            assertThat(retriever.retrieve(alice, "payments").block(TIMEOUT)).hasSize(1);

            MeterRegistry registry = context.getBean(MeterRegistry.class);
            assertThat(registry.get(RetrievalTimer.RETRIEVALS).tag("outcome", "searched").timer().count()).isEqualTo(2);
            assertThat(registry.get(RetrievalTimer.RETRIEVALS).tag("outcome", "cache_hit").timer().count()).isEqualTo(1);
            assertThat(registry.get(RetrievalTimer.RETRIEVALS).tag("outcome", "failed").timer().count()).isZero();
            assertThat(registry.get(MeteredRetrievalCache.LOOKUPS).tags("cache", "in-process", "result", "hit")
                    .counter().count()).isEqualTo(1);
            assertThat(registry.get(MeteredRetrievalCache.LOOKUPS).tags("cache", "in-process", "result", "miss")
                    .counter().count()).isEqualTo(2);
            // The cache bean is still the adapter itself; only the retriever's view is counted.
            assertThat(context.getBean(RetrievalCache.class)).isInstanceOf(InProcessRetrievalCache.class);
        });
    }
}
