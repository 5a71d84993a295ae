package dev.maangtracker.app.interview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maangtracker.app.ApiClient;
import dev.maangtracker.app.TestClockConfiguration;
import java.util.HashMap;
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
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Bad input to the interview endpoints: 400 problem+json naming the field, and nothing stored. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
@Import(TestClockConfiguration.class)
class InterviewValidationTest {

    @Autowired
    private WebTestClient client;

    private InterviewApi api;

    @BeforeEach
    void signIn() {
        api = new InterviewApi(client, new ApiClient(client).newUser().access());
    }

    @Test
    void anUnknownTypeNamesTheFieldAndTheAllowedValues() {
        api.post("/api/v1/interviews", Map.of("type", "PAIR_PROGRAMMING")).expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.detail").isEqualTo("type must be one of [CODING, SYSTEM_DESIGN, BEHAVIORAL, HR].")
                .jsonPath("$.errors[0].field").isEqualTo("type")
                .jsonPath("$.errors[0].message").isEqualTo("must be one of [CODING, SYSTEM_DESIGN, BEHAVIORAL, HR]");
        assertThat(count()).isZero();
    }

    @Test
    void anUnknownDifficultyNamesTheFieldAndTheAllowedValues() {
        api.post("/api/v1/interviews", Map.of("type", "HR", "difficulty", "IMPOSSIBLE")).expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("difficulty")
                .jsonPath("$.errors[0].message").isEqualTo("must be one of [EASY, MEDIUM, HARD]");
    }

    static Stream<Arguments> invalidCreations() {
        return Stream.of(
                Arguments.of(Map.of(), "type"),
                Arguments.of(Map.of("type", "HR", "targetRole", "x".repeat(121)), "targetRole"),
                Arguments.of(Map.of("type", "HR", "targetCompany", "x".repeat(121)), "targetCompany"),
                Arguments.of(Map.of("type", 7), "type"));
    }

    @ParameterizedTest(name = "{1}: {0}")
    @MethodSource("invalidCreations")
    void invalidCreationsNameTheField(Map<String, Object> body, String field) {
        api.post("/api/v1/interviews", body).expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo(field);
        assertThat(count()).isZero();
    }

    static Stream<Arguments> invalidAnswers() {
        Map<String, Object> codeWithoutLanguage = new HashMap<>(Map.of("answer", "my approach", "code", "x = 1"));
        return Stream.of(
                Arguments.of(Map.of(), "answer"),
                Arguments.of(Map.of("answer", "   "), "answer"),
                Arguments.of(Map.of("answer", "a".repeat(20_001)), "answer"),
                Arguments.of(codeWithoutLanguage, "language"),
                Arguments.of(Map.of("answer", "ok", "code", "x = 1", "language", "cobol"), "language"),
                Arguments.of(Map.of("answer", "ok", "durationSeconds", -5), "durationSeconds"),
                Arguments.of(Map.of("answer", "ok", "durationSeconds", 7_201), "durationSeconds"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("invalidAnswers")
    void invalidAnswersNameTheFieldAndStoreNothing(Map<String, Object> body, String field) {
        String base = "/api/v1/interviews/" + api.create(Map.of("type", "CODING")).get("id");
        api.ok(base + "/start", null);
        Object turns = api.read(base).get("turnCount");
        api.post(base + "/answer", body).expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo(field);
        assertThat(api.read(base)).containsEntry("turnCount", turns);
    }

    @Test
    void listLimitsAreBounded() {
        for (String limit : new String[] {"0", "201", "-1"}) {
            api.get("/api/v1/interviews?limit=" + limit).expectStatus().isBadRequest()
                    .expectBody().jsonPath("$.errors[0].field").value(f -> assertThat((String) f).contains("limit"));
        }
        api.get("/api/v1/interviews?limit=abc").expectStatus().isBadRequest();
        api.get("/api/v1/interviews?limit=200").expectStatus().isOk();
    }

    @Test
    void aMalformedIdIsABadRequest() {
        api.get("/api/v1/interviews/not-a-uuid").expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("id");
    }

    @Test
    void malformedJsonIsABadRequest() {
        api.post("/api/v1/interviews", "{\"type\": ").expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").isEqualTo("The request body is not valid JSON.");
    }

    private int count() {
        return api.get("/api/v1/interviews").expectStatus().isOk().expectBodyList(InterviewApi.JSON).returnResult()
                .getResponseBody().size();
    }
}
