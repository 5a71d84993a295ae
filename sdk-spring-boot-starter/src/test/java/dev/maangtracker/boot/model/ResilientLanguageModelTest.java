package dev.maangtracker.boot.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.genai.errors.ClientException;
import com.google.genai.errors.ServerException;
import dev.maangtracker.core.error.InvalidInputException;
import dev.maangtracker.core.error.UnavailableException;
import dev.maangtracker.core.llm.LanguageModel;
import dev.maangtracker.core.llm.Prompt;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/** The guards around a model, with a scripted model and a hand-moved clock. */
class ResilientLanguageModelTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Prompt PROMPT = Prompt.of("", "Ask.");

    private final TestClock clock = new TestClock(Instant.parse("2026-11-24T09:00:00Z"));
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    /** Answers each call with the next scripted publisher, then with the last one again. */
    private static final class ScriptedModel implements LanguageModel {
        private final Deque<Supplier<Flux<String>>> script = new ArrayDeque<>();
        private Supplier<Flux<String>> last = () -> Flux.just("ok");
        final AtomicInteger calls = new AtomicInteger();

        @SafeVarargs
        ScriptedModel(Supplier<Flux<String>>... replies) {
            script.addAll(List.of(replies));
        }

        private synchronized Flux<String> next() {
            calls.incrementAndGet();
            Supplier<Flux<String>> reply = script.poll();
            if (reply != null) {
                last = reply;
            }
            return last.get();
        }

        @Override
        public String name() {
            return "scripted";
        }

        @Override
        public Mono<String> generate(Prompt prompt) {
            return Mono.defer(() -> next().collectList().map(chunks -> String.join("", chunks)));
        }

        @Override
        public Flux<String> stream(Prompt prompt) {
            return Flux.defer(this::next);
        }
    }

    private ResilientLanguageModel guarded(LanguageModel model, MaangModelProperties.CircuitBreaker breaker,
                                           MaangModelProperties.Bulkhead bulkhead) {
        MaangModelProperties settings = new MaangModelProperties(Duration.ofSeconds(2),
                new MaangModelProperties.Retry(3, Duration.ofMillis(5), 2.0, Duration.ofMillis(20), 0.5), breaker,
                bulkhead, new MaangModelProperties.Gemini(null));
        return new ResilientLanguageModel(model, settings, meters, clock);
    }

    private ResilientLanguageModel guarded(LanguageModel model) {
        return guarded(model, MaangModelProperties.CircuitBreaker.defaults(), MaangModelProperties.Bulkhead.defaults());
    }

    private static Supplier<Flux<String>> status(int code) {
        return () -> Flux.error(code >= 500 ? new ServerException(code, "S", "scripted")
                : new ClientException(code, "S", "scripted"));
    }

    @Test
    void retriesServiceUnavailableUpToTheAttemptLimit() {
        ScriptedModel model = new ScriptedModel(status(503));

        StepVerifier.create(guarded(model).generate(PROMPT))
                .expectErrorSatisfies(error -> assertThat(error).isInstanceOf(UnavailableException.class)
                        .hasCauseInstanceOf(ServerException.class))
                .verify(WAIT);
        assertThat(model.calls).hasValue(3);
        assertThat(meters.get("resilience4j.retry.calls").tag("kind", "failed_with_retry").functionCounter().count())
                .isOne();
    }

    @Test
    void doesNotRetryAnUnauthorisedCall() {
        ScriptedModel model = new ScriptedModel(status(401));

        StepVerifier.create(guarded(model).generate(PROMPT)).expectError(UnavailableException.class).verify(WAIT);
        assertThat(model.calls).hasValue(1);
        assertThat(meters.get(ResilientLanguageModel.CALLS_METER).tag("outcome", "failure").timer().count()).isOne();
    }

    @Test
    void passesTheSdksOwnErrorsThrough() {
        ScriptedModel model = new ScriptedModel(() -> Flux.error(InvalidInputException.required("user")));

        StepVerifier.create(guarded(model).generate(PROMPT)).expectError(InvalidInputException.class).verify(WAIT);
    }

    @Test
    void opensAfterRepeatedFailuresAndClosesAfterASuccessfulTrial() {
        ScriptedModel model = new ScriptedModel(status(500));
        ResilientLanguageModel guarded = guarded(model,
                new MaangModelProperties.CircuitBreaker(50, 4, 4, Duration.ofSeconds(30), 1),
                MaangModelProperties.Bulkhead.defaults());
        for (int i = 0; i < 4; i++) {
            StepVerifier.create(guarded.generate(PROMPT)).expectError(UnavailableException.class).verify(WAIT);
        }
        assertThat(guarded.circuitState()).isEqualTo(CircuitBreaker.State.OPEN);

        StepVerifier.create(guarded.generate(PROMPT))
                .expectErrorSatisfies(error -> assertThat(error).isInstanceOf(UnavailableException.class)
                        .hasCauseInstanceOf(CallNotPermittedException.class))
                .verify(WAIT);
        assertThat(model.calls).hasValue(4);

        clock.advance(Duration.ofSeconds(29));
        StepVerifier.create(guarded.generate(PROMPT)).expectError(UnavailableException.class).verify(WAIT);
        assertThat(model.calls).hasValue(4);

        model.script.add(() -> Flux.just("back"));
        clock.advance(Duration.ofSeconds(2));
        StepVerifier.create(guarded.generate(PROMPT)).expectNext("back").verifyComplete();
        assertThat(guarded.circuitState()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void rejectsCallsBeyondTheBulkheadWithoutOpeningTheBreaker() {
        ScriptedModel model = new ScriptedModel(Flux::never);
        ResilientLanguageModel guarded = guarded(model,
                new MaangModelProperties.CircuitBreaker(50, 1, 1, Duration.ofSeconds(30), 1),
                new MaangModelProperties.Bulkhead(1, Duration.ZERO));
        Disposable holding = guarded.generate(PROMPT).subscribe();
        try {
            StepVerifier.create(guarded.generate(PROMPT))
                    .expectErrorSatisfies(error -> assertThat(((UnavailableException) error).retryAfter()).isPresent())
                    .verify(WAIT);
            assertThat(model.calls).hasValue(1);
            assertThat(guarded.circuitState()).isEqualTo(CircuitBreaker.State.CLOSED);
            assertThat(meters.get(ResilientLanguageModel.CALLS_METER).tag("outcome", "busy").timer().count()).isOne();
        } finally {
            holding.dispose();
        }
    }

    @Test
    void retriesAStreamOnlyBeforeItsFirstChunk() {
        ScriptedModel model = new ScriptedModel(status(503),
                () -> Flux.just("one ").concatWith(Flux.error(new ServerException(503, "S", "mid-stream"))));

        StepVerifier.create(guarded(model).stream(PROMPT))
                .expectNext("one ")
                .expectErrorSatisfies(error -> assertThat(error).isInstanceOf(UnavailableException.class)
                        .hasMessageContaining("stream broke off").hasCauseInstanceOf(ServerException.class))
                .verify(WAIT);
        assertThat(model.calls).hasValue(2);
    }

    @Test
    void timesOutASilentStream() {
        ScriptedModel model = new ScriptedModel(() -> Flux.just("a").concatWith(Flux.never()));
        MaangModelProperties settings = new MaangModelProperties(Duration.ofMillis(50),
                MaangModelProperties.Retry.defaults(), MaangModelProperties.CircuitBreaker.defaults(),
                MaangModelProperties.Bulkhead.defaults(), new MaangModelProperties.Gemini(null));

        StepVerifier.create(new ResilientLanguageModel(model, settings, meters, clock).stream(PROMPT))
                .expectNext("a")
                .expectError(UnavailableException.class)
                .verify(WAIT);
        assertThat(model.calls).hasValue(1);
    }

    @Test
    void timesOutAStreamThatNeverStartsWithoutRetryingIt() {
        ScriptedModel model = new ScriptedModel(Flux::never);
        MaangModelProperties settings = new MaangModelProperties(Duration.ofMillis(50),
                MaangModelProperties.Retry.defaults(), MaangModelProperties.CircuitBreaker.defaults(),
                MaangModelProperties.Bulkhead.defaults(), new MaangModelProperties.Gemini(null));

        StepVerifier.create(new ResilientLanguageModel(model, settings, meters, clock).stream(PROMPT))
                .expectErrorSatisfies(error -> assertThat(error).isInstanceOf(UnavailableException.class)
                        .hasCauseInstanceOf(TimeoutException.class))
                .verify(WAIT);
        assertThat(model.calls).hasValue(1);
        assertThat(meters.get(ResilientLanguageModel.CALLS_METER).tag("operation", "stream").tag("outcome", "timeout")
                .timer().count()).isOne();
    }

    @Test
    void passesEachChunkOnceWhenAStreamIsRetriedBeforeItStarts() {
        ScriptedModel model = new ScriptedModel(status(429), status(503), () -> Flux.just("a", "b", "c"));

        StepVerifier.create(guarded(model).stream(PROMPT)).expectNext("a", "b", "c").verifyComplete();
        assertThat(model.calls).hasValue(3);
    }
}
