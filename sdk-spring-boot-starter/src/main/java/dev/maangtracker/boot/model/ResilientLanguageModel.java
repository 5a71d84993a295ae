package dev.maangtracker.boot.model;

import dev.maangtracker.core.error.MaangException;
import dev.maangtracker.core.error.UnavailableException;
import dev.maangtracker.core.llm.LanguageModel;
import dev.maangtracker.core.llm.Prompt;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.micrometer.tagged.TaggedBulkheadMetrics;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.github.resilience4j.micrometer.tagged.TaggedRetryMetrics;
import io.github.resilience4j.reactor.bulkhead.operator.BulkheadOperator;
import io.github.resilience4j.reactor.circuitbreaker.operator.CircuitBreakerOperator;
import io.github.resilience4j.reactor.retry.RetryOperator;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.SignalType;

/**
 * A {@link LanguageModel} guarded by Resilience4j: each attempt waits at most the timeout, transient
 * failures (HTTP 429/503, transport errors; see {@link ModelFailures}) are retried with exponential
 * backoff and jitter, a circuit breaker stops calling a model that keeps failing, and a bulkhead caps
 * the calls in flight. Every failure that leaves this class is an {@link UnavailableException}
 * (cause kept for the logs), so the interview engine's offline interviewer answers the step.
 *
 * <p>A stream is retried only until its first chunk arrives: chunks already passed on cannot be
 * taken back, so a failure after that ends the stream.
 *
 * <p>Meters (when a {@link MeterRegistry} is given): timer {@code maang.model.calls} tagged
 * {@code model}, {@code operation} ({@code generate}/{@code stream}) and {@code outcome}
 * ({@code success}, {@code timeout}, {@code circuit-open}, {@code busy}, {@code failure},
 * {@code cancelled}) — every outcome but success and cancelled makes the engine fall back — plus
 * Resilience4j's own {@code resilience4j.circuitbreaker.*}, {@code resilience4j.retry.*} and
 * {@code resilience4j.bulkhead.*} meters under the name {@code maang-model}. Thread-safe.
 */
public final class ResilientLanguageModel implements LanguageModel {

    /** The name of the circuit breaker, retry and bulkhead in Resilience4j's meters. */
    public static final String INSTANCE_NAME = "maang-model";
    /** Timer of every call, tagged with its outcome. */
    public static final String CALLS_METER = "maang.model.calls";

    private final LanguageModel delegate;
    private final Duration timeout;
    private final CircuitBreaker circuitBreaker;
    private final Retry retry;
    private final Bulkhead bulkhead;
    private final MeterRegistry meters;

    /**
     * @param delegate the model to guard
     * @param settings timeout, retry, breaker and bulkhead settings
     * @param meters   where to record meters; {@code null} records none
     * @param clock    the circuit breaker's clock (when its open state ends)
     */
    public ResilientLanguageModel(LanguageModel delegate, MaangModelProperties settings, MeterRegistry meters,
                                  Clock clock) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(clock, "clock");
        this.timeout = settings.timeout();
        this.meters = meters;

        MaangModelProperties.CircuitBreaker breaker = settings.circuitBreaker();
        CircuitBreakerRegistry breakers = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
                .slidingWindow(breaker.slidingWindowSize(), breaker.minimumCalls(),
                        CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .failureRateThreshold(breaker.failureRateThreshold())
                .waitDurationInOpenState(breaker.waitInOpenState())
                .permittedNumberOfCallsInHalfOpenState(breaker.permittedCallsHalfOpen())
                // A full bulkhead says nothing about the model's health.
                .ignoreException(error -> error instanceof BulkheadFullException)
                .clock(clock)
                .build());
        this.circuitBreaker = breakers.circuitBreaker(INSTANCE_NAME);

        MaangModelProperties.Retry retrying = settings.retry();
        RetryRegistry retries = RetryRegistry.of(RetryConfig.custom()
                .maxAttempts(retrying.maxAttempts())
                .intervalFunction(IntervalFunction.ofExponentialRandomBackoff(retrying.initialBackoff(),
                        retrying.multiplier(), retrying.jitter(), retrying.maxBackoff()))
                .retryOnException(ResilientLanguageModel::isRetriable)
                .build());
        this.retry = retries.retry(INSTANCE_NAME);

        MaangModelProperties.Bulkhead limits = settings.bulkhead();
        BulkheadRegistry bulkheads = BulkheadRegistry.of(BulkheadConfig.custom()
                .maxConcurrentCalls(limits.maxConcurrentCalls())
                .maxWaitDuration(limits.maxWait())
                .build());
        this.bulkhead = bulkheads.bulkhead(INSTANCE_NAME);

        if (meters != null) {
            TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(breakers).bindTo(meters);
            TaggedRetryMetrics.ofRetryRegistry(retries).bindTo(meters);
            TaggedBulkheadMetrics.ofBulkheadRegistry(bulkheads).bindTo(meters);
        }
    }

    @Override
    public String name() {
        return delegate.name();
    }

    /** The circuit breaker's state, for health reports. */
    public CircuitBreaker.State circuitState() {
        return circuitBreaker.getState();
    }

    @Override
    public Mono<String> generate(Prompt prompt) {
        return Mono.defer(() -> {
            Timer.Sample sample = meters == null ? null : Timer.start(meters);
            return Mono.defer(() -> delegate.generate(prompt))
                    .transformDeferred(BulkheadOperator.of(bulkhead))
                    .timeout(timeout)
                    .transformDeferred(CircuitBreakerOperator.of(circuitBreaker))
                    .transformDeferred(RetryOperator.of(retry))
                    .doOnSuccess(reply -> record(sample, "generate", "success"))
                    .doOnError(error -> record(sample, "generate", outcome(error)))
                    .doOnCancel(() -> record(sample, "generate", "cancelled"))
                    .onErrorMap(this::unavailable);
        });
    }

    @Override
    public Flux<String> stream(Prompt prompt) {
        return Flux.defer(() -> {
            Timer.Sample sample = meters == null ? null : Timer.start(meters);
            return Flux.defer(() -> {
                        AtomicBoolean started = new AtomicBoolean();
                        return delegate.stream(prompt)
                                .timeout(timeout)
                                .doOnNext(chunk -> started.set(true))
                                .onErrorMap(error -> started.get() ? new MidStreamFailure(error) : error);
                    })
                    .transformDeferred(BulkheadOperator.of(bulkhead))
                    .transformDeferred(CircuitBreakerOperator.of(circuitBreaker))
                    .transformDeferred(RetryOperator.of(retry))
                    .doOnError(error -> record(sample, "stream", outcome(error)))
                    .doFinally(signal -> {
                        if (signal == SignalType.ON_COMPLETE) {
                            record(sample, "stream", "success");
                        } else if (signal == SignalType.CANCEL) {
                            record(sample, "stream", "cancelled");
                        }
                    })
                    .onErrorMap(this::unavailable);
        });
    }

    private static boolean isRetriable(Throwable error) {
        return !(error instanceof MidStreamFailure) && ModelFailures.isTransient(error);
    }

    private void record(Timer.Sample sample, String operation, String outcome) {
        if (sample != null) {
            sample.stop(Timer.builder(CALLS_METER)
                    .description("Language model calls, retries included, by outcome")
                    .tag("model", delegate.name())
                    .tag("operation", operation)
                    .tag("outcome", outcome)
                    .register(meters));
        }
    }

    private static String outcome(Throwable error) {
        Throwable cause = error instanceof MidStreamFailure ? error.getCause() : error;
        if (cause instanceof TimeoutException) {
            return "timeout";
        }
        if (cause instanceof CallNotPermittedException) {
            return "circuit-open";
        }
        if (cause instanceof BulkheadFullException) {
            return "busy";
        }
        return "failure";
    }

    /** Every failure as the SDK's retriable error, the original kept as the cause. */
    private Throwable unavailable(Throwable error) {
        Throwable cause = error instanceof MidStreamFailure ? error.getCause() : error;
        if (cause instanceof MaangException) {
            return cause;
        }
        String model = "language model " + delegate.name();
        if (cause instanceof CallNotPermittedException) {
            return UnavailableException.of(model + " (circuit breaker open after repeated failures)", cause);
        }
        if (cause instanceof BulkheadFullException) {
            return UnavailableException.busy(model, Duration.ofSeconds(1));
        }
        if (cause instanceof TimeoutException) {
            return UnavailableException.of(model + " (no reply within " + timeout.toMillis() + " ms)", cause);
        }
        if (error instanceof MidStreamFailure) {
            return UnavailableException.of(model + " (stream broke off)", cause);
        }
        return UnavailableException.of(model, cause);
    }

    /** A stream that failed after it had passed chunks on: not retried, since they cannot be taken back. */
    private static final class MidStreamFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        MidStreamFailure(Throwable cause) {
            super(cause.getMessage(), cause, false, false);
        }
    }
}
