package dev.maangtracker.boot.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maangtracker.boot.interview.SessionStateCache;
import dev.maangtracker.boot.judge.queue.JudgeStreamWorker;
import dev.maangtracker.boot.judge.queue.RedisStreamsCodeJudge;
import dev.maangtracker.boot.ratelimit.LettuceRateLimiter;
import dev.maangtracker.boot.ratelimit.MaangLocalLimiterAutoConfiguration;
import dev.maangtracker.boot.ratelimit.RateLimitDecision;
import dev.maangtracker.boot.ratelimit.RateLimitPolicy;
import dev.maangtracker.boot.ratelimit.RateLimiter;
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
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration;
import org.springframework.boot.data.redis.autoconfigure.DataRedisReactiveAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.core.publisher.Mono;

/**
 * Two application contexts configured only by properties, sharing the real Redis as two app instances would:
 * the session one stored is read by the other, their rate limits are one, and a judge call of a client-only
 * instance is run by the worker of a judge-only one.
 */
class MaangRedisAutoConfigurationIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private final RedisTestConnections connections = new RedisTestConnections();
    private final String prefix = connections.prefix();
    private final RedisEndpoint redis = RealServices.redis();

    private ApplicationContextRunner instance() {
        return new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(DataRedisAutoConfiguration.class,
                        DataRedisReactiveAutoConfiguration.class, MaangRedisAutoConfiguration.class,
                        MaangLocalLimiterAutoConfiguration.class))
                .withPropertyValues("spring.data.redis.host=" + redis.host(), "spring.data.redis.port=" + redis.port(),
                        "maang.redis.key-prefix=" + prefix, "maang.judge.redis-queue.read-block=200ms",
                        "maang.judge.redis-queue.heartbeat-interval=200ms",
                        "maang.judge.redis-queue.worker-stale-after=2s");
    }

    @AfterEach
    void removeKeys() {
        connections.template(redis.host(), redis.port());
        connections.close();
    }

    @Test
    void twoInstancesShareSessionsLimitsAndJudgeWork() {
        Submission submission = new Submission(QuestionBank.loadDefault().codingProblems().get(0), Language.PYTHON,
                "def f():\n    return 1\n", TestSelection.VISIBLE);
        InterviewSession session = InterviewSession.create(UUID.randomUUID(), UUID.randomUUID(), InterviewMode.HR,
                Difficulty.EASY, null, null, Duration.ofMinutes(10), Instant.now().truncatedTo(ChronoUnit.MILLIS));
        RateLimitPolicy policy = new RateLimitPolicy("login", 3, Duration.ofMinutes(5));

        instance().withPropertyValues("maang.judge.queue=redis", "maang.judge.worker.enabled=false").run(app -> {
            instance().withUserConfiguration(InstantLocalJudge.class)
                    .withPropertyValues("maang.judge.queue=redis", "maang.judge.worker.only=true",
                            "maang.judge.worker.enabled=false")
                    .run(judgeHost -> {
                        assertThat(app).doesNotHaveBean(JudgeStreamWorker.class);
                        assertThat(judgeHost.getBean(JudgeStreamWorker.class).isRunning()).isTrue();

                        app.getBean(SessionStateCache.class).put(session).block(TIMEOUT);
                        assertThat(judgeHost.getBean(SessionStateCache.class).get(session.userId(), session.id())
                                .block(TIMEOUT)).isEqualTo(session);

                        RateLimiter first = app.getBean(RateLimiter.class);
                        RateLimiter second = judgeHost.getBean(RateLimiter.class);
                        assertThat(first).isInstanceOf(LettuceRateLimiter.class);
                        assertThat(first.tryConsume("alice", policy).block(TIMEOUT).remaining()).isEqualTo(2);
                        assertThat(second.tryConsume("alice", policy).block(TIMEOUT).remaining()).isEqualTo(1);
                        assertThat(first.tryConsume("alice", policy).block(TIMEOUT).remaining()).isZero();
                        RateLimitDecision denied = second.tryConsume("alice", policy).block(TIMEOUT);
                        assertThat(denied.allowed()).isFalse();

                        CodeJudge judge = app.getBean(CodeJudge.class);
                        assertThat(judge).isInstanceOf(RedisStreamsCodeJudge.class);
                        assertThat(judge.judge(submission).block(TIMEOUT).message()).isEqualTo("judged on the judge host");
                    });
        });
    }

    @Configuration(proxyBeanMethods = false)
    static class InstantLocalJudge {
        @Bean
        CodeJudge codeJudge() {
            return new CodeJudge() {
                @Override
                public Mono<JudgeResult> judge(Submission submission) {
                    return Mono.just(new JudgeResult(Verdict.ACCEPTED, List.of(), Optional.empty(),
                            "judged on the judge host", Duration.ZERO));
                }

                @Override
                public JudgeAvailability availability() {
                    return new JudgeAvailability(Optional.empty(), Map.of());
                }
            };
        }
    }
}
