package dev.maangtracker.core.interview;

import dev.maangtracker.core.llm.LanguageModel;
import dev.maangtracker.core.llm.Prompt;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A language model for streaming tests: each prompt gets the chunks its script returns; {@code generate}
 * joins them. Counts which of the two methods the interviewer used.
 */
final class ChunkedLanguageModel implements LanguageModel {

    private final Function<Prompt, Flux<String>> script;
    final AtomicInteger generateCalls = new AtomicInteger();
    final AtomicInteger streamCalls = new AtomicInteger();

    ChunkedLanguageModel(Function<Prompt, Flux<String>> script) {
        this.script = script;
    }

    @Override
    public String name() {
        return "chunked";
    }

    @Override
    public Mono<String> generate(Prompt prompt) {
        return Flux.defer(() -> {
            generateCalls.incrementAndGet();
            return script.apply(prompt);
        }).collect(StringBuilder::new, StringBuilder::append).map(StringBuilder::toString);
    }

    @Override
    public Flux<String> stream(Prompt prompt) {
        return Flux.defer(() -> {
            streamCalls.incrementAndGet();
            return script.apply(prompt);
        });
    }

    /** The reply cut at random places into pieces of 1 to 8 characters. */
    static Flux<String> pieces(String reply, Random random) {
        List<String> chunks = new ArrayList<>();
        for (int start = 0; start < reply.length(); ) {
            int end = Math.min(reply.length(), start + 1 + random.nextInt(8));
            chunks.add(reply.substring(start, end));
            start = end;
        }
        return Flux.fromIterable(chunks);
    }
}
