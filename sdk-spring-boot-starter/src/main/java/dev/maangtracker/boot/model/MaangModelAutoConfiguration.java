package dev.maangtracker.boot.model;

import dev.maangtracker.boot.startup.ComponentChoice;
import dev.maangtracker.core.llm.LanguageModel;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.chat.prompt.ChatOptions;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * The interview engine's {@link LanguageModel}: whatever Spring AI {@link ChatModel} the application
 * has (Gemini through {@code spring-ai-starter-model-google-genai}, in API-key or Vertex AI mode),
 * adapted by {@link ChatModelLanguageModel} and guarded by {@link ResilientLanguageModel} with the
 * {@code maang.model.*} settings. Without a chat model (no credentials: see
 * {@link ModelCredentialsEnvironmentPostProcessor}) there is no {@code LanguageModel} bean and the
 * offline interviewer runs every interview. A {@code LanguageModel} bean of the user's wins.
 *
 * <p>Registers a {@link ComponentChoice} for the component "language model" either way.
 */
@AutoConfiguration(afterName = MaangModelAutoConfiguration.GOOGLE_GENAI_CHAT)
@ConditionalOnClass(ChatModel.class)
@EnableConfigurationProperties(MaangModelProperties.class)
public final class MaangModelAutoConfiguration {

    static final String GOOGLE_GENAI_CHAT =
            "org.springframework.ai.model.google.genai.autoconfigure.chat.GoogleGenAiChatAutoConfiguration";
    static final String COMPONENT = "language model";
    static final String OFFLINE = "none: offline interviewer";
    private static final String GOOGLE_GENAI_PACKAGE = "org.springframework.ai.google.genai.";

    /** The resilient adapter over the application's single chat model. */
    @Bean
    @ConditionalOnMissingBean(LanguageModel.class)
    @ConditionalOnSingleCandidate(ChatModel.class)
    ResilientLanguageModel languageModel(ChatModel chatModel, MaangModelProperties properties,
                                         ObjectProvider<MeterRegistry> meters, ObjectProvider<Clock> clock) {
        return new ResilientLanguageModel(new ChatModelLanguageModel(chatModel, modelName(chatModel)), properties,
                meters.getIfUnique(), clock.getIfUnique(Clock::systemUTC));
    }

    /** Which language model interviews run with, for the start-up table. */
    @Bean
    @ConditionalOnMissingBean(name = "languageModelComponentChoice")
    ComponentChoice languageModelComponentChoice(ObjectProvider<LanguageModel> languageModels,
                                                 ObjectProvider<ChatModel> chatModels, Environment environment) {
        LanguageModel model = languageModels.getIfUnique();
        if (model == null) {
            return new ComponentChoice(COMPONENT, OFFLINE, "no chat model: set spring.ai.google.genai.api-key, or "
                    + "spring.ai.google.genai.vertex-ai=true with project-id and location");
        }
        if (!(model instanceof ResilientLanguageModel)) {
            return new ComponentChoice(COMPONENT, model.getClass().getSimpleName() + " " + model.name(),
                    "user-provided LanguageModel bean");
        }
        ChatModel chatModel = chatModels.getIfUnique();
        String guards = "timeout, retry, circuit breaker, bulkhead (maang.model.*)";
        if (chatModel == null || !chatModel.getClass().getName().startsWith(GOOGLE_GENAI_PACKAGE)) {
            String type = chatModel == null ? "ChatModel" : chatModel.getClass().getSimpleName();
            return new ComponentChoice(COMPONENT, "Spring AI " + type + " " + model.name(), "ChatModel bean; " + guards);
        }
        if (GeminiMode.of(environment)
                == GeminiMode.VERTEX_AI) {
            return new ComponentChoice(COMPONENT, "Gemini " + model.name() + " (Vertex AI project "
                    + environment.getProperty(ModelCredentialsEnvironmentPostProcessor.PROJECT_ID, "?") + ", location "
                    + environment.getProperty(ModelCredentialsEnvironmentPostProcessor.LOCATION, "?") + ")",
                    "spring.ai.google.genai.vertex-ai / project-id are set; " + guards);
        }
        return new ComponentChoice(COMPONENT, "Gemini " + model.name() + " (API key)",
                "spring.ai.google.genai.api-key is set; " + guards);
    }

    /** The model's default model name (e.g. "gemini-2.5-flash"), else its class's simple name. */
    static String modelName(ChatModel chatModel) {
        ChatOptions options = chatModel.getDefaultOptions();
        String name = options == null ? null : options.getModel();
        return name == null || name.isBlank() ? chatModel.getClass().getSimpleName() : name;
    }
}
