package dev.maangtracker.app.observability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/**
 * Signing up, in, refreshing, calling the API and failing to sign in, with the app's packages and
 * Spring Security, Spring Web and Reactor Netty logging at DEBUG (more than any deployment runs):
 * neither the password nor either token appears in the output. The requests go through the JDK's
 * HTTP client, which writes no logs, so everything captured is the server's.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "logging.level.dev.maangtracker=DEBUG",
        "logging.level.org.springframework.security=DEBUG",
        "logging.level.org.springframework.web=DEBUG",
        "logging.level.org.springframework.http=DEBUG",
        "logging.level.reactor.netty=DEBUG"})
class NoSecretsInLogsTest {

    private static final String PASSWORD = "Known-password-7f3a9c";
    private static final String[] DEBUG_LOGGERS = {"dev.maangtracker", "org.springframework.security",
        "org.springframework.web", "org.springframework.http", "reactor.netty"};

    /** Logback is shared by every test of this JVM: put the levels back so later tests do not log at DEBUG. */
    @AfterAll
    static void restoreLogLevels() {
        LoggingSystem logging = LoggingSystem.get(NoSecretsInLogsTest.class.getClassLoader());
        for (String logger : DEBUG_LOGGERS) {
            logging.setLogLevel(logger, null);
        }
    }
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    private int port;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private HttpResponse<String> send(String method, String path, Object body, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String field(HttpResponse<String> response, String name) {
        return JSON.readTree(response.body()).get(name).asString();
    }

    @Test
    void passwordsAndTokensAreNeverLogged(CapturedOutput output) throws Exception {
        String email = "logs-" + UUID.randomUUID() + "@example.com";
        assertThat(send("POST", "/api/v1/auth/register",
                Map.of("email", email, "password", PASSWORD, "fullName", "Log Reader"), null).statusCode()).isEqualTo(201);
        HttpResponse<String> login = send("POST", "/api/v1/auth/login", Map.of("email", email, "password", PASSWORD), null);
        assertThat(login.statusCode()).isEqualTo(200);
        String access = field(login, "accessToken");
        String refresh = field(login, "refreshToken");
        HttpResponse<String> refreshed = send("POST", "/api/v1/auth/refresh", Map.of("refreshToken", refresh), null);
        assertThat(refreshed.statusCode()).isEqualTo(200);
        String rotatedAccess = field(refreshed, "accessToken");
        String rotatedRefresh = field(refreshed, "refreshToken");
        assertThat(send("GET", "/api/v1/me", null, access).statusCode()).isEqualTo(200);
        // The failure paths log too: a spent refresh token and a wrong password.
        assertThat(send("POST", "/api/v1/auth/refresh", Map.of("refreshToken", refresh), null).statusCode())
                .isEqualTo(401);
        String wrongPassword = "Wrong-password-4b1e2d";
        assertThat(send("POST", "/api/v1/auth/login", Map.of("email", email, "password", wrongPassword), null)
                .statusCode()).isEqualTo(401);

        String logged = output.getAll();
        assertThat(logged).as("the DEBUG loggers wrote something about the requests").contains("DEBUG")
                .contains("/api/v1/auth/login");
        assertThat(logged).doesNotContain(PASSWORD).doesNotContain(wrongPassword)
                .doesNotContain(refresh).doesNotContain(rotatedRefresh)
                .doesNotContain(access).doesNotContain(rotatedAccess)
                // Not even an access token's signature on its own.
                .doesNotContain(access.substring(access.lastIndexOf('.') + 1));
    }
}
