package dev.maangtracker.boot.redis;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** How the starter uses Redis in full mode ({@code maang.redis.*}); the server itself is {@code spring.data.redis.*}. */
@ConfigurationProperties("maang.redis")
@Validated
public class MaangRedisProperties {

    /** Prefix of every key the starter writes, so several apps can share one Redis. */
    @NotNull
    @Pattern(regexp = "[A-Za-z0-9:_.-]{1,64}", message = "must be 1 to 64 letters, digits, ':', '_', '.' or '-'")
    private String keyPrefix = "maang:";

    /** Longest wait for one Redis command of the session cache and the rate limiter; slower counts as Redis down. */
    @NotNull
    private Duration commandTimeout = Duration.ofMillis(500);

    /** How long a cached interview session lives after its last write. */
    @NotNull
    private Duration sessionTtl = Duration.ofMinutes(30);

    /**
     * Whether Lettuce fails commands at once while disconnected (the starter's choice) rather than queueing them
     * until it reconnects (Lettuce's default).
     */
    private boolean rejectWhileDisconnected = true;

    public boolean isRejectWhileDisconnected() {
        return rejectWhileDisconnected;
    }

    public void setRejectWhileDisconnected(boolean rejectWhileDisconnected) {
        this.rejectWhileDisconnected = rejectWhileDisconnected;
    }

    public String getKeyPrefix() {
        return keyPrefix;
    }

    public void setKeyPrefix(String keyPrefix) {
        this.keyPrefix = keyPrefix;
    }

    public Duration getCommandTimeout() {
        return commandTimeout;
    }

    public void setCommandTimeout(Duration commandTimeout) {
        this.commandTimeout = commandTimeout;
    }

    public Duration getSessionTtl() {
        return sessionTtl;
    }

    public void setSessionTtl(Duration sessionTtl) {
        this.sessionTtl = sessionTtl;
    }

    @AssertTrue(message = "maang.redis.command-timeout and session-ttl must be positive")
    public boolean isEveryDurationPositive() {
        return positive(commandTimeout) && positive(sessionTtl);
    }

    static boolean positive(Duration value) {
        return value == null || !(value.isNegative() || value.isZero());
    }
}
