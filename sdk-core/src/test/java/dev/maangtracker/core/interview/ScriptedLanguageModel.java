package dev.maangtracker.core.interview;

import dev.maangtracker.core.llm.LanguageModel;
import dev.maangtracker.core.llm.Prompt;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import reactor.core.publisher.Mono;

/** A language model for tests: answers each prompt with a scripted function and records the prompts. */
final class ScriptedLanguageModel implements LanguageModel {

    private final Function<Prompt, Mono<String>> script;
    private final List<Prompt> prompts = Collections.synchronizedList(new ArrayList<>());

    ScriptedLanguageModel(Function<Prompt, Mono<String>> script) {
        this.script = script;
    }

    @Override
    public String name() {
        return "scripted";
    }

    @Override
    public Mono<String> generate(Prompt prompt) {
        return Mono.defer(() -> {
            prompts.add(prompt);
            return script.apply(prompt);
        });
    }

    List<Prompt> prompts() {
        return List.copyOf(prompts);
    }
}
