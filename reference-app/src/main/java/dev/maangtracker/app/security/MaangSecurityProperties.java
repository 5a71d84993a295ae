package dev.maangtracker.app.security;

import dev.maangtracker.core.error.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code maang.security.*}: tokens, CORS and request size. Validated at start-up.
 *
 * @param jwt             the access tokens
 * @param refreshTokenTtl how long a refresh token stays usable; each refresh issues a new one
 * @param cors            cross-origin access for browser clients on other origins
 * @param maxRequestSize  the largest request body accepted; larger ones get 413
 * @param redisKeyPrefix  prefix of the refresh-token keys in Redis (full mode)
 */
@ConfigurationProperties("maang.security")
public record MaangSecurityProperties(@DefaultValue Jwt jwt, @DefaultValue("7d") Duration refreshTokenTtl,
        @DefaultValue Cors cors, @DefaultValue("1MB") DataSize maxRequestSize,
        @DefaultValue("maang:auth:") String redisKeyPrefix) {

    /** Fewest bytes of an HMAC-SHA256 secret (RFC 7518 §3.2: at least the hash output size). */
    public static final int MIN_SECRET_BYTES = 32;

    public MaangSecurityProperties {
        positive("maang.security.refresh-token-ttl", refreshTokenTtl);
        if (maxRequestSize.toBytes() <= 0) {
            throw InvalidInputException.of("maang.security.max-request-size", "must be positive");
        }
    }

    /**
     * Access tokens: HS256-signed JWTs.
     *
     * @param secret         the HMAC-SHA256 key as text (UTF-8, at least 32 bytes, e.g. {@code openssl
     *                       rand -base64 32}); unset: a random key per start-up, so tokens do not survive
     *                       a restart nor work on another instance
     * @param issuer         the {@code iss} claim written and required
     * @param audience       the {@code aud} value written and required
     * @param accessTokenTtl how long an access token is valid
     */
    public record Jwt(String secret, @DefaultValue("maang-tracker") String issuer,
            @DefaultValue("maang-tracker-api") String audience, @DefaultValue("15m") Duration accessTokenTtl) {

        public Jwt {
            if (secret != null && secret.isEmpty()) {
                secret = null;
            }
            if (secret != null && secret.getBytes(StandardCharsets.UTF_8).length < MIN_SECRET_BYTES) {
                throw InvalidInputException.of("maang.security.jwt.secret", "must be at least " + MIN_SECRET_BYTES
                        + " bytes (was " + secret.getBytes(StandardCharsets.UTF_8).length
                        + "); generate one with: openssl rand -base64 32");
            }
            if (issuer.isBlank() || audience.isBlank()) {
                throw InvalidInputException.of("maang.security.jwt.issuer/audience", "must not be blank");
            }
            positive("maang.security.jwt.access-token-ttl", accessTokenTtl);
        }

        @Override
        public String toString() {
            // The secret never reaches a log line, not even through the actuator's configprops.
            return "Jwt[secret=" + (secret == null ? "<generated>" : "<set>") + ", issuer=" + issuer
                    + ", audience=" + audience + ", accessTokenTtl=" + accessTokenTtl + "]";
        }
    }

    /**
     * CORS for the API.
     *
     * @param allowedOrigins origins (e.g. {@code https://app.example.com}) whose pages may call the
     *                       API; empty: none, same-origin only
     */
    public record Cors(@DefaultValue List<String> allowedOrigins) {

        public Cors {
            allowedOrigins = List.copyOf(allowedOrigins);
        }
    }

    private static void positive(String name, Duration value) {
        if (value.isNegative() || value.isZero()) {
            throw InvalidInputException.of(name, "must be positive");
        }
    }
}
