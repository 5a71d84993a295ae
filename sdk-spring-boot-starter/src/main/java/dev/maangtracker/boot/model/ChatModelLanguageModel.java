package dev.maangtracker.boot.model;

import dev.maangtracker.core.llm.LanguageModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.ai.chat.messages.Message;
import org.springframework.ai.chat.messages.SystemMessage;
import org.springframework.ai.chat.messages.UserMessage;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.chat.model.ChatResponse;
import org.springframework.ai.chat.model.Generation;
import org.springframework.ai.chat.prompt.ChatOptions;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The SDK's {@link LanguageModel} over any Spring AI {@link ChatModel}. The prompt's system text
 * becomes a system message (left out when empty), its user text a user message, and its temperature
 * and output budget the call's options; the model keeps its own defaults for everything else.
 *
 * <p>{@code ChatModel.call} blocks on I/O, so calls run on Reactor's bounded-elastic scheduler, never
 * on the subscriber's (possibly event-loop) thread; streams are subscribed there too, since some
 * clients read their stream with blocking I/O. Errors pass through unchanged:
 * {@link ResilientLanguageModel} classifies them. Thread-safe when the chat model is.
 */
public final class ChatModelLanguageModel implements LanguageModel {

    private static final Logger LOG = LoggerFactory.getLogger(ChatModelLanguageModel.class);

    private final ChatModel chatModel;
    private final String name;

    /**
     * @param chatModel the Spring AI model to call
     * @param name      what logs and turns call the model, e.g. {@code "gemini-2.5-flash"}; not blank
     */
    public ChatModelLanguageModel(ChatModel chatModel, String name) {
        this.chatModel = Objects.requireNonNull(chatModel, "chatModel");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank");
        }
        this.name = name;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Mono<String> generate(dev.maangtracker.core.llm.Prompt prompt) {
        Objects.requireNonNull(prompt, "prompt");
        return Mono.defer(() -> {
            AtomicBoolean cancelled = new AtomicBoolean();
            return Mono.fromCallable(() -> {
                        try {
                            return text(chatModel.call(toSpringAi(prompt, chatModel.getDefaultOptions())));
                        } catch (RuntimeException error) {
                            if (!cancelled.get()) {
                                throw error;
                            }
                            // The caller gave up (a timeout) and interrupted the call: nobody awaits this
                            // error, which Reactor would otherwise log as dropped at ERROR level.
                            LOG.debug("{} failed after its caller gave up: {}", name, error.toString());
                            return null;
                        }
                    })
                    .subscribeOn(Schedulers.boundedElastic())
                    .doOnCancel(() -> cancelled.set(true));
        });
    }

    @Override
    public Flux<String> stream(dev.maangtracker.core.llm.Prompt prompt) {
        Objects.requireNonNull(prompt, "prompt");
        return Flux.defer(() -> chatModel.stream(toSpringAi(prompt, chatModel.getDefaultOptions())))
                .map(ChatModelLanguageModel::text)
                .filter(chunk -> !chunk.isEmpty())
                .subscribeOn(Schedulers.boundedElastic());
    }

    /**
     * Our prompt as a Spring AI prompt: messages plus the options the prompt fixes, set on a copy of
     * the model's defaults (models such as Gemini accept only their own options type).
     */
    static org.springframework.ai.chat.prompt.Prompt toSpringAi(dev.maangtracker.core.llm.Prompt prompt,
                                                               ChatOptions defaults) {
        List<Message> messages = new ArrayList<>(2);
        if (!prompt.system().isBlank()) {
            messages.add(new SystemMessage(prompt.system()));
        }
        messages.add(new UserMessage(prompt.user()));
        ChatOptions.Builder<?> builder = defaults == null ? ChatOptions.builder() : defaults.mutate();
        ChatOptions options = builder
                .temperature(prompt.temperature())
                .maxTokens(prompt.maxOutputTokens())
                .build();
        return new org.springframework.ai.chat.prompt.Prompt(messages, options);
    }

    /** The reply's text; empty when the model returned no candidate or no text (a blocked or empty reply). */
    private static String text(ChatResponse response) {
        if (response == null) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        for (Generation generation : response.getResults()) {
            if (generation != null && generation.getOutput() != null && generation.getOutput().getText() != null) {
                text.append(generation.getOutput().getText());
            }
        }
        return text.toString();
    }
}
