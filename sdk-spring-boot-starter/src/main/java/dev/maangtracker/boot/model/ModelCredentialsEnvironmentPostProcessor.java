package dev.maangtracker.boot.model;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Keeps Spring AI's Gemini auto-configuration from failing start-up when no credentials are set.
 *
 * <p>Spring AI builds its Gemini client whenever the starter is on the classpath and throws when it
 * finds neither an API key nor a Vertex AI project; our compose file even passes an empty
 * {@code SPRING_AI_GOOGLE_GENAI_API_KEY}. Without credentials this sets
 * {@code spring.ai.model.chat=none}, so no chat model is created and the offline interviewer
 * answers. It also sets {@code spring.ai.model.embedding.text=none}: memories are embedded by the
 * local MiniLM model, and Gemini's 768-dimension vectors would not fit their 384-dimension column.
 * And it sets {@code spring.ai.google.genai.chat.enable-cached-content=false}: the condition on
 * Spring AI's cached-content bean looks the chat model up while configuration is still being read,
 * which creates the Gemini client before its properties are bound (it then fails for want of an API
 * key that is in fact set). All are defaults below every other property source: a value the user
 * sets always wins.
 */
public final class ModelCredentialsEnvironmentPostProcessor implements EnvironmentPostProcessor {

    static final String SOURCE_NAME = "maangModelDefaults";
    static final String CHAT_MODEL = "spring.ai.model.chat";
    static final String TEXT_EMBEDDING_MODEL = "spring.ai.model.embedding.text";
    static final String API_KEY_PROPERTY = "spring.ai.google.genai.api-key";
    static final String VERTEX_AI_PROPERTY = "spring.ai.google.genai.vertex-ai";
    static final String PROJECT_ID = "spring.ai.google.genai.project-id";
    static final String LOCATION = "spring.ai.google.genai.location";
    static final String CACHED_CONTENT = "spring.ai.google.genai.chat.enable-cached-content";
    static final String NONE = "none";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> defaults = new LinkedHashMap<>();
        if (!environment.containsProperty(CHAT_MODEL) && GeminiMode.of(environment) == GeminiMode.NONE) {
            defaults.put(CHAT_MODEL, NONE);
        }
        if (!environment.containsProperty(TEXT_EMBEDDING_MODEL)) {
            defaults.put(TEXT_EMBEDDING_MODEL, NONE);
        }
        if (!environment.containsProperty(CACHED_CONTENT)) {
            defaults.put(CACHED_CONTENT, "false");
        }
        if (!defaults.isEmpty()) {
            environment.getPropertySources().addLast(new MapPropertySource(SOURCE_NAME, defaults));
        }
    }
}
