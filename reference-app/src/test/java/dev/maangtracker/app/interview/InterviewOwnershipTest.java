package dev.maangtracker.app.interview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maangtracker.app.ApiClient;
import dev.maangtracker.app.TestClockConfiguration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A second user gets 404 on every endpoint of the first user's interview, exactly as for an id that
 * does not exist, and changes nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
@Import(TestClockConfiguration.class)
class InterviewOwnershipTest {

    @Autowired
    private WebTestClient client;

    private InterviewApi owner;
    private InterviewApi stranger;
    private String id;

    @BeforeEach
    void setUp() {
        ApiClient accounts = new ApiClient(client);
        owner = new InterviewApi(client, accounts.newUser().access());
        stranger = new InterviewApi(client, accounts.newUser().access());
        id = (String) owner.create(Map.of("type", "BEHAVIORAL")).get("id");
        owner.ok("/api/v1/interviews/" + id + "/start", null);
    }

    static Stream<Arguments> endpoints() {
        Map<String, Object> answer = Map.of("answer", "I led the migration and cut deploy time by 90 percent.");
        return Stream.of(
                Arguments.of(HttpMethod.GET, "", null),
                Arguments.of(HttpMethod.DELETE, "", null),
                Arguments.of(HttpMethod.POST, "/start", null),
                Arguments.of(HttpMethod.POST, "/answer", answer),
                Arguments.of(HttpMethod.POST, "/hint", null),
                Arguments.of(HttpMethod.POST, "/pause", null),
                Arguments.of(HttpMethod.POST, "/resume", null),
                Arguments.of(HttpMethod.POST, "/complete", null),
                Arguments.of(HttpMethod.GET, "/report", null),
                Arguments.of(HttpMethod.GET, "/turns", null));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("endpoints")
    void anotherUsersInterviewIsNotFound(HttpMethod method, String suffix, Object body) {
        Map<String, Object> before = owner.read("/api/v1/interviews/" + id);

        String strangers = problem(stranger, method, "/api/v1/interviews/" + id + suffix, body);
        String missing = problem(stranger, method, "/api/v1/interviews/" + java.util.UUID.randomUUID() + suffix, body);

        // Not told apart from a missing interview: same status, same wording apart from the id.
        assertThat(strangers.replace(id, "ID")).contains("\"status\":404").contains("interview session");
        assertThat(missing).contains("\"status\":404").contains("interview session");
        assertThat(owner.read("/api/v1/interviews/" + id)).isEqualTo(before);
    }

    @Test
    void listsOnlyTheCallersInterviews() {
        List<Map<String, Object>> listed = stranger.get("/api/v1/interviews").expectStatus().isOk()
                .expectBodyList(InterviewApi.JSON).returnResult().getResponseBody();
        assertThat(listed).isEmpty();
    }

    private static String problem(InterviewApi api, HttpMethod method, String path, Object body) {
        WebTestClient.ResponseSpec response;
        if (method == HttpMethod.GET) {
            response = api.get(path);
        } else if (method == HttpMethod.DELETE) {
            response = api.delete(path);
        } else {
            response = api.post(path, body);
        }
        return new String(response.expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().returnResult().getResponseBodyContent(), java.nio.charset.StandardCharsets.UTF_8);
    }
}
