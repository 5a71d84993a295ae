package dev.maangtracker.boot.ratelimit;

import dev.maangtracker.boot.startup.ComponentChoice;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * The embedded {@link RateLimiter}: Bucket4j buckets in this process, when neither the application nor the
 * Redis auto-configuration (ordered before this one) defined a limiter. Also reports which limiter the context
 * uses in the start-up table.
 */
@AutoConfiguration(afterName = "dev.maangtracker.boot.redis.MaangRedisAutoConfiguration")
@EnableConfigurationProperties(MaangRateLimitProperties.class)
public final class MaangLocalLimiterAutoConfiguration {

    /** Limits counted in this process. */
    @Bean
    @ConditionalOnMissingBean(RateLimiter.class)
    public InProcessRateLimiter maangInProcessRateLimiter(MaangRateLimitProperties properties) {
        return new InProcessRateLimiter(properties.getLocalMaxKeys());
    }

    /** Which limiter the context uses, for the start-up table. */
    @Bean
    public ComponentChoice maangRateLimiterChoice(RateLimiter limiter) {
        if (limiter instanceof LettuceRateLimiter) {
            return new ComponentChoice("rate limiter", "Bucket4j on Redis (Lettuce)",
                    "Redis connection configured; per instance while Redis is down");
        }
        if (limiter instanceof InProcessRateLimiter) {
            return new ComponentChoice("rate limiter", "Bucket4j in process", "no Redis connection");
        }
        return new ComponentChoice("rate limiter", limiter.getClass().getSimpleName(), "user-provided bean");
    }
}
