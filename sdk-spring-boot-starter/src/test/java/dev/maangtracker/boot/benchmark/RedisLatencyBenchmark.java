package dev.maangtracker.boot.benchmark;

import dev.maangtracker.boot.interview.RedisSessionStateCache;
import dev.maangtracker.boot.judge.queue.JudgeQueueKeys;
import dev.maangtracker.boot.judge.queue.JudgeQueueSettings;
import dev.maangtracker.boot.judge.queue.JudgeStreamWorker;
import dev.maangtracker.boot.judge.queue.RedisStreamsCodeJudge;
import dev.maangtracker.boot.ratelimit.InProcessRateLimiter;
import dev.maangtracker.boot.ratelimit.LettuceRateLimiter;
import dev.maangtracker.boot.ratelimit.RateLimitPolicy;
import dev.maangtracker.boot.redis.support.RedisJson;
import dev.maangtracker.boot.redis.RedisTestConnections;
import dev.maangtracker.core.interview.InterviewSession;
import dev.maangtracker.core.judge.CodeJudge;
import dev.maangtracker.core.judge.JudgeAvailability;
import dev.maangtracker.core.judge.JudgeResult;
import dev.maangtracker.core.judge.Language;
import dev.maangtracker.core.judge.Submission;
import dev.maangtracker.core.judge.TestSelection;
import dev.maangtracker.core.judge.Verdict;
import dev.maangtracker.core.question.Difficulty;
import dev.maangtracker.core.question.InterviewMode;
import dev.maangtracker.core.question.QuestionBank;
import dev.maangtracker.testsupport.RealServices;
import dev.maangtracker.testsupport.RedisEndpoint;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import reactor.core.publisher.Mono;

/**
 * Latency of the Redis components against the local Redis, one caller at a time: session cache read, rate limiter
 * decision (Redis and in process), and the judge queue's round trip with a local judge that answers at once, which
 * is the queue's own overhead on top of the sandbox. Run:
 * <pre>
 * ./mvnw -q -pl sdk-spring-boot-starter -am install -DskipTests
 * ./mvnw -q -pl sdk-spring-boot-starter exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=dev.maangtracker.boot.benchmark.RedisLatencyBenchmark
 * </pre>
 */
public final class RedisLatencyBenchmark {

    private static final int WARM_UP = 200;
    private static final int CALLS = 1000;
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private RedisLatencyBenchmark() {
    }

    public static void main(String[] args) {
        RedisEndpoint redis = RealServices.redis();
        try (RedisTestConnections connections = new RedisTestConnections()) {
            ReactiveStringRedisTemplate template = connections.template(redis.host(), redis.port());

            RedisSessionStateCache cache = new RedisSessionStateCache(template, connections.prefix(),
                    Duration.ofMinutes(5), Duration.ofMillis(500), RedisJson.mapper());
            InterviewSession session = InterviewSession.create(UUID.randomUUID(), UUID.randomUUID(),
                    InterviewMode.CODING, Difficulty.MEDIUM, "Acme", "Backend", Duration.ofMinutes(20), Instant.now());
            cache.put(session).block(TIMEOUT);
            print("session cache get", measure(WARM_UP, CALLS,
                    () -> cache.get(session.userId(), session.id()).block(TIMEOUT)));

            LettuceConnectionFactory factory = connections.factory(redis.host(), redis.port());
            LettuceRateLimiter limiter = new LettuceRateLimiter(factory::getNativeClient, connections.prefix(),
                    Duration.ofMillis(500), new InProcessRateLimiter());
            limiter.warmUp();
            RateLimitPolicy policy = new RateLimitPolicy("bench", RateLimitPolicy.MAX_CAPACITY, Duration.ofHours(1));
            print("rate limiter, Redis (Bucket4j CAS)", measure(WARM_UP, CALLS,
                    () -> limiter.tryConsume("user-1", policy).block(TIMEOUT)));
            InProcessRateLimiter local = new InProcessRateLimiter();
            print("rate limiter, in process", measure(WARM_UP, CALLS,
                    () -> local.tryConsume("user-1", policy).block(TIMEOUT)));
            limiter.close();

            JudgeQueueKeys keys = new JudgeQueueKeys(connections.prefix());
            JudgeQueueSettings settings = JudgeQueueSettings.defaults();
            Submission submission = new Submission(QuestionBank.loadDefault().codingProblems().get(0),
                    Language.PYTHON, "def f():\n    return 1\n", TestSelection.ALL);
            try (JudgeStreamWorker worker = new JudgeStreamWorker(template, keys, settings, new InstantJudge(),
                    RedisJson.mapper(), Clock.systemUTC(), "bench-worker")) {
                worker.start();
                RedisStreamsCodeJudge client = new RedisStreamsCodeJudge(template, keys, settings, RedisJson.mapper(),
                        Clock.systemUTC());
                print("judge queue round trip (instant local judge)", measure(50, 300,
                        () -> client.judge(submission).block(TIMEOUT)));
            }
        }
    }

    private static Latencies measure(int warmUp, int calls, Runnable call) {
        for (int i = 0; i < warmUp; i++) {
            call.run();
        }
        Latencies latencies = new Latencies(calls);
        for (int i = 0; i < calls; i++) {
            latencies.time(call);
        }
        return latencies;
    }

    private static void print(String what, Latencies latencies) {
        System.out.printf("%-46s %s%n", what, latencies);
    }

    /** Answers every submission at once, so the measured time is the queue's. */
    private static final class InstantJudge implements CodeJudge {
        @Override
        public Mono<JudgeResult> judge(Submission submission) {
            return Mono.just(new JudgeResult(Verdict.ACCEPTED, List.of(), Optional.empty(), "", Duration.ZERO));
        }

        @Override
        public JudgeAvailability availability() {
            return new JudgeAvailability(Optional.empty(), Map.of());
        }
    }
}
