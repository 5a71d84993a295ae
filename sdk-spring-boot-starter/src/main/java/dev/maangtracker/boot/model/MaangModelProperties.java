package dev.maangtracker.boot.model;

import dev.maangtracker.core.error.InvalidInputException;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How every language-model call is guarded ({@code maang.model.*}). Values are checked when the
 * application starts: an out-of-range value fails start-up naming the property and its limits.
 *
 * @param timeout        longest wait for one attempt's reply (for a stream: for each next chunk); 10 ms to 10 min
 * @param retry          retries of transient failures (HTTP 429 and 503, transport errors)
 * @param circuitBreaker when to stop calling a failing model for a while
 * @param bulkhead       how many calls may be in flight at once
 * @param gemini         how the Gemini client is reached
 */
@ConfigurationProperties("maang.model")
public record MaangModelProperties(
        @DefaultValue("15s") Duration timeout,
        @DefaultValue Retry retry,
        @DefaultValue CircuitBreaker circuitBreaker,
        @DefaultValue Bulkhead bulkhead,
        @DefaultValue Gemini gemini) {

    /** Shortest accepted attempt timeout. */
    public static final Duration MIN_TIMEOUT = Duration.ofMillis(10);
    /** Longest accepted attempt timeout. */
    public static final Duration MAX_TIMEOUT = Duration.ofMinutes(10);

    /** Checks every value; see the component descriptions. */
    public MaangModelProperties {
        requireWithin("maang.model.timeout", timeout, MIN_TIMEOUT, MAX_TIMEOUT);
        Objects.requireNonNull(retry, "retry");
        Objects.requireNonNull(circuitBreaker, "circuitBreaker");
        Objects.requireNonNull(bulkhead, "bulkhead");
        Objects.requireNonNull(gemini, "gemini");
    }

    /** The defaults, as an application without {@code maang.model.*} properties gets them. */
    public static MaangModelProperties defaults() {
        return new MaangModelProperties(Duration.ofSeconds(15), Retry.defaults(), CircuitBreaker.defaults(),
                Bulkhead.defaults(), new Gemini(null));
    }

    /**
     * Retries of transient failures, with exponential backoff and random jitter.
     *
     * @param maxAttempts    attempts in all, the first included (1 turns retrying off); 1 to 10
     * @param initialBackoff wait before the first retry; 1 ms to 1 min
     * @param multiplier     factor applied to the wait after each retry; 1 to 10
     * @param maxBackoff     longest wait between two attempts; at least the initial backoff, at most 5 min
     * @param jitter         randomisation factor: each wait is drawn from ±jitter of its nominal value; 0 (none) to 0.99
     */
    public record Retry(
            @DefaultValue("3") int maxAttempts,
            @DefaultValue("500ms") Duration initialBackoff,
            @DefaultValue("2.0") double multiplier,
            @DefaultValue("4s") Duration maxBackoff,
            @DefaultValue("0.5") double jitter) {

        /** Most attempts accepted. */
        public static final int MAX_ATTEMPTS = 10;
        /** Largest randomisation factor (Resilience4j needs it below 1). */
        public static final double MAX_JITTER = 0.99;

        /** Checks every value. */
        public Retry {
            if (maxAttempts < 1 || maxAttempts > MAX_ATTEMPTS) {
                throw InvalidInputException.outOfRange("maang.model.retry.max-attempts", maxAttempts, 1, MAX_ATTEMPTS);
            }
            requireWithin("maang.model.retry.initial-backoff", initialBackoff, Duration.ofMillis(1), Duration.ofMinutes(1));
            if (!(multiplier >= 1 && multiplier <= 10)) {
                throw InvalidInputException.outOfRange("maang.model.retry.multiplier", multiplier, 1, 10);
            }
            requireWithin("maang.model.retry.max-backoff", maxBackoff, initialBackoff, Duration.ofMinutes(5));
            if (!(jitter >= 0 && jitter <= MAX_JITTER)) {
                throw InvalidInputException.outOfRange("maang.model.retry.jitter", jitter, 0, MAX_JITTER);
            }
        }

        static Retry defaults() {
            return new Retry(3, Duration.ofMillis(500), 2.0, Duration.ofSeconds(4), 0.5);
        }
    }

    /**
     * The circuit breaker: over the last {@code slidingWindowSize} calls (once at least
     * {@code minimumCalls} were made), a failure rate at or above the threshold opens it; while
     * open every call fails at once; after {@code waitInOpenState} a few trial calls decide
     * whether it closes again.
     *
     * @param failureRateThreshold   failure percentage that opens the breaker; 1 to 100
     * @param slidingWindowSize      calls the failure rate is computed over; 1 to 1000
     * @param minimumCalls           calls needed before the rate counts; 1 to the window size
     * @param waitInOpenState        how long the breaker stays open; 1 ms to 1 h
     * @param permittedCallsHalfOpen trial calls let through when the wait is over; 1 to 100
     */
    public record CircuitBreaker(
            @DefaultValue("50") float failureRateThreshold,
            @DefaultValue("20") int slidingWindowSize,
            @DefaultValue("5") int minimumCalls,
            @DefaultValue("30s") Duration waitInOpenState,
            @DefaultValue("2") int permittedCallsHalfOpen) {

        /** Checks every value. */
        public CircuitBreaker {
            if (!(failureRateThreshold >= 1 && failureRateThreshold <= 100)) {
                throw InvalidInputException.outOfRange("maang.model.circuit-breaker.failure-rate-threshold",
                        failureRateThreshold, 1, 100);
            }
            if (slidingWindowSize < 1 || slidingWindowSize > 1000) {
                throw InvalidInputException.outOfRange("maang.model.circuit-breaker.sliding-window-size",
                        slidingWindowSize, 1, 1000);
            }
            if (minimumCalls < 1 || minimumCalls > slidingWindowSize) {
                throw InvalidInputException.outOfRange("maang.model.circuit-breaker.minimum-calls", minimumCalls, 1,
                        slidingWindowSize);
            }
            requireWithin("maang.model.circuit-breaker.wait-in-open-state", waitInOpenState, Duration.ofMillis(1),
                    Duration.ofHours(1));
            if (permittedCallsHalfOpen < 1 || permittedCallsHalfOpen > 100) {
                throw InvalidInputException.outOfRange("maang.model.circuit-breaker.permitted-calls-half-open",
                        permittedCallsHalfOpen, 1, 100);
            }
        }

        static CircuitBreaker defaults() {
            return new CircuitBreaker(50, 20, 5, Duration.ofSeconds(30), 2);
        }
    }

    /**
     * The bulkhead: calls beyond {@code maxConcurrentCalls} wait up to {@code maxWait} for a free
     * slot, then fail as busy (the engine's offline interviewer answers them).
     *
     * @param maxConcurrentCalls calls in flight at once; 1 to 10000
     * @param maxWait            longest wait for a slot; 0 (fail at once) to 1 min
     */
    public record Bulkhead(
            @DefaultValue("32") int maxConcurrentCalls,
            @DefaultValue("100ms") Duration maxWait) {

        /** Checks every value. */
        public Bulkhead {
            if (maxConcurrentCalls < 1 || maxConcurrentCalls > 10_000) {
                throw InvalidInputException.outOfRange("maang.model.bulkhead.max-concurrent-calls", maxConcurrentCalls,
                        1, 10_000);
            }
            requireWithin("maang.model.bulkhead.max-wait", maxWait, Duration.ZERO, Duration.ofMinutes(1));
        }

        static Bulkhead defaults() {
            return new Bulkhead(32, Duration.ofMillis(100));
        }
    }

    /**
     * The Gemini client.
     *
     * @param baseUrl replaces Google's endpoint (API-key and Vertex AI mode alike), e.g. a proxy;
     *                {@code null} (the default) calls Google; must be an absolute http(s) URL
     */
    public record Gemini(URI baseUrl) {

        /** Checks the URL. */
        public Gemini {
            if (baseUrl != null && (!baseUrl.isAbsolute() || baseUrl.getHost() == null
                    || !("http".equals(baseUrl.getScheme()) || "https".equals(baseUrl.getScheme())))) {
                throw InvalidInputException.of("maang.model.gemini.base-url", "must be an absolute http(s) URL, was "
                        + baseUrl);
            }
        }
    }

    private static void requireWithin(String field, Duration value, Duration min, Duration max) {
        if (value == null) {
            throw InvalidInputException.required(field);
        }
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            throw InvalidInputException.of(field, "must be from " + min + " to " + max + ", was " + value);
        }
    }
}
