package dev.maangtracker.boot.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

class ModelCredentialsEnvironmentPostProcessorTest {

    private final ModelCredentialsEnvironmentPostProcessor processor = new ModelCredentialsEnvironmentPostProcessor();

    private MockEnvironment processed(String... properties) {
        MockEnvironment environment = new MockEnvironment();
        for (String property : properties) {
            int equals = property.indexOf('=');
            environment.setProperty(property.substring(0, equals), property.substring(equals + 1));
        }
        processor.postProcessEnvironment(environment, new SpringApplication());
        return environment;
    }

    @Test
    void turnsTheChatModelOffWithoutCredentials() {
        assertThat(processed().getProperty("spring.ai.model.chat")).isEqualTo("none");
    }

    @Test
    void treatsABlankApiKeyAsNoKey() {
        assertThat(processed("spring.ai.google.genai.api-key=  ").getProperty("spring.ai.model.chat")).isEqualTo("none");
    }

    @Test
    void leavesTheChatModelOnWithAnApiKey() {
        assertThat(processed("spring.ai.google.genai.api-key=k").getProperty("spring.ai.model.chat")).isNull();
    }

    @Test
    void leavesTheChatModelOnInVertexAiMode() {
        assertThat(processed("spring.ai.google.genai.vertex-ai=true").getProperty("spring.ai.model.chat")).isNull();
        assertThat(processed("spring.ai.google.genai.project-id=p", "spring.ai.google.genai.location=l")
                .getProperty("spring.ai.model.chat")).isNull();
    }

    @Test
    void needsBothProjectAndLocationForImplicitVertexAi() {
        assertThat(processed("spring.ai.google.genai.project-id=p").getProperty("spring.ai.model.chat"))
                .isEqualTo("none");
    }

    @Test
    void keepsTheUsersChoices() {
        MockEnvironment environment = processed("spring.ai.model.chat=google-genai",
                "spring.ai.model.embedding.text=google-genai", "spring.ai.google.genai.chat.enable-cached-content=true");
        assertThat(environment.getProperty("spring.ai.model.chat")).isEqualTo("google-genai");
        assertThat(environment.getProperty("spring.ai.model.embedding.text")).isEqualTo("google-genai");
        assertThat(environment.getProperty("spring.ai.google.genai.chat.enable-cached-content")).isEqualTo("true");
    }

    @Test
    void keepsGeminiEmbeddingsAndCachedContentOffByDefault() {
        MockEnvironment environment = processed("spring.ai.google.genai.api-key=k");
        assertThat(environment.getProperty("spring.ai.model.embedding.text")).isEqualTo("none");
        assertThat(environment.getProperty("spring.ai.google.genai.chat.enable-cached-content")).isEqualTo("false");
    }

    @Test
    void addsItsDefaultsBelowEveryOtherSource() {
        MockEnvironment environment = processed();
        assertThat(environment.getPropertySources().stream().reduce((first, second) -> second).orElseThrow().getName())
                .isEqualTo(ModelCredentialsEnvironmentPostProcessor.SOURCE_NAME);
    }
}
