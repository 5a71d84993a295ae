package dev.maangtracker.boot.ratelimit;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** Rate limiter settings ({@code maang.rate-limit.*}); the limits themselves are policies chosen by the caller. */
@ConfigurationProperties("maang.rate-limit")
@Validated
public class MaangRateLimitProperties {

    /** Buckets kept in process (embedded mode, and full mode while Redis is down) before full ones are dropped. */
    @Min(1)
    @Max(10_000_000)
    private int localMaxKeys = InProcessRateLimiter.DEFAULT_MAX_KEYS;

    public int getLocalMaxKeys() {
        return localMaxKeys;
    }

    public void setLocalMaxKeys(int localMaxKeys) {
        this.localMaxKeys = localMaxKeys;
    }
}
