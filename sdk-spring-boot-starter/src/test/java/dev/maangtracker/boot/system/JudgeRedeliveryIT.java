package dev.maangtracker.boot.system;

import static dev.maangtracker.boot.system.FullModeApp.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.maangtracker.boot.judge.queue.JudgeStreamWorker;
import dev.maangtracker.boot.judge.queue.RedisStreamsCodeJudge;
import dev.maangtracker.core.judge.CodeJudge;
import dev.maangtracker.core.judge.JudgeAvailability;
import dev.maangtracker.core.judge.JudgeResult;
import dev.maangtracker.core.judge.Language;
import dev.maangtracker.core.judge.Submission;
import dev.maangtracker.core.judge.TestSelection;
import dev.maangtracker.core.judge.Verdict;
import dev.maangtracker.core.question.QuestionBank;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Judge work across application contexts: an app instance with {@code maang.judge.queue=redis} and no worker
 * submits; a judge-only instance takes the job and is shut down while it runs; a second judge-only instance,
 * started afterwards, completes it and the app instance gets that result. The local judge of each worker
 * instance is the test's {@code codeJudge} bean (the queue is under test, not the sandbox: that is
 * {@code SandboxJudgeQueueIT}); the queue's own cases are {@code RedisJudgeQueueIT}.
 */
class JudgeRedeliveryIT {

    private static final String[] QUEUE = {
            "--maang.judge.queue=redis",
            "--maang.judge.redis-queue.visibility-timeout=1s",
            "--maang.judge.redis-queue.heartbeat-interval=200ms",
            "--maang.judge.redis-queue.worker-stale-after=2s",
            "--maang.judge.redis-queue.read-block=200ms"};
    private static final Submission SUBMISSION = new Submission(QuestionBank.loadDefault().codingProblems().get(0),
            Language.PYTHON, "def solve():\n    return 1\n", TestSelection.VISIBLE);

    private static FullModeApp app;

    @BeforeAll
    static void services() {
        app = new FullModeApp("judge_redelivery");
    }

    @AfterAll
    static void cleanUp() {
        StuckJudge.release.countDown();
        app.close();
    }

    @Test
    void aJobOfAStoppedWorkerInstanceIsCompletedByAnotherInstance() throws Exception {
        ConfigurableApplicationContext client = app.start(with("--maang.judge.worker.enabled=false"));
        ConfigurableApplicationContext firstWorker = app.startWith(new Class<?>[] {StuckJudge.class},
                with("--maang.judge.worker.only=true", "--maang.judge.worker.enabled=false"));
        assertThat(client.getBeanProvider(JudgeStreamWorker.class).getIfAvailable()).isNull();
        assertThat(firstWorker.getBean(JudgeStreamWorker.class).isRunning()).isTrue();
        CodeJudge judge = client.getBean(CodeJudge.class);
        assertThat(judge).isInstanceOf(RedisStreamsCodeJudge.class);
        awaitAvailable(judge);

        CompletableFuture<JudgeResult> result = judge.judge(SUBMISSION).toFuture();
        assertThat(StuckJudge.started.await(30, TimeUnit.SECONDS)).as("the first worker instance took the job")
                .isTrue();
        firstWorker.close();
        assertThat(result).as("nobody has finished the job yet").isNotDone();

        ConfigurableApplicationContext secondWorker = app.startWith(new Class<?>[] {AnsweringJudge.class},
                with("--maang.judge.worker.only=true", "--maang.judge.worker.enabled=false"));

        assertThat(result.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS)).isEqualTo(AnsweringJudge.RESULT);
        assertThat(StuckJudge.calls).hasValue(1);
        assertThat(AnsweringJudge.calls).hasValue(1);
        secondWorker.close();
        client.close();
    }

    private static String[] with(String... more) {
        String[] all = new String[QUEUE.length + more.length];
        System.arraycopy(QUEUE, 0, all, 0, QUEUE.length);
        System.arraycopy(more, 0, all, QUEUE.length, more.length);
        return all;
    }

    /** Waits until the client sees a live worker through its heartbeats. */
    private static void awaitAvailable(CodeJudge judge) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!judge.availability().available() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(judge.availability().available()).as("the client sees the worker").isTrue();
    }

    private static JudgeAvailability everyLanguage() {
        return new JudgeAvailability(Optional.empty(), Map.of());
    }

    /** A local judge that never finishes until the test releases it: the worker instance dies mid-run. */
    @Configuration(proxyBeanMethods = false)
    static class StuckJudge {
        static final CountDownLatch started = new CountDownLatch(1);
        static final CountDownLatch release = new CountDownLatch(1);
        static final AtomicInteger calls = new AtomicInteger();

        @Bean
        CodeJudge codeJudge() {
            return new CodeJudge() {
                @Override
                public Mono<JudgeResult> judge(Submission submission) {
                    return Mono.fromCallable(() -> {
                        calls.incrementAndGet();
                        started.countDown();
                        release.await();
                        return new JudgeResult(Verdict.ACCEPTED, List.of(), Optional.empty(),
                                "judged by the stopped instance", Duration.ZERO);
                    }).subscribeOn(Schedulers.boundedElastic());
                }

                @Override
                public JudgeAvailability availability() {
                    return everyLanguage();
                }
            };
        }
    }

    /** A local judge that answers at once. */
    @Configuration(proxyBeanMethods = false)
    static class AnsweringJudge {
        static final JudgeResult RESULT = new JudgeResult(Verdict.ACCEPTED, List.of(), Optional.empty(),
                "judged by the second worker instance", Duration.ofMillis(7));
        static final AtomicInteger calls = new AtomicInteger();

        @Bean
        CodeJudge codeJudge() {
            return new CodeJudge() {
                @Override
                public Mono<JudgeResult> judge(Submission submission) {
                    calls.incrementAndGet();
                    return Mono.just(RESULT);
                }

                @Override
                public JudgeAvailability availability() {
                    return everyLanguage();
                }
            };
        }
    }
}
