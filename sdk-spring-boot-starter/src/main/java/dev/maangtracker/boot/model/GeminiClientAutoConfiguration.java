package dev.maangtracker.boot.model;

import com.google.auth.oauth2.GoogleCredentials;
import com.google.genai.Client;
import com.google.genai.types.HttpOptions;
import com.google.genai.types.HttpRetryOptions;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.springframework.ai.model.google.genai.autoconfigure.chat.GoogleGenAiConnectionProperties;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;

/**
 * The Gemini client Spring AI's chat model uses, built from the same {@code spring.ai.google.genai.*}
 * properties as Spring AI's own (API key, or Vertex AI with project id, location and either
 * {@code credentials-uri} or application default credentials), with two differences:
 * <ul>
 *   <li>the client's own retries are off: left on, it retries 408/429/5xx up to five times with
 *       sleeps of its own inside each of our attempts, past our timeout; {@link ResilientLanguageModel}
 *       retries instead, on 429 and 503 only;</li>
 *   <li>{@code maang.model.gemini.base-url}, when set, replaces Google's endpoint (a proxy, a
 *       regional gateway, or a local fake in tests).</li>
 * </ul>
 * Runs before Spring AI's auto-configuration, whose client backs off; a {@code Client} bean of the
 * user's wins over both.
 */
@AutoConfiguration(beforeName = MaangModelAutoConfiguration.GOOGLE_GENAI_CHAT)
@ConditionalOnClass({Client.class, GoogleGenAiConnectionProperties.class})
@ConditionalOnProperty(name = "spring.ai.model.chat", havingValue = "google-genai", matchIfMissing = true)
@Conditional(GeminiCredentialsCondition.class)
@EnableConfigurationProperties({GoogleGenAiConnectionProperties.class, MaangModelProperties.class})
public final class GeminiClientAutoConfiguration {

    /** OAuth scope a service account needs to call Vertex AI. */
    static final String CLOUD_PLATFORM_SCOPE = "https://www.googleapis.com/auth/cloud-platform";
    /** Margin of the client's own HTTP timeout over ours, so ours fires first and the thread is freed after. */
    static final int HTTP_TIMEOUT_MARGIN_MILLIS = 5_000;

    /** The client, in the mode the properties name. */
    @Bean
    @ConditionalOnMissingBean(Client.class)
    Client googleGenAiClient(GoogleGenAiConnectionProperties connection, MaangModelProperties model) throws IOException {
        HttpOptions.Builder http = HttpOptions.builder()
                .retryOptions(HttpRetryOptions.builder().attempts(1).build())
                .timeout((int) Math.min(Integer.MAX_VALUE, model.timeout().toMillis() + HTTP_TIMEOUT_MARGIN_MILLIS));
        if (model.gemini().baseUrl() != null) {
            http.baseUrl(model.gemini().baseUrl().toString());
        }
        Client.Builder client = Client.builder().httpOptions(http.build());
        boolean vertex = connection.isVertexAi() || (!hasText(connection.getApiKey())
                && hasText(connection.getProjectId()) && hasText(connection.getLocation()));
        if (!vertex) {
            return client.apiKey(connection.getApiKey()).build();
        }
        if (!hasText(connection.getProjectId()) || !hasText(connection.getLocation())) {
            throw new IllegalStateException("Vertex AI mode needs spring.ai.google.genai.project-id and "
                    + "spring.ai.google.genai.location");
        }
        client.vertexAI(true).project(connection.getProjectId()).location(connection.getLocation());
        if (connection.getCredentialsUri() != null) {
            try (InputStream json = connection.getCredentialsUri().getInputStream()) {
                GoogleCredentials credentials = GoogleCredentials.fromStream(json);
                client.credentials(credentials.createScopedRequired()
                        ? credentials.createScoped(List.of(CLOUD_PLATFORM_SCOPE)) : credentials);
            }
        }
        return client.build();
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}
