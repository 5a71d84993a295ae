package dev.maangtracker.app.auth;

import dev.maangtracker.app.security.MaangSecurityProperties;
import dev.maangtracker.boot.auth.InMemoryRefreshTokenStore;
import dev.maangtracker.boot.auth.RedisRefreshTokenStore;
import dev.maangtracker.boot.auth.RefreshTokenStore;
import dev.maangtracker.core.user.UserAccountRepository;
import java.security.SecureRandom;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import reactor.core.scheduler.Schedulers;

/** Wires sign-in: token makers, the refresh-token store (Redis when there is one) and the service. */
@Configuration(proxyBeanMethods = false)
public class AuthConfiguration {

    private static final Logger log = LoggerFactory.getLogger(AuthConfiguration.class);

    /**
     * Redis when the application has a Redis template (full mode), else in memory. Decided when
     * the bean is created rather than by {@code @ConditionalOnBean}, which cannot see beans that
     * auto-configuration defines after this class is read.
     */
    @Bean
    @ConditionalOnMissingBean
    public RefreshTokenStore refreshTokenStore(ObjectProvider<ReactiveStringRedisTemplate> redis, Clock clock,
            MaangSecurityProperties properties) {
        ReactiveStringRedisTemplate template = redis.getIfUnique();
        if (template != null) {
            log.info("refresh tokens: Redis");
            return new RedisRefreshTokenStore(template, properties.redisKeyPrefix());
        }
        log.info("refresh tokens: in memory (this instance only; lost on restart)");
        return new InMemoryRefreshTokenStore(clock);
    }

    /** Issues access tokens. */
    @Bean
    public AccessTokens accessTokens(JwtEncoder encoder, MaangSecurityProperties properties, Clock clock) {
        return new AccessTokens(encoder, properties.jwt(), clock);
    }

    /** The sign-in logic. */
    @Bean
    public AuthService authService(UserAccountRepository users, PasswordEncoder passwords, AccessTokens accessTokens,
            RefreshTokenStore refreshStore, MaangSecurityProperties properties, Clock clock) {
        return new AuthService(users, passwords, accessTokens, new RefreshTokens(new SecureRandom()), refreshStore,
                properties.refreshTokenTtl(), clock, Schedulers.boundedElastic());
    }
}
