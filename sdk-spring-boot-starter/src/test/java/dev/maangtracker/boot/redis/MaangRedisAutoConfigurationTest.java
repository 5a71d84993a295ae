package dev.maangtracker.boot.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maangtracker.boot.interview.RedisSessionStateCache;
import dev.maangtracker.boot.interview.SessionStateCache;
import dev.maangtracker.boot.judge.queue.JudgeStreamWorker;
import dev.maangtracker.boot.judge.queue.RedisStreamsCodeJudge;
import dev.maangtracker.boot.rag.RedisRetrievalCache;
import dev.maangtracker.boot.ratelimit.InProcessRateLimiter;
import dev.maangtracker.boot.ratelimit.LettuceRateLimiter;
import dev.maangtracker.boot.ratelimit.MaangLocalLimiterAutoConfiguration;
import dev.maangtracker.boot.ratelimit.RateLimitDecision;
import dev.maangtracker.boot.ratelimit.RateLimitPolicy;
import dev.maangtracker.boot.ratelimit.RateLimiter;
import dev.maangtracker.boot.startup.ComponentChoice;
import dev.maangtracker.core.judge.CodeJudge;
import dev.maangtracker.core.judge.JudgeAvailability;
import dev.maangtracker.core.judge.JudgeResult;
import dev.maangtracker.core.judge.Submission;
import dev.maangtracker.rag.cache.RetrievalCache;
import io.lettuce.core.ClientOptions;
import java.io.IOException;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration;
import org.springframework.boot.data.redis.autoconfigure.DataRedisReactiveAutoConfiguration;
import org.springframework.boot.data.redis.autoconfigure.LettuceClientOptionsBuilderCustomizer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.core.publisher.Mono;

/** Which Redis beans the starter defines, with and without Redis, per property, and when the user has their own. */
class MaangRedisAutoConfigurationTest {

    private final int closedPort = closedPort();

    private final ApplicationContextRunner withoutRedis = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(MaangRedisAutoConfiguration.class,
                    MaangLocalLimiterAutoConfiguration.class));

    // Boot's own Redis auto-configuration, pointed at a port nothing listens on: no test here needs Redis to answer.
    private final ApplicationContextRunner withRedis = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataRedisAutoConfiguration.class,
                    DataRedisReactiveAutoConfiguration.class, MaangRedisAutoConfiguration.class,
                    MaangLocalLimiterAutoConfiguration.class))
            .withPropertyValues("spring.data.redis.host=127.0.0.1", "spring.data.redis.port=" + closedPort,
                    "spring.data.redis.connect-timeout=200ms");

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void withoutRedisOnlyTheInProcessLimiterIsDefined() {
        withoutRedis.run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context).doesNotHaveBean(SessionStateCache.class).doesNotHaveBean(RetrievalCache.class)
                    .doesNotHaveBean(CodeJudge.class).doesNotHaveBean(JudgeStreamWorker.class);
            assertThat(context).getBean(RateLimiter.class).isInstanceOf(InProcessRateLimiter.class);
            assertThat(context.getBeansOfType(ComponentChoice.class).values())
                    .contains(new ComponentChoice("rate limiter", "Bucket4j in process", "no Redis connection"));
        });
    }

    @Test
    void withRedisTheCachesAndLimiterUseIt() {
        withRedis.run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context).getBean(SessionStateCache.class).isInstanceOf(RedisSessionStateCache.class);
            assertThat(context).getBean(RetrievalCache.class).isInstanceOf(RedisRetrievalCache.class);
            assertThat(context).getBean(RateLimiter.class).isInstanceOf(LettuceRateLimiter.class);
            assertThat(context).doesNotHaveBean(RedisStreamsCodeJudge.class).doesNotHaveBean(JudgeStreamWorker.class);
            assertThat(context).hasSingleBean(LettuceClientOptionsBuilderCustomizer.class);
            assertThat(context.getBeansOfType(ComponentChoice.class).values()).extracting(ComponentChoice::component)
                    .contains("interview session cache", "rate limiter").doesNotContain("judge queue");
            RateLimitDecision decision = context.getBean(RateLimiter.class)
                    .tryConsume("alice", new dev.maangtracker.boot.ratelimit.RateLimitPolicy("login", 1,
                            java.time.Duration.ofMinutes(1))).block(java.time.Duration.ofSeconds(5));
            assertThat(decision.allowed()).as("an unreachable Redis does not deny").isTrue();
        });
    }

    @Test
    void theLettuceCustomizerRejectsCommandsWhileDisconnectedUnlessTurnedOff() {
        withRedis.run(context -> {
            ClientOptions.Builder options = ClientOptions.builder();
            context.getBean(LettuceClientOptionsBuilderCustomizer.class).customize(options);
            assertThat(options.build().getDisconnectedBehavior())
                    .isEqualTo(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS);
        });
        withRedis.withPropertyValues("maang.redis.reject-while-disconnected=false")
                .run(context -> assertThat(context).doesNotHaveBean(LettuceClientOptionsBuilderCustomizer.class));
    }

    @Test
    void theRedisJudgeQueueIsPrimaryAndItsWorkerUsesTheLocalJudge() {
        withRedis.withUserConfiguration(LocalJudge.class).withPropertyValues("maang.judge.queue=redis").run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context).getBean(CodeJudge.class).isInstanceOf(RedisStreamsCodeJudge.class);
            assertThat(context).getBean("codeJudge").isInstanceOf(FixedUnavailableJudge.class);
            assertThat(context).hasSingleBean(JudgeStreamWorker.class);
            assertThat(context.getBeansOfType(ComponentChoice.class).values()).extracting(ComponentChoice::component)
                    .contains("judge queue", "judge worker");
        });
    }

    @Test
    void aClientOnlyInstanceHasNoWorker() {
        withRedis.withPropertyValues("maang.judge.queue=redis", "maang.judge.worker.enabled=false").run(context -> {
            assertThat(context).hasSingleBean(RedisStreamsCodeJudge.class);
            assertThat(context).doesNotHaveBean(JudgeStreamWorker.class);
        });
    }

    @Test
    void aJudgeOnlyInstanceRunsItsWorkerWhateverEnabledSays() {
        withRedis.withUserConfiguration(LocalJudge.class)
                .withPropertyValues("maang.judge.queue=redis", "maang.judge.worker.enabled=false",
                        "maang.judge.worker.only=true", "maang.judge.worker.name=judge-1")
                .run(context -> {
                    assertThat(context).getBean(JudgeStreamWorker.class).extracting(JudgeStreamWorker::name)
                            .isEqualTo("judge-1");
                    assertThat(context.getBeansOfType(ComponentChoice.class).values()).contains(new ComponentChoice(
                            "judge worker", "consumer judge-1, concurrency 2",
                            "judge-only instance (maang.judge.worker.only=true)"));
                });
    }

    @Test
    void aWorkerWithoutALocalJudgeBeanIsDefinedButDoesNotRead() {
        withRedis.withPropertyValues("maang.judge.queue=redis").run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(JudgeStreamWorker.class).isRunning()).isFalse();
        });
    }

    @Test
    void theLocalQueueDefinesNoRedisJudge() {
        withRedis.withPropertyValues("maang.judge.queue=local")
                .run(context -> assertThat(context).doesNotHaveBean(RedisStreamsCodeJudge.class));
    }

    @Test
    void userBeansWin() {
        withRedis.withUserConfiguration(UserBeans.class).withPropertyValues("maang.judge.queue=redis").run(context -> {
            assertThat(context).getBean(SessionStateCache.class).isSameAs(context.getBean(UserBeans.class).cache);
            assertThat(context).getBean(RateLimiter.class).isSameAs(UserBeans.LIMITER);
            assertThat(context.getBeansOfType(ComponentChoice.class).values())
                    .contains(new ComponentChoice("rate limiter", UserBeans.LIMITER.getClass().getSimpleName(),
                            "user-provided bean"));
        });
        withoutRedis.withUserConfiguration(UserBeans.class)
                .run(context -> assertThat(context).getBean(RateLimiter.class).isSameAs(UserBeans.LIMITER));
    }

    @Test
    void badPropertiesFailStartUpNamingTheProperty() {
        withRedis.withPropertyValues("maang.redis.command-timeout=0s").run(context ->
                assertThat(context).getFailure().rootCause().hasMessageContaining("command-timeout"));
        withRedis.withPropertyValues("maang.redis.key-prefix=has space").run(context ->
                assertThat(context).getFailure().rootCause().hasMessageContaining("keyPrefix"));
        withRedis.withPropertyValues("maang.judge.redis-queue.visibility-timeout=100ms").run(context ->
                assertThat(context).getFailure().rootCause().hasMessageContaining("visibility timeout"));
        withRedis.withPropertyValues("maang.judge.worker.concurrency=0").run(context ->
                assertThat(context).getFailure().rootCause().hasMessageContaining("worker.concurrency"));
        withRedis.withPropertyValues("maang.rate-limit.local-max-keys=0").run(context ->
                assertThat(context).getFailure().rootCause().hasMessageContaining("localMaxKeys"));
    }

    /** A stand-in for the sandbox, under the local judge's bean name. */
    static final class FixedUnavailableJudge implements CodeJudge {
        @Override
        public Mono<JudgeResult> judge(Submission submission) {
            return Mono.empty();
        }

        @Override
        public JudgeAvailability availability() {
            return JudgeAvailability.unavailable("a user-provided judge");
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class LocalJudge {
        @Bean
        CodeJudge codeJudge() {
            return new FixedUnavailableJudge();
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class UserBeans {
        static final RateLimiter LIMITER = new RateLimiter() {
            @Override
            public Mono<RateLimitDecision> tryConsume(String key, RateLimitPolicy policy) {
                return Mono.just(RateLimitDecision.allowed(1));
            }

            @Override
            public Mono<Void> forget(String key, RateLimitPolicy policy) {
                return Mono.empty();
            }
        };
        final SessionStateCache cache = SessionStateCache.none();

        @Bean
        SessionStateCache userCache() {
            return cache;
        }

        @Bean
        RateLimiter userLimiter() {
            return LIMITER;
        }
    }
}
