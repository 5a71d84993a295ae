package dev.maangtracker.boot.judge.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.maangtracker.boot.redis.support.RedisJson;
import dev.maangtracker.boot.redis.RedisTestConnections;
import dev.maangtracker.boot.redis.TcpProxy;
import dev.maangtracker.core.error.InvalidInputException;
import dev.maangtracker.core.error.InvalidStateException;
import dev.maangtracker.core.error.UnavailableException;
import dev.maangtracker.core.judge.CodeJudge;
import dev.maangtracker.core.judge.GrowthCheck;
import dev.maangtracker.core.judge.JudgeAvailability;
import dev.maangtracker.core.judge.JudgeResult;
import dev.maangtracker.core.judge.Language;
import dev.maangtracker.core.judge.Submission;
import dev.maangtracker.core.judge.TestSelection;
import dev.maangtracker.core.question.QuestionBank;
import dev.maangtracker.testsupport.RealServices;
import dev.maangtracker.testsupport.RedisEndpoint;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;

/** The Redis Streams judge queue against a real Redis, with fake local judges (the sandbox is tested in sdk-core). */
class RedisJudgeQueueIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Submission SUBMISSION = new Submission(QuestionBank.loadDefault().codingProblems().get(0),
            Language.PYTHON, "def solve(*args):\n    return None\n", TestSelection.ALL);

    private final RedisTestConnections connections = new RedisTestConnections();
    private final List<JudgeStreamWorker> workers = new ArrayList<>();
    private ReactiveStringRedisTemplate redis;
    private JudgeQueueKeys keys;

    @BeforeEach
    void connect() {
        RedisEndpoint endpoint = RealServices.redis();
        redis = connections.template(endpoint.host(), endpoint.port());
        keys = new JudgeQueueKeys(connections.prefix());
    }

    @AfterEach
    void close() {
        workers.forEach(JudgeStreamWorker::close);
        connections.close();
    }

    private static JudgeQueueSettings.Builder fast() {
        return JudgeQueueSettings.builder()
                .visibilityTimeout(Duration.ofMillis(900))
                .heartbeatInterval(Duration.ofMillis(200))
                .workerStaleAfter(Duration.ofSeconds(1))
                .readBlock(Duration.ofMillis(200))
                .resultTimeoutBase(Duration.ofSeconds(20));
    }

    private RedisStreamsCodeJudge client(JudgeQueueSettings settings) {
        return new RedisStreamsCodeJudge(redis, keys, settings, RedisJson.mapper(), Clock.systemUTC());
    }

    private JudgeStreamWorker worker(String name, CodeJudge local, JudgeQueueSettings settings) {
        JudgeStreamWorker worker = new JudgeStreamWorker(redis, keys, settings, local, RedisJson.mapper(),
                Clock.systemUTC(), name);
        workers.add(worker);
        worker.start();
        return worker;
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting until " + what);
            }
            Thread.sleep(50);
        }
    }

    @Test
    void aJobIsJudgedByAWorkerAndItsResultReturnedToTheCaller() throws InterruptedException {
        FakeJudge local = FakeJudge.answering();
        worker("w1", local, fast().build());
        RedisStreamsCodeJudge client = client(fast().build());

        JudgeResult result = client.judge(SUBMISSION).block(TIMEOUT);
        Optional<GrowthCheck> growth = client.checkGrowth(SUBMISSION).block(TIMEOUT);

        assertThat(result).isEqualTo(FakeJudge.resultFor(SUBMISSION));
        assertThat(growth).hasValueSatisfying(check -> assertThat(check.summary()).isEqualTo("grows like n^1.1"));
        assertThat(local.calls).hasValue(1);
        // The worker pushes the outcome before it acknowledges and deletes the entry, so the caller
        // can see its result a moment before the stream is empty.
        await("finished jobs leave the stream", () -> redis.opsForStream().size(keys.jobs()).block(TIMEOUT) == 0);
    }

    @Test
    void aJobTakenByAWorkerThatIsThenStoppedIsCompletedByAnother() throws Exception {
        JudgeQueueSettings settings = fast().build();
        FakeJudge stuck = FakeJudge.hanging();
        JudgeStreamWorker first = worker("first", stuck, settings);
        CompletableFuture<JudgeResult> result = client(settings).judge(SUBMISSION).toFuture();
        assertThat(stuck.started.await(20, TimeUnit.SECONDS)).as("the first worker took the job").isTrue();

        FakeJudge healthy = FakeJudge.answering();
        worker("second", healthy, settings);
        Thread.sleep(settings.visibilityTimeout().multipliedBy(3).toMillis());
        assertThat(healthy.calls).as("a live worker renews its job, so nobody takes it over").hasValue(0);

        first.close();

        assertThat(result.get(20, TimeUnit.SECONDS)).isEqualTo(FakeJudge.resultFor(SUBMISSION));
        assertThat(healthy.calls).hasValue(1);
        assertThat(redis.opsForStream().pending(keys.jobs(), JudgeQueueKeys.GROUP).block(TIMEOUT).getTotalPendingMessages())
                .as("nothing left unacknowledged").isZero();
    }

    @Test
    void aJobThatKeepsKillingItsWorkersFailsAfterTheMaximumDeliveries() throws Exception {
        JudgeQueueSettings settings = fast().maxDeliveries(2).build();
        CompletableFuture<JudgeResult> result = client(settings).judge(SUBMISSION).toFuture();
        FakeJudge firstRun = FakeJudge.hanging();
        JudgeStreamWorker first = worker("victim-1", firstRun, settings);
        assertThat(firstRun.started.await(20, TimeUnit.SECONDS)).isTrue();
        FakeJudge secondRun = FakeJudge.hanging();
        JudgeStreamWorker second = worker("victim-2", secondRun, settings);
        first.close();
        assertThat(secondRun.started.await(20, TimeUnit.SECONDS)).as("delivered a second time").isTrue();
        second.close();

        FakeJudge third = FakeJudge.answering();
        worker("survivor", third, settings);

        assertThatThrownBy(() -> result.get(20, TimeUnit.SECONDS)).hasCauseInstanceOf(InvalidStateException.class)
                .cause().hasMessageContaining("abandoned by the judge after 2 deliveries");
        assertThat(third.calls).as("the poison job is not run a third time").hasValue(0);
    }

    @Test
    void stoppingAWorkerLetsItsRunningJobFinish() throws Exception {
        JudgeQueueSettings settings = fast().build();
        FakeJudge slow = FakeJudge.slow(Duration.ofMillis(700));
        JudgeStreamWorker worker = worker("graceful", slow, settings);
        CompletableFuture<JudgeResult> result = client(settings).judge(SUBMISSION).toFuture();
        assertThat(slow.started.await(20, TimeUnit.SECONDS)).isTrue();

        worker.stop();

        assertThat(worker.runningJobs()).isZero();
        assertThat(result.get(20, TimeUnit.SECONDS)).isEqualTo(FakeJudge.resultFor(SUBMISSION));
        assertThat(slow.calls).hasValue(1);
    }

    @Test
    void aWorkerCutOffFromRedisResumesWhenItReturns() throws Exception {
        RedisEndpoint endpoint = RealServices.redis();
        try (TcpProxy proxy = new TcpProxy(endpoint.host(), endpoint.port())) {
            ReactiveStringRedisTemplate throughProxy = connections.template(proxy.host(), proxy.port());
            FakeJudge local = FakeJudge.answering();
            JudgeStreamWorker worker = new JudgeStreamWorker(throughProxy, keys, fast().build(), local,
                    RedisJson.mapper(), Clock.systemUTC(), "behind-proxy");
            workers.add(worker);
            worker.start();
            RedisStreamsCodeJudge client = client(fast().build());
            assertThat(client.judge(SUBMISSION).block(TIMEOUT)).isEqualTo(FakeJudge.resultFor(SUBMISSION));

            proxy.stop();
            Thread.sleep(1500);
            proxy.start();

            assertThat(client.judge(SUBMISSION).block(TIMEOUT)).as("judged again once Redis is back")
                    .isEqualTo(FakeJudge.resultFor(SUBMISSION));
            assertThat(local.calls).hasValue(2);
        }
    }

    @Test
    void typedErrorsOfTheLocalJudgeReachTheCaller() {
        worker("w1", FakeJudge.failing(InvalidInputException.of("code", "must define a function named solve")),
                fast().build());
        RedisStreamsCodeJudge client = client(fast().build());

        assertThatThrownBy(() -> client.judge(SUBMISSION).block(TIMEOUT)).isInstanceOf(InvalidInputException.class)
                .hasMessage("code must define a function named solve");
    }

    @Test
    void aFullQueueFailsBusyWithoutWaiting() {
        RedisStreamsCodeJudge client = client(fast().maxQueueLength(1).build());
        reactor.core.Disposable waiting = client.judge(SUBMISSION).subscribe(ignored -> { }, ignored -> { });
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (redis.opsForStream().size(keys.jobs()).block(TIMEOUT) < 1 && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            assertThatThrownBy(() -> client.judge(SUBMISSION).block(TIMEOUT)).isInstanceOf(UnavailableException.class)
                    .hasMessageContaining("busy");
        } finally {
            waiting.dispose();
        }
    }

    @Test
    void availabilityFollowsTheWorkersHeartbeats() throws Exception {
        RedisStreamsCodeJudge client = client(fast().build());
        assertThat(client.refreshAvailability().block(TIMEOUT).available()).as("no worker yet").isFalse();

        JudgeStreamWorker worker = worker("w1", FakeJudge.answering(), fast().build());
        await("the worker's heartbeat is seen", () -> client.refreshAvailability().block(TIMEOUT).available());
        JudgeAvailability live = client.refreshAvailability().block(TIMEOUT);
        assertThat(live.whyNot(Language.JAVA)).as("languages the workers cannot run").contains("no JDK on this worker");
        assertThat(live.whyNot(Language.PYTHON)).isEmpty();
        JudgeStreamWorker another = worker("w2", FakeJudge.answeringEveryLanguage(), fast().build());
        await("a worker that runs Java is seen", () -> client.refreshAvailability().block(TIMEOUT)
                .whyNot(Language.JAVA).isEmpty());

        worker.stop();
        another.stop();
        assertThat(client.refreshAvailability().block(TIMEOUT).available()).as("a stopped worker says goodbye").isFalse();
    }

    @Test
    void aWorkerWithoutAUsableLocalJudgeTakesNoJobs() throws Exception {
        JudgeStreamWorker worker = worker("w1", new UnavailableLocalJudge("no sandbox here"), fast().build());
        assertThat(worker.isRunning()).isFalse();
        RedisStreamsCodeJudge client = client(fast().build());
        assertThat(client.refreshAvailability().block(TIMEOUT).reason()).isPresent();
    }
}
