package dev.maangtracker.app.observability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingInitializationContext;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * With {@code logging.structured.format.console=ecs} (what the deployment sets) every line is one
 * JSON object, and a line written while serving a request carries that request's id as the field
 * {@code requestId}.
 *
 * <p>Spring Boot configures Logback once per JVM (the first test context does it; later ones only
 * change levels), so this test configures it from its own environment first and puts the
 * human-readable format back afterwards.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "logging.structured.format.console=ecs")
@AutoConfigureWebTestClient
class StructuredLogsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String FORMAT_PROPERTY = "logging.structured.format.console";
    /** The system property Boot's Logback configuration reads the format from. */
    private static final String FORMAT_SYSTEM_PROPERTY = "CONSOLE_LOG_STRUCTURED_FORMAT";

    @Autowired
    private WebTestClient client;
    @Autowired
    private ConfigurableEnvironment environment;

    private static void configureLogging(ConfigurableEnvironment environment) {
        LoggingSystem logging = LoggingSystem.get(StructuredLogsTest.class.getClassLoader());
        logging.cleanUp();
        System.clearProperty(FORMAT_SYSTEM_PROPERTY);
        logging.beforeInitialize();
        logging.initialize(new LoggingInitializationContext(environment), null, null);
        logging.setLogLevel("dev.maangtracker.app.error", LogLevel.DEBUG);
    }

    @BeforeEach
    void logJson() {
        assertThat(environment.getProperty(FORMAT_PROPERTY)).isEqualTo("ecs");
        configureLogging(environment);
    }

    @AfterEach
    void logPlainAgain() {
        StandardEnvironment plain = new StandardEnvironment();
        environment.getPropertySources().forEach(source -> plain.getPropertySources().addLast(source));
        plain.getPropertySources().addFirst(new MapPropertySource("plain logs", Map.of(FORMAT_PROPERTY, "")));
        configureLogging(plain);
        LoggingSystem.get(StructuredLogsTest.class.getClassLoader()).setLogLevel("dev.maangtracker.app.error", null);
    }

    @Test
    void linesAreJsonAndCarryTheRequestId(CapturedOutput output) {
        String requestId = "obs-structured-" + System.nanoTime();
        client.post().uri("/api/v1/auth/login").header("X-Request-Id", requestId)
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"email\": ").exchange()
                .expectStatus().isBadRequest().expectHeader().valueEquals("X-Request-Id", requestId);

        List<String> jsonLines = output.getOut().lines().filter(line -> line.startsWith("{\"@timestamp\"")).toList();
        assertThat(jsonLines).as("structured lines were written").isNotEmpty();
        for (String line : jsonLines) {
            assertThat(JSON.readTree(line).isObject()).as(line).isTrue();
        }
        JsonNode answered = jsonLines.stream().filter(line -> line.contains(requestId)).map(JSON::readTree)
                .filter(node -> node.path("message").asString().contains("answered 400"))
                .findFirst().orElseThrow(() -> new AssertionError("no JSON line with the request id " + requestId));
        assertThat(answered.path("requestId").asString()).isEqualTo(requestId);
        assertThat(answered.path("log").path("level").asString()).isEqualTo("DEBUG");
    }
}
