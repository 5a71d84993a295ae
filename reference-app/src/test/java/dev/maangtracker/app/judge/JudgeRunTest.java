package dev.maangtracker.app.judge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maangtracker.app.ApiClient;
import dev.maangtracker.app.TestClockConfiguration;
import dev.maangtracker.core.judge.CodeSubmission;
import dev.maangtracker.core.judge.CodeSubmissionRepository;
import dev.maangtracker.core.judge.Verdict;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** {@code POST /api/v1/judge/run} with the real sandbox judge: verdicts per visible test, stored submissions. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
@Import(TestClockConfiguration.class)
class JudgeRunTest {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() { };
    private static final String PROBLEM = "pair-with-target-sum";

    @Autowired
    private WebTestClient client;
    @Autowired
    private CodeSubmissionRepository submissions;

    private String token;
    private UUID userId;

    @BeforeEach
    void signIn() {
        client = client.mutate().responseTimeout(Duration.ofSeconds(60)).build();
        ApiClient accounts = new ApiClient(client);
        String email = ApiClient.newEmail();
        userId = UUID.fromString((String) accounts.register(email).get("id"));
        token = accounts.login(email).access();
    }

    @Test
    void acceptsACorrectSolutionOnEveryVisibleTest() throws IOException {
        Map<String, Object> run = run(Map.of("problemSlug", PROBLEM, "language", "python",
                "code", solution("reference")));
        assertThat(run).containsEntry("verdict", "ACCEPTED").containsEntry("problemSlug", PROBLEM)
                .containsEntry("language", "python").containsEntry("passed", 3).containsEntry("total", 3)
                .containsEntry("message", null);
        assertThat((Integer) run.get("runTimeMs")).isNotNegative();
        List<Map<String, Object>> tests = tests(run);
        assertThat(tests).hasSize(3).allSatisfy(test -> assertThat(test).containsEntry("ran", true)
                .containsEntry("verdict", "ACCEPTED").containsEntry("actual", null).containsKeys("input", "expected"));
        assertThat(tests.get(0)).containsEntry("input", "[[4,9,1,11],13]").containsEntry("expected", "[0,1]");

        List<CodeSubmission> stored = submissions.findByUser(userId, 10).collectList().block(Duration.ofSeconds(5));
        assertThat(stored).singleElement().satisfies(submission -> {
            assertThat(submission.id().toString()).isEqualTo(run.get("submissionId"));
            assertThat(submission.verdict()).isEqualTo(Verdict.ACCEPTED);
            assertThat(submission.sessionId()).isNull();
            assertThat(submission.tests()).hasSize(3).noneMatch(t -> t.hidden());
        });
    }

    @Test
    void showsTheFailingVisibleTestOfAWrongSolution() throws IOException {
        Map<String, Object> run = run(Map.of("problemSlug", PROBLEM, "language", "PYTHON",
                "code", solution("wrong")));
        assertThat(run).containsEntry("verdict", "WRONG_ANSWER").containsEntry("passed", 1).containsEntry("total", 3);
        List<Map<String, Object>> tests = tests(run);
        assertThat(tests.get(0)).containsEntry("verdict", "ACCEPTED");
        assertThat(tests.get(1)).containsEntry("verdict", "WRONG_ANSWER").containsEntry("input", "[[6,2,6],12]")
                .containsEntry("expected", "[0,2]").containsEntry("actual", "[0,0]");
        assertThat(tests.get(2)).containsEntry("ran", false).containsEntry("verdict", null);
        assertThat(submissions.findByUser(userId, 10).collectList().block(Duration.ofSeconds(5)))
                .singleElement().satisfies(s -> assertThat(s.verdict()).isEqualTo(Verdict.WRONG_ANSWER));
    }

    @Test
    void reportsCodeThatDoesNotParse() {
        Map<String, Object> run = run(Map.of("problemSlug", PROBLEM, "language", "python",
                "code", "def pairWithTargetSum(nums, target)\n    return [0, 1]\n"));
        assertThat(run).containsEntry("verdict", "COMPILATION_ERROR").containsEntry("passed", 0);
        assertThat((String) run.get("message")).isNotBlank().doesNotContain("/tmp/");
    }

    @Test
    void anUnknownProblemIsNotFound() {
        post(Map.of("problemSlug", "no-such-problem", "language", "python", "code", "x = 1"))
                .expectStatus().isNotFound().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").value(d -> assertThat((String) d).contains("no-such-problem"));
    }

    @Test
    void anUnsupportedLanguageIsABadRequest() {
        post(Map.of("problemSlug", PROBLEM, "language", "cobol", "code", "x = 1"))
                .expectStatus().isBadRequest().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("language");
    }

    @Test
    @SuppressWarnings("unchecked")
    void missingFieldsAreNamed() {
        post(Map.of("language", "python")).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[*].field").value(fields ->
                        assertThat((List<Object>) fields).contains("problemSlug", "code"));
        assertThat(submissions.findByUser(userId, 10).collectList().block(Duration.ofSeconds(5))).isEmpty();
    }

    private Map<String, Object> run(Map<String, Object> body) {
        return post(body).expectStatus().isOk().expectBody(JSON).returnResult().getResponseBody();
    }

    private WebTestClient.ResponseSpec post(Map<String, Object> body) {
        return client.post().uri("/api/v1/judge/run").headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> tests(Map<String, Object> run) {
        return (List<Map<String, Object>>) run.get("tests");
    }

    static String solution(String kind) throws IOException {
        try (InputStream in = JudgeRunTest.class.getResourceAsStream(
                "/dev/maangtracker/core/judge/" + kind + "/" + PROBLEM + ".py")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
