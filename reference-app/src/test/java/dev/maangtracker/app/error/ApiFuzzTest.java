package dev.maangtracker.app.error;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maangtracker.app.ApiClient;
import dev.maangtracker.app.TestClockConfiguration;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Seeded random requests to every endpoint (random methods, bodies, content types, tokens; a valid
 * token and a real interview for a third of them, so the requests reach the handlers): none may
 * produce a 5xx, every error is problem+json, and no body shows an exception, a class or package
 * name or a stack frame. A failure names its seed and request.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
@Import(TestClockConfiguration.class)
class ApiFuzzTest {

    private static final int REQUESTS_PER_SEED = 25;
    private static final List<String> PATHS = List.of("/api/v1/auth/register", "/api/v1/auth/login",
            "/api/v1/auth/refresh", "/api/v1/auth/logout", "/api/v1/me", "/api/v1/admin/users", "/api/v1/nope",
            "/v3/api-docs", "/actuator/health", "/api/v1/auth/%2e%2e/login", "/api/v1/me/../me",
            "/api/v1/me;jsessionid=1", "/api/v1/auth//login",
            "/api/v1/interviews", "/api/v1/interviews?limit=0", "/api/v1/interviews?limit=x",
            "/api/v1/interviews/{interview}", "/api/v1/interviews/{interview}/start",
            "/api/v1/interviews/{interview}/answer", "/api/v1/interviews/{interview}/hint",
            "/api/v1/interviews/{interview}/pause", "/api/v1/interviews/{interview}/resume",
            "/api/v1/interviews/{interview}/complete", "/api/v1/interviews/{interview}/report",
            "/api/v1/interviews/{interview}/turns", "/api/v1/interviews/{random}/answer",
            "/api/v1/interviews/not-a-uuid/start", "/api/v1/questions/by-type/CODING?offset=-1",
            "/api/v1/questions/by-type/nope", "/api/v1/questions/generate?type=HR&difficulty=x",
            "/api/v1/questions/generate", "/api/v1/judge/run",
            "/api/v1/roadmap", "/api/v1/roadmap/topics/graphs", "/api/v1/roadmap/topics/%00", "/api/v1/problems/two-sum/status",
            "/api/v1/problems/two-sum/attempts", "/api/v1/problems/nope/attempts", "/api/v1/weaknesses",
            "/api/v1/plan?items=5", "/api/v1/plan?items=-1&minutes=x", "/api/v1/reviews/due",
            "/api/v1/analytics/dashboard", "/api/v1/analytics/progress", "/api/v1/analytics/history",
            "/api/v1/memory", "/api/v1/memory/search?q=graphs&k=3", "/api/v1/memory/search?k=99",
            "/api/v1/memory/" + UUID.nameUUIDFromBytes(new byte[] {1}), "/api/v1/memory/x", "/api/v1/me/export");
    private static final List<HttpMethod> METHODS = List.of(HttpMethod.GET, HttpMethod.POST, HttpMethod.PUT,
            HttpMethod.DELETE, HttpMethod.PATCH, HttpMethod.POST, HttpMethod.POST);
    private static final List<String> CONTENT_TYPES = List.of("application/json", "application/json",
            "application/json", "text/plain", "application/xml", "application/json; charset=ISO-8859-1",
            "multipart/form-data; boundary=x", "application/x-www-form-urlencoded", "");
    private static final List<String> FIELDS = List.of("email", "password", "fullName", "refreshToken", "type", "",
            "difficulty", "targetRole", "answer", "code", "language", "durationSeconds", "problemSlug",
            "status", "outcome", "minutes", "hintsUsed", "content", "topic");
    private static final List<String> FORBIDDEN = List.of("Exception", "exception", "\tat ", "java.", "tools.jackson",
            "org.springframework", "dev.maangtracker", "reactor.");

    @Autowired
    private WebTestClient client;
    @LocalServerPort
    private int port;

    /** A signed-in user's token and interview, so the fuzzing also reaches past authentication. */
    private String token;
    private String interview;

    @BeforeEach
    void signIn() {
        token = new ApiClient(client).newUser().access();
        interview = (String) client.post().uri("/api/v1/interviews").headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("type", "BEHAVIORAL"))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult()
                .getResponseBody().get("id");
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
    void noRequestCausesA500OrLeaksInternals(long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < REQUESTS_PER_SEED; i++) {
            HttpMethod method = METHODS.get(random.nextInt(METHODS.size()));
            String path = PATHS.get(random.nextInt(PATHS.size())).replace("{interview}", interview)
                    .replace("{random}", new UUID(random.nextLong(), random.nextLong()).toString());
            String contentType = CONTENT_TYPES.get(random.nextInt(CONTENT_TYPES.size()));
            byte[] body = body(random);
            String authorization = authorization(random);
            WebTestClient.RequestBodySpec request = client.method(method)
                    .uri(java.net.URI.create("http://127.0.0.1:" + port + path));
            if (!contentType.isEmpty()) {
                request.header("Content-Type", contentType);
            }
            if (authorization != null) {
                request.header("Authorization", authorization);
            }
            EntityExchangeResult<byte[]> result = request.bodyValue(body).exchange().expectBody().returnResult();
            String described = "seed " + seed + " request " + i + ": " + method + " " + path + " [" + contentType
                    + "] " + new String(body, StandardCharsets.UTF_8);
            int status = result.getStatus().value();
            assertThat(status).as(described).isLessThan(500);
            if (status >= 400) {
                assertThat(result.getResponseHeaders().getContentType()).as(described)
                        .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
                String text = new String(result.getResponseBodyContent(), StandardCharsets.UTF_8);
                assertThat(text).as(described).contains("\"status\":" + status);
                for (String forbidden : FORBIDDEN) {
                    assertThat(text).as(described).doesNotContain(forbidden);
                }
            }
        }
    }

    private String authorization(Random random) {
        switch (random.nextInt(6)) {
            case 0:
                return "Bearer " + randomText(random, 1 + random.nextInt(200));
            case 1:
                return "Bearer eyJhbGciOiJIUzI1NiJ9." + randomText(random, 30) + "." + randomText(random, 43);
            case 2:
                return "Basic dXNlcjpwYXNz";
            case 3:
            case 4:
                return "Bearer " + token;
            default:
                return null;
        }
    }

    private static byte[] body(Random random) {
        switch (random.nextInt(6)) {
            case 0:
                return new byte[0];
            case 1:
                byte[] bytes = new byte[random.nextInt(300)];
                random.nextBytes(bytes);
                return bytes;
            case 2:
                return randomText(random, random.nextInt(200)).getBytes(StandardCharsets.UTF_8);
            default:
                return jsonObject(random).getBytes(StandardCharsets.UTF_8);
        }
    }

    private static String jsonObject(Random random) {
        StringBuilder json = new StringBuilder("{");
        int fields = random.nextInt(5);
        for (int f = 0; f < fields; f++) {
            if (f > 0) {
                json.append(',');
            }
            json.append('"').append(FIELDS.get(random.nextInt(FIELDS.size()))).append("\":").append(jsonValue(random, 2));
        }
        json.append('}');
        String text = json.toString();
        // Sometimes cut it short, so the parser meets broken JSON at every position.
        return random.nextInt(4) == 0 && !text.isEmpty() ? text.substring(0, random.nextInt(text.length())) : text;
    }

    private static String jsonValue(Random random, int depth) {
        switch (random.nextInt(depth > 0 ? 8 : 6)) {
            case 0:
                return "null";
            case 1:
                return Long.toString(random.nextLong());
            case 2:
                return "1e99999";
            case 3:
                return random.nextBoolean() ? "true" : "false";
            case 4:
                return '"' + randomText(random, random.nextInt(40)).replace("\\", "").replace("\"", "") + '"';
            case 5:
                switch (random.nextInt(3)) {
                    case 0:
                        return "\"user" + random.nextInt(1000) + "@example.com\"";
                    case 1:
                        return Integer.toString(random.nextInt(30));
                    default:
                        return '"' + List.of("SOLVED", "MASTERED", "TODO", "FAILED", "PARTIAL", "graphs", "CODING", "HR")
                                .get(random.nextInt(8)) + '"';
                }
            case 6:
                return "[" + jsonValue(random, depth - 1) + "," + jsonValue(random, depth - 1) + "]";
            default:
                return "{\"x\":" + jsonValue(random, depth - 1) + "}";
        }
    }

    private static String randomText(Random random, int length) {
        String alphabet = "abcXYZ019 -_.~!@#$%^&*()[]{}<>?/|:;'`,\u00e9\u4e2d\ud83d\ude00\t";
        StringBuilder text = new StringBuilder();
        while (text.length() < length) {
            int at = random.nextInt(alphabet.length());
            char c = alphabet.charAt(at);
            if (Character.isHighSurrogate(c) && at + 1 < alphabet.length()) {
                text.append(c).append(alphabet.charAt(at + 1));
            } else if (!Character.isLowSurrogate(c)) {
                text.append(c);
            }
        }
        return text.toString();
    }
}
