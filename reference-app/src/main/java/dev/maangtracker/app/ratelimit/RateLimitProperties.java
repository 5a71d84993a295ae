package dev.maangtracker.app.ratelimit;

import dev.maangtracker.boot.ratelimit.RateLimitPolicy;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code maang.security.rate-limit.*}: how many requests each bucket allows per period. Counted in
 * Redis in full mode (shared by every instance), in this process otherwise. Any part left unset
 * keeps its default.
 *
 * @param api          requests to {@code /api/v1/**} per signed-in user; default 120 per minute
 * @param loginAccount sign-in attempts per account (email); default 10 per minute
 * @param loginIp      sign-in attempts per client address; default 50 per minute
 */
@ConfigurationProperties("maang.security.rate-limit")
public record RateLimitProperties(Limit api, Limit loginAccount, Limit loginIp) {

    /** Default API requests per user per minute. */
    public static final long API_PER_MINUTE = 120;
    /** Default sign-in attempts per account per minute. */
    public static final long LOGIN_PER_ACCOUNT_PER_MINUTE = 10;
    /** Default sign-in attempts per client address per minute. */
    public static final long LOGIN_PER_IP_PER_MINUTE = 50;

    /** Fills unset parts with the defaults; the policies validate the values. */
    public RateLimitProperties {
        api = Limit.orDefault(api, API_PER_MINUTE);
        loginAccount = Limit.orDefault(loginAccount, LOGIN_PER_ACCOUNT_PER_MINUTE);
        loginIp = Limit.orDefault(loginIp, LOGIN_PER_IP_PER_MINUTE);
        api.policy("api");
        loginAccount.policy("login-account");
        loginIp.policy("login-ip");
    }

    /**
     * One limit.
     *
     * @param capacity requests allowed in a period (1 to 1,000,000); they come back continuously
     * @param period   the period, e.g. {@code 1m}
     */
    public record Limit(Long capacity, Duration period) {

        static Limit orDefault(Limit limit, long capacity) {
            Duration minute = Duration.ofMinutes(1);
            if (limit == null) {
                return new Limit(capacity, minute);
            }
            return new Limit(limit.capacity == null ? capacity : limit.capacity,
                    limit.period == null ? minute : limit.period);
        }

        /** The limiter's policy for this limit; fails with the property's name when out of range. */
        RateLimitPolicy policy(String name) {
            try {
                return new RateLimitPolicy(name, capacity, period);
            } catch (dev.maangtracker.core.error.InvalidInputException e) {
                throw dev.maangtracker.core.error.InvalidInputException.of(
                        "maang.security.rate-limit." + name + "." + e.field(), e.rule());
            }
        }
    }
}
