package dev.maangtracker.core.llm;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A text-generating model, reduced to what the interview engine needs. Implementations signal
 * failures as errors ({@link dev.maangtracker.core.error.UnavailableException} when the model
 * cannot answer now) and never block the subscribing thread. The starter adapts any Spring AI
 * {@code ChatModel} (Gemini by default), with timeouts, retries and a circuit breaker around it.
 */
public interface LanguageModel {

    /** A short name for logs and for the turn that records which model spoke, e.g. {@code "gemini-2.5-flash"}. */
    String name();

    /** The whole reply to a prompt. */
    Mono<String> generate(Prompt prompt);

    /**
     * The reply as it is produced, in chunks whose concatenation is the whole reply. The default
     * emits the whole reply as one chunk; models that stream override it.
     */
    default Flux<String> stream(Prompt prompt) {
        return generate(prompt).flux();
    }
}
