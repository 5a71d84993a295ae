package dev.maangtracker.boot.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.genai.Client;
import dev.maangtracker.boot.startup.ComponentChoice;
import dev.maangtracker.core.llm.LanguageModel;
import dev.maangtracker.core.llm.Prompt;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.ai.chat.messages.AssistantMessage;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.chat.model.ChatResponse;
import org.springframework.ai.chat.model.Generation;
import org.springframework.ai.chat.prompt.ChatOptions;
import org.springframework.ai.model.google.genai.autoconfigure.chat.GoogleGenAiChatAutoConfiguration;
import org.springframework.ai.model.google.genai.autoconfigure.embedding.GoogleGenAiTextEmbeddingAutoConfiguration;
import org.springframework.ai.model.tool.autoconfigure.ToolCallingAutoConfiguration;
import org.springframework.ai.retry.autoconfigure.SpringAiRetryAutoConfiguration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import reactor.core.publisher.Mono;

/** Which language model the starter wires, under which properties, and which bean wins. */
class MaangModelAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withInitializer(context -> new ModelCredentialsEnvironmentPostProcessor()
                    .postProcessEnvironment(context.getEnvironment(), new SpringApplication()))
            .withConfiguration(AutoConfigurations.of(ToolCallingAutoConfiguration.class,
                    SpringAiRetryAutoConfiguration.class, GeminiClientAutoConfiguration.class,
                    GoogleGenAiChatAutoConfiguration.class,
                    GoogleGenAiTextEmbeddingAutoConfiguration.class, MaangModelAutoConfiguration.class));

    @Test
    void startsOfflineWithAnEmptyApiKey() {
        // docker-compose passes SPRING_AI_GOOGLE_GENAI_API_KEY= when the user has no key.
        runner.withPropertyValues("spring.ai.google.genai.api-key=").run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context).doesNotHaveBean(ChatModel.class);
            assertThat(context).doesNotHaveBean(Client.class);
            assertThat(context).doesNotHaveBean(LanguageModel.class);
            assertThat(context).doesNotHaveBean(org.springframework.ai.embedding.EmbeddingModel.class);
            ComponentChoice choice = context.getBean("languageModelComponentChoice", ComponentChoice.class);
            assertThat(choice.component()).isEqualTo("language model");
            assertThat(choice.implementation()).isEqualTo("none: offline interviewer");
            assertThat(choice.reason()).contains("spring.ai.google.genai.api-key");
        });
    }

    @Test
    void startsOfflineWithNoModelPropertyAtAll() {
        runner.run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context).doesNotHaveBean(LanguageModel.class);
        });
    }

    @Test
    void wiresAResilientGeminiModelWhenAKeyIsSet() {
        runner.withPropertyValues("spring.ai.google.genai.api-key=some-key",
                "spring.ai.google.genai.chat.options.model=gemini-2.5-pro").run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context).hasSingleBean(LanguageModel.class);
            assertThat(context.getBean(LanguageModel.class)).isInstanceOf(ResilientLanguageModel.class);
            assertThat(context.getBean(LanguageModel.class).name()).isEqualTo("gemini-2.5-pro");
            assertThat(context.getBean("languageModelComponentChoice", ComponentChoice.class).implementation())
                    .isEqualTo("Gemini gemini-2.5-pro (API key)");
            // Gemini embeddings stay off: memories use the local model's 384 dimensions.
            assertThat(context).doesNotHaveBean(org.springframework.ai.embedding.EmbeddingModel.class);
        });
    }

    @Test
    void failsStartUpWhenTheVertexCredentialsFileIsMissing() {
        runner.withPropertyValues("spring.ai.google.genai.vertex-ai=true", "spring.ai.google.genai.project-id=p1",
                "spring.ai.google.genai.location=us-central1",
                "spring.ai.google.genai.credentials-uri=classpath:dev/maangtracker/boot/model/missing.json")
                .run(context -> {
                    // The credentials file is read when the client is built: a wrong path fails start-up.
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("missing.json");
                });
    }

    @Test
    void keepsAnExplicitChatModelChoice() {
        runner.withPropertyValues("spring.ai.model.chat=none", "spring.ai.google.genai.api-key=some-key")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context).doesNotHaveBean(ChatModel.class);
                    assertThat(context).doesNotHaveBean(LanguageModel.class);
                });
    }

    @Test
    void letsTheUsersLanguageModelWin() {
        LanguageModel own = new LanguageModel() {
            @Override
            public String name() {
                return "own-model";
            }

            @Override
            public Mono<String> generate(Prompt prompt) {
                return Mono.just("mine");
            }
        };
        runner.withPropertyValues("spring.ai.google.genai.api-key=some-key")
                .withBean(LanguageModel.class, () -> own)
                .run(context -> {
                    assertThat(context).hasSingleBean(LanguageModel.class);
                    assertThat(context.getBean(LanguageModel.class)).isSameAs(own);
                    ComponentChoice choice = context.getBean("languageModelComponentChoice", ComponentChoice.class);
                    assertThat(choice.implementation()).endsWith("own-model");
                    assertThat(choice.reason()).isEqualTo("user-provided LanguageModel bean");
                });
    }

    @Test
    void adaptsAnyOtherChatModel() {
        ChatModel echo = new ChatModel() {
            @Override
            public ChatResponse call(org.springframework.ai.chat.prompt.Prompt prompt) {
                return new ChatResponse(List.of(new Generation(new AssistantMessage("echo: "
                        + prompt.getUserMessage().getText()))));
            }

            @Override
            public ChatOptions getDefaultOptions() {
                return ChatOptions.builder().model("echo-1").build();
            }
        };
        runner.withBean(ChatModel.class, () -> echo).run(context -> {
            LanguageModel model = context.getBean(LanguageModel.class);
            assertThat(model.name()).isEqualTo("echo-1");
            assertThat(model.generate(Prompt.of("", "hello")).block()).isEqualTo("echo: hello");
            assertThat(context.getBean("languageModelComponentChoice", ComponentChoice.class).implementation())
                    .startsWith("Spring AI ").endsWith(" echo-1");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"maang.model.timeout=0s", "maang.model.retry.max-attempts=0",
            "maang.model.retry.max-attempts=11", "maang.model.retry.jitter=1.5", "maang.model.retry.multiplier=0.5",
            "maang.model.retry.max-backoff=1ms", "maang.model.circuit-breaker.failure-rate-threshold=0",
            "maang.model.circuit-breaker.minimum-calls=50", "maang.model.circuit-breaker.wait-in-open-state=0s",
            "maang.model.bulkhead.max-concurrent-calls=0", "maang.model.bulkhead.max-wait=-1s",
            "maang.model.gemini.base-url=ftp://example.org/"})
    void rejectsInvalidSettingsAtStartUp(String setting) {
        String property = setting.substring(0, setting.indexOf('='));
        runner.withPropertyValues("spring.ai.google.genai.api-key=some-key", setting).run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().hasMessageContaining(property);
        });
    }
}
