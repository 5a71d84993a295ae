package dev.maangtracker.app.question;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maangtracker.app.ApiClient;
import dev.maangtracker.app.TestClockConfiguration;
import dev.maangtracker.core.question.CodingProblem;
import dev.maangtracker.core.question.QuestionBank;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The question endpoints: public fields only, paging, types named in any case, bad parameters named. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
@Import(TestClockConfiguration.class)
class QuestionEndpointsTest {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() { };

    @Autowired
    private WebTestClient client;
    @Autowired
    private QuestionBank bank;

    private String token;

    @BeforeEach
    void signIn() {
        token = new ApiClient(client).newUser().access();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"CODING", "SYSTEM_DESIGN", "BEHAVIORAL", "hr"})
    void listsTheQuestionsOfAType(String type) {
        Map<String, Object> page = get("/api/v1/questions/by-type/" + type + "?limit=100");
        List<Map<String, Object>> items = items(page);
        assertThat(items).isNotEmpty().hasSize((Integer) page.get("total"))
                .allSatisfy(q -> assertThat(q).containsEntry("type", type.toUpperCase(java.util.Locale.ROOT))
                        .containsKeys("id", "title", "text", "difficulty", "topics"));
    }

    @Test
    void showsNoHiddenTestsHintsRubricsOrReferenceComplexity() {
        String body = raw("/api/v1/questions/by-type/CODING?limit=100");
        for (CodingProblem problem : bank.codingProblems()) {
            // Short inputs such as [[1]] also occur in the worked examples; longer ones are unique to the tests.
            problem.hiddenTests().stream().filter(test -> test.args().length() >= 20)
                    .forEach(test -> assertThat(body).doesNotContain(test.args()));
            for (String hint : problem.hints()) {
                assertThat(body).doesNotContain(json(hint));
            }
            for (String point : problem.keyPoints()) {
                assertThat(body).doesNotContain(json(point));
            }
        }
        assertThat(body).doesNotContain("\"hints\"").doesNotContain("\"rubric\"").doesNotContain("\"tests\"")
                .doesNotContain("timeComplexity").doesNotContain("keyPoints");
        String behavioral = raw("/api/v1/questions/by-type/BEHAVIORAL?limit=100");
        bank.behavioralQuestions().forEach(q -> q.strongAnswerPoints()
                .forEach(point -> assertThat(behavioral).doesNotContain(json(point))));
    }

    @Test
    void codingQuestionsCarryTheFunctionAndExamples() {
        Map<String, Object> first = items(get("/api/v1/questions/by-type/CODING?limit=1")).get(0);
        @SuppressWarnings("unchecked")
        Map<String, Object> coding = (Map<String, Object>) first.get("coding");
        CodingProblem problem = bank.codingProblem((String) first.get("id"));
        assertThat(coding).containsEntry("function", problem.signature().declaration())
                .containsEntry("constraints", problem.constraints())
                .containsEntry("languages", List.of("java", "python", "javascript"));
    }

    @Test
    void pagesThroughTheQuestionsInAStableOrder() {
        List<Object> all = ids(get("/api/v1/questions/by-type/CODING?limit=100"));
        List<Object> second = ids(get("/api/v1/questions/by-type/CODING?offset=5&limit=5"));
        assertThat(second).containsExactlyElementsOf(all.subList(5, 10));
        Map<String, Object> easy = get("/api/v1/questions/by-type/CODING?difficulty=easy&limit=100");
        assertThat(items(easy)).allSatisfy(q -> assertThat(q).containsEntry("difficulty", "EASY"));
        assertThat(items(get("/api/v1/questions/by-type/CODING?offset=1000"))).isEmpty();
    }

    @Test
    void badParametersAreNamed() {
        badRequest("/api/v1/questions/by-type/PAIRING", "type", "must be one of [CODING, SYSTEM_DESIGN, BEHAVIORAL, HR]");
        badRequest("/api/v1/questions/by-type/HR?difficulty=EXTREME", "difficulty", "must be one of [EASY, MEDIUM, HARD]");
        badRequest("/api/v1/questions/generate?type=PAIRING", "type", "must be one of [CODING, SYSTEM_DESIGN, BEHAVIORAL, HR]");
        client.get().uri("/api/v1/questions/by-type/HR?limit=101").headers(h -> h.setBearerAuth(token)).exchange()
                .expectStatus().isBadRequest();
        client.get().uri("/api/v1/questions/generate").headers(h -> h.setBearerAuth(token)).exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("type");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"CODING", "SYSTEM_DESIGN", "BEHAVIORAL", "HR"})
    void picksAQuestionOfTheTypeForTheCaller(String type) {
        Map<String, Object> picked = get("/api/v1/questions/generate?type=" + type + "&difficulty=HARD");
        assertThat(picked).containsEntry("producedBy", "rubric");
        @SuppressWarnings("unchecked")
        Map<String, Object> question = (Map<String, Object>) picked.get("question");
        assertThat(question).containsEntry("type", type).containsKeys("id", "text");
        assertThat(bank.questions(dev.maangtracker.core.question.QuestionQuery.builder()
                .mode(dev.maangtracker.core.question.InterviewMode.valueOf(type)).build()))
                .anySatisfy(q -> assertThat(q.id()).isEqualTo(question.get("id")));
    }

    @Test
    void needsABearerToken() {
        client.get().uri("/api/v1/questions/by-type/HR").exchange().expectStatus().isUnauthorized();
    }

    private void badRequest(String path, String field, String message) {
        client.get().uri(path).headers(h -> h.setBearerAuth(token)).exchange().expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo(field)
                .jsonPath("$.errors[0].message").isEqualTo(message);
    }

    private Map<String, Object> get(String path) {
        return client.get().uri(path).headers(h -> h.setBearerAuth(token)).exchange().expectStatus().isOk()
                .expectBody(JSON).returnResult().getResponseBody();
    }

    private String raw(String path) {
        return new String(client.get().uri(path).headers(h -> h.setBearerAuth(token)).exchange().expectStatus().isOk()
                .expectBody().returnResult().getResponseBodyContent(), StandardCharsets.UTF_8);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(Map<String, Object> page) {
        return (List<Map<String, Object>>) page.get("items");
    }

    private static List<Object> ids(Map<String, Object> page) {
        return items(page).stream().map(q -> q.get("id")).toList();
    }

    /** How a text appears inside a JSON string (quotes escaped). */
    private static String json(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
