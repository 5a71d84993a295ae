package dev.maangtracker.boot.redis;

import dev.maangtracker.boot.interview.RedisSessionStateCache;
import dev.maangtracker.boot.interview.SessionStateCache;
import dev.maangtracker.boot.judge.queue.JudgeQueueKeys;
import dev.maangtracker.boot.judge.queue.JudgeQueueProperties;
import dev.maangtracker.boot.judge.queue.JudgeStreamWorker;
import dev.maangtracker.boot.judge.queue.JudgeStreamWorkers;
import dev.maangtracker.boot.judge.queue.RedisStreamsCodeJudge;
import dev.maangtracker.boot.rag.RedisRetrievalCache;
import dev.maangtracker.boot.ratelimit.InProcessRateLimiter;
import dev.maangtracker.boot.ratelimit.LettuceRateLimiter;
import dev.maangtracker.boot.ratelimit.MaangRateLimitProperties;
import dev.maangtracker.boot.ratelimit.RateLimiter;
import dev.maangtracker.boot.redis.support.RedisJson;
import dev.maangtracker.boot.startup.ComponentChoice;
import dev.maangtracker.core.judge.CodeJudge;
import dev.maangtracker.rag.cache.InProcessRetrievalCache;
import dev.maangtracker.rag.cache.RetrievalCache;
import io.lettuce.core.ClientOptions;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration;
import org.springframework.boot.data.redis.autoconfigure.DataRedisReactiveAutoConfiguration;
import org.springframework.boot.data.redis.autoconfigure.LettuceClientOptionsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;
import org.springframework.data.redis.connection.ReactiveRedisConnectionFactory;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;

/**
 * Full-mode Redis components, when the context has a {@link ReactiveRedisConnectionFactory} (Spring Boot makes
 * one from {@code spring.data.redis.*}): the interview {@link SessionStateCache}, the shared {@link RateLimiter}
 * (Bucket4j on Lettuce; needs a {@link LettuceConnectionFactory}), the {@link RetrievalCache}, and with
 * {@code maang.judge.queue=redis} the judge queue: {@link RedisStreamsCodeJudge} as the primary
 * {@link CodeJudge} plus, unless {@code maang.judge.worker.enabled=false}, a {@link JudgeStreamWorker} running
 * jobs on the local judge bean {@code codeJudge}. Every bean backs off when the application defines its own.
 * Without Redis, {@code MaangLocalLimiterAutoConfiguration} and the other configurations provide the in-process
 * twins.
 */
@AutoConfiguration(after = {DataRedisAutoConfiguration.class, DataRedisReactiveAutoConfiguration.class})
@ConditionalOnClass({ReactiveRedisConnectionFactory.class, ReactiveStringRedisTemplate.class})
@ConditionalOnBean(ReactiveRedisConnectionFactory.class)
@EnableConfigurationProperties({MaangRedisProperties.class, MaangRateLimitProperties.class, JudgeQueueProperties.class})
public final class MaangRedisAutoConfiguration {

    /** The local judge's bean name, defined by the judge auto-configuration or the application. */
    public static final String LOCAL_JUDGE_BEAN = "codeJudge";

    static ReactiveStringRedisTemplate template(ObjectProvider<ReactiveStringRedisTemplate> templates,
                                                ReactiveRedisConnectionFactory factory) {
        return templates.getIfUnique(() -> new ReactiveStringRedisTemplate(factory));
    }

    /**
     * Makes Lettuce fail commands at once while disconnected instead of queueing them until it reconnects
     * (its default): the cache then misses and the limiter falls back immediately, and no stale write or token
     * consumption is replayed after the outage. {@code maang.redis.reject-while-disconnected=false} keeps
     * Lettuce's default.
     */
    @Bean
    @ConditionalOnProperty(name = "maang.redis.reject-while-disconnected", havingValue = "true", matchIfMissing = true)
    public LettuceClientOptionsBuilderCustomizer maangRejectWhileDisconnected() {
        return options -> options.disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS);
    }

    /** Session state shared by every instance. */
    @Bean
    @ConditionalOnMissingBean
    public SessionStateCache maangSessionStateCache(ReactiveRedisConnectionFactory factory,
                                                    ObjectProvider<ReactiveStringRedisTemplate> templates,
                                                    MaangRedisProperties properties) {
        return new RedisSessionStateCache(template(templates, factory), properties.getKeyPrefix(),
                properties.getSessionTtl(), properties.getCommandTimeout(), RedisJson.mapper());
    }

    /** Where interview session state is cached, for the start-up table. */
    @Bean
    public ComponentChoice maangSessionStateCacheChoice(SessionStateCache cache) {
        if (cache instanceof RedisSessionStateCache) {
            return new ComponentChoice("interview session cache", "Redis", "Redis connection configured");
        }
        return new ComponentChoice("interview session cache", cache.getClass().getSimpleName(), "user-provided bean");
    }

    /**
     * Retrieval results shared by every instance; its time to live is the in-process cache's
     * {@code maang.rag.cache.ttl}, so one property governs both modes.
     */
    @Bean
    @ConditionalOnMissingBean
    public RetrievalCache maangRedisRetrievalCache(ReactiveRedisConnectionFactory factory,
                                                   ObjectProvider<ReactiveStringRedisTemplate> templates,
                                                   Environment environment, MaangRedisProperties properties) {
        Duration ttl = Binder.get(environment).bind("maang.rag.cache.ttl", Duration.class)
                .orElse(InProcessRetrievalCache.DEFAULT_TTL);
        return new RedisRetrievalCache(template(templates, factory), properties.getKeyPrefix(), ttl);
    }

    /** The Redis rate limiter; it needs Lettuce's own client, which only a Lettuce factory has. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnBean(LettuceConnectionFactory.class)
    static class RedisRateLimiterConfiguration {

        /**
         * A dedicated connection from the factory's Lettuce client rather than a second client built from the
         * properties: same address, credentials, TLS, sentinel or cluster topology and event loops, with no
         * second reading of {@code spring.data.redis.*} to keep in step.
         */
        @Bean(initMethod = "warmUp", destroyMethod = "close")
        @ConditionalOnMissingBean(RateLimiter.class)
        LettuceRateLimiter maangRedisRateLimiter(LettuceConnectionFactory factory, MaangRedisProperties redis,
                                                 MaangRateLimitProperties limits) {
            return new LettuceRateLimiter(factory::getNativeClient, redis.getKeyPrefix(), redis.getCommandTimeout(),
                    new InProcessRateLimiter(limits.getLocalMaxKeys()));
        }
    }

    /** The judge queue, with {@code maang.judge.queue=redis}. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "maang.judge.queue", havingValue = "redis")
    static class RedisJudgeQueueConfiguration {

        /** Judge calls of this instance go through the queue. */
        @Bean
        @Primary
        @ConditionalOnMissingBean
        RedisStreamsCodeJudge maangRedisStreamsCodeJudge(ReactiveRedisConnectionFactory factory,
                                                         ObjectProvider<ReactiveStringRedisTemplate> templates,
                                                         MaangRedisProperties redis, JudgeQueueProperties queue,
                                                         ObjectProvider<Clock> clock) {
            RedisStreamsCodeJudge judge = new RedisStreamsCodeJudge(template(templates, factory),
                    new JudgeQueueKeys(redis.getKeyPrefix()), queue.toSettings(), RedisJson.mapper(),
                    clock.getIfAvailable(Clock::systemUTC));
            // Read the heartbeats now, in the background, so the first request sees the workers.
            judge.refreshAvailability().subscribe();
            return judge;
        }

        @Bean
        ComponentChoice maangJudgeQueueChoice(MaangRedisProperties redis) {
            return new ComponentChoice("judge queue", "Redis Streams (" + new JudgeQueueKeys(redis.getKeyPrefix()).jobs()
                    + ", group " + JudgeQueueKeys.GROUP + ")", "maang.judge.queue=redis");
        }

        /** This instance's worker; it runs jobs on the local judge bean {@value #LOCAL_JUDGE_BEAN}. */
        @Bean
        @ConditionalOnExpression("${maang.judge.worker.enabled:true} or ${maang.judge.worker.only:false}")
        @ConditionalOnMissingBean
        JudgeStreamWorker maangJudgeStreamWorker(ReactiveRedisConnectionFactory factory,
                                                 ObjectProvider<ReactiveStringRedisTemplate> templates,
                                                 MaangRedisProperties redis, JudgeQueueProperties queue,
                                                 ObjectProvider<Clock> clock,
                                                 @Qualifier(LOCAL_JUDGE_BEAN) ObjectProvider<CodeJudge> local) {
            return JudgeStreamWorkers.create(template(templates, factory), new JudgeQueueKeys(redis.getKeyPrefix()),
                    queue, local.getIfAvailable(), RedisJson.mapper(), clock.getIfAvailable(Clock::systemUTC));
        }

        @Bean
        @ConditionalOnBean(JudgeStreamWorker.class)
        ComponentChoice maangJudgeWorkerChoice(JudgeStreamWorker worker, JudgeQueueProperties queue) {
            return new ComponentChoice("judge worker", "consumer " + worker.name() + ", concurrency "
                    + queue.getWorker().getConcurrency(), queue.getWorker().isOnly()
                    ? "judge-only instance (maang.judge.worker.only=true)" : "maang.judge.worker.enabled=true");
        }
    }
}
