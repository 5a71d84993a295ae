package dev.maangtracker.boot.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.maangtracker.core.llm.Prompt;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.ai.chat.messages.AssistantMessage;
import org.springframework.ai.chat.messages.MessageType;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.chat.model.ChatResponse;
import org.springframework.ai.chat.model.Generation;
import org.springframework.ai.chat.prompt.ChatOptions;
import reactor.core.publisher.Flux;

class ChatModelLanguageModelTest {

    /** Records the prompt and the thread of each call; replies with fixed generations. */
    private static final class RecordingChatModel implements ChatModel {
        final AtomicReference<org.springframework.ai.chat.prompt.Prompt> prompt = new AtomicReference<>();
        final AtomicReference<String> thread = new AtomicReference<>();
        private final List<Generation> reply;

        RecordingChatModel(List<Generation> reply) {
            this.reply = reply;
        }

        @Override
        public ChatResponse call(org.springframework.ai.chat.prompt.Prompt request) {
            prompt.set(request);
            thread.set(Thread.currentThread().getName());
            return new ChatResponse(reply);
        }

        @Override
        public Flux<ChatResponse> stream(org.springframework.ai.chat.prompt.Prompt request) {
            prompt.set(request);
            return Flux.fromIterable(reply).map(generation -> new ChatResponse(List.of(generation)));
        }

        @Override
        public ChatOptions getDefaultOptions() {
            return ChatOptions.builder().model("m-1").topK(7).build();
        }
    }

    private static Generation text(String text) {
        return new Generation(new AssistantMessage(text));
    }

    @Test
    void mapsSystemUserTemperatureAndBudgetOntoTheModelsDefaults() {
        RecordingChatModel chat = new RecordingChatModel(List.of(text("fine")));

        String reply = new ChatModelLanguageModel(chat, "m-1").generate(new Prompt("Be kind.", "Ask.", 0.7, 300)).block();

        assertThat(reply).isEqualTo("fine");
        org.springframework.ai.chat.prompt.Prompt sent = chat.prompt.get();
        assertThat(sent.getInstructions()).extracting(message -> message.getMessageType())
                .containsExactly(MessageType.SYSTEM, MessageType.USER);
        assertThat(sent.getSystemMessage().getText()).isEqualTo("Be kind.");
        assertThat(sent.getUserMessage().getText()).isEqualTo("Ask.");
        assertThat(sent.getOptions().getTemperature()).isEqualTo(0.7);
        assertThat(sent.getOptions().getMaxTokens()).isEqualTo(300);
        assertThat(sent.getOptions().getModel()).isEqualTo("m-1");
        assertThat(sent.getOptions().getTopK()).isEqualTo(7);
    }

    @Test
    void leavesAnEmptySystemTextOut() {
        RecordingChatModel chat = new RecordingChatModel(List.of(text("fine")));

        new ChatModelLanguageModel(chat, "m-1").generate(Prompt.of("", "Ask.")).block();

        assertThat(chat.prompt.get().getInstructions()).extracting(message -> message.getMessageType())
                .containsExactly(MessageType.USER);
    }

    @Test
    void callsTheBlockingModelOffTheSubscribersThread() {
        RecordingChatModel chat = new RecordingChatModel(List.of(text("fine")));

        new ChatModelLanguageModel(chat, "m-1").generate(Prompt.of("", "Ask.")).block();

        assertThat(chat.thread.get()).startsWith("boundedElastic").isNotEqualTo(Thread.currentThread().getName());
    }

    @Test
    void joinsTheGenerationsOfOneReplyAndReadsNoneAsEmpty() {
        assertThat(new ChatModelLanguageModel(new RecordingChatModel(List.of(text("a"), text("b"))), "m")
                .generate(Prompt.of("", "Ask.")).block()).isEqualTo("ab");
        assertThat(new ChatModelLanguageModel(new RecordingChatModel(List.of()), "m")
                .generate(Prompt.of("", "Ask.")).block()).isEmpty();
    }

    @Test
    void streamsNonEmptyChunksInOrder() {
        RecordingChatModel chat = new RecordingChatModel(List.of(text("a"), text(""), text("b")));

        assertThat(new ChatModelLanguageModel(chat, "m").stream(Prompt.of("", "Ask.")).collectList().block())
                .containsExactly("a", "b");
    }

    @Test
    void needsAName() {
        assertThatThrownBy(() -> new ChatModelLanguageModel(new RecordingChatModel(List.of()), " "))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
