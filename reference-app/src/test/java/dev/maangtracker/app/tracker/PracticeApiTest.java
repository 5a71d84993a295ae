package dev.maangtracker.app.tracker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maangtracker.app.ApiCalls;
import dev.maangtracker.app.ApiClient;
import dev.maangtracker.app.TestClockConfiguration;
import dev.maangtracker.app.TestClockConfiguration.MutableClock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The roadmap, problem status, attempts, weaknesses, plan and review endpoints in the embedded mode. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
@Import(TestClockConfiguration.class)
class PracticeApiTest {

    @Autowired
    private WebTestClient client;
    @Autowired
    private MutableClock clock;

    private ApiCalls api;

    @BeforeEach
    void signIn() {
        api = new ApiCalls(client, new ApiClient(client).newUser().access());
    }

    @Test
    @SuppressWarnings("unchecked")
    void roadmapListsTopicsWithPrerequisitesCountsAndNoProgressForANewUser() {
        Map<String, Object> roadmap = api.get("/api/v1/roadmap");
        List<Map<String, Object>> topics = (List<Map<String, Object>>) roadmap.get("topics");
        assertThat(roadmap).containsEntry("overall", 0).containsEntry("solved", 0);
        assertThat(topics).hasSize(27);
        assertThat(topics.get(0)).containsEntry("slug", "arrays-hashing").containsEntry("progress", 0)
                .containsEntry("track", "CODING").containsEntry("prerequisites", List.of());
        assertThat((Integer) topics.get(0).get("problems")).isPositive();
        Map<String, Object> graphs = topics.stream().filter(t -> t.get("slug").equals("graphs")).findFirst().orElseThrow();
        assertThat((List<String>) graphs.get("prerequisites")).isNotEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void anAttemptIsCreatedAndShowsInTheTopicAndTheRoadmap() {
        Map<String, Object> attempt = api.attempt("two-sum", "SOLVED", 12, 0);
        assertThat(attempt).containsEntry("problemSlug", "two-sum").containsEntry("outcome", "SOLVED")
                .containsEntry("status", "SOLVED").containsEntry("minutes", 12).containsEntry("language", "java")
                .containsKey("id");
        assertThat((List<Map<String, Object>>) attempt.get("reviews")).extracting(r -> r.get("key"))
                .containsExactly("two-sum", "arrays-hashing");

        Map<String, Object> topic = api.get("/api/v1/roadmap/topics/arrays-hashing");
        Map<String, Object> twoSum = ((List<Map<String, Object>>) topic.get("problems")).stream()
                .filter(p -> p.get("slug").equals("two-sum")).findFirst().orElseThrow();
        assertThat(twoSum).containsEntry("status", "SOLVED").containsEntry("attempts", 1).containsEntry("solved", 1);
        assertThat((Map<String, Object>) topic.get("topic")).containsEntry("solved", 1);
        assertThat((Integer) ((Map<String, Object>) topic.get("topic")).get("progress")).isPositive();
        assertThat((Integer) api.get("/api/v1/roadmap").get("solved")).isEqualTo(1);
    }

    @Test
    void statusRisesThroughSelfReportedAttemptsAndNeverFalls() {
        assertThat(api.send(HttpMethod.PUT, "/api/v1/problems/valid-anagram/status", Map.of("status", "ATTEMPTED"), 200))
                .containsEntry("status", "ATTEMPTED").containsEntry("attempts", 1);
        assertThat(api.send(HttpMethod.PUT, "/api/v1/problems/valid-anagram/status", Map.of("status", "MASTERED"), 200))
                .containsEntry("status", "MASTERED").containsEntry("attempts", 3);
        assertThat(api.send(HttpMethod.PUT, "/api/v1/problems/valid-anagram/status", Map.of("status", "MASTERED"), 200))
                .as("the same status changes nothing").containsEntry("attempts", 3);
        Map<String, Object> lower = api.send(HttpMethod.PUT, "/api/v1/problems/valid-anagram/status",
                Map.of("status", "TODO"), 409);
        assertThat((String) lower.get("detail")).contains("MASTERED");
    }

    @Test
    void unknownSlugsAre404() {
        api.call(HttpMethod.GET, "/api/v1/roadmap/topics/no-such-topic", null).expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        api.call(HttpMethod.POST, "/api/v1/problems/no-such-problem/attempts",
                Map.of("outcome", "SOLVED", "minutes", 10)).expectStatus().isNotFound();
        api.call(HttpMethod.PUT, "/api/v1/problems/no-such-problem/status", Map.of("status", "SOLVED"))
                .expectStatus().isNotFound();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "/api/v1/problems/two-sum/attempts|POST|{\"outcome\":\"WON\",\"minutes\":5}|outcome|must be one of [SOLVED, PARTIAL, FAILED]",
            "/api/v1/problems/two-sum/status|PUT|{\"status\":\"DONE\"}|status|must be one of [TODO, ATTEMPTED, SOLVED, MASTERED]",
            "/api/v1/problems/two-sum/attempts|POST|{\"minutes\":5}|outcome|must not be null",
            "/api/v1/problems/two-sum/attempts|POST|{\"outcome\":\"SOLVED\"}|minutes|must not be null",
            "/api/v1/problems/two-sum/attempts|POST|{\"outcome\":\"SOLVED\",\"minutes\":-1}|minutes|must be greater than or equal to 0",
            "/api/v1/problems/two-sum/attempts|POST|{\"outcome\":\"SOLVED\",\"minutes\":601}|minutes|must be less than or equal to 600",
            "/api/v1/problems/two-sum/attempts|POST|{\"outcome\":\"SOLVED\",\"minutes\":5,\"hintsUsed\":21}|hintsUsed|must be less than or equal to 20",
            "/api/v1/problems/two-sum/attempts|POST|{\"outcome\":\"SOLVED\",\"minutes\":5,\"language\":\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\"}|language|size must be between 0 and 40",
            "/api/v1/problems/two-sum/status|PUT|{}|status|must not be null",
            "/api/v1/plan?items=0|GET||items|must be between 1 and 50 (was 0)",
            "/api/v1/plan?items=51|GET||items|must be between 1 and 50 (was 51)",
            "/api/v1/plan?minutes=1441|GET||minutes|must be between 1 and 1440 (was 1441)",
            "/api/v1/plan?items=many|GET||items|is missing or invalid"})
    @SuppressWarnings("unchecked")
    void badInputIs400NamingTheFieldAndStoresNothing(String uri, String method, String body, String field,
                                                      String message) {
        WebTestClient.RequestBodySpec request = client.method(HttpMethod.valueOf(method)).uri(uri)
                .headers(h -> h.setBearerAuth(token()));
        WebTestClient.ResponseSpec response = body == null ? request.exchange()
                : request.contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
        Map<String, Object> problem = response.expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat((List<Map<String, Object>>) problem.get("errors"))
                .contains(Map.of("field", field, "message", message));
        assertThat((Integer) api.get("/api/v1/analytics/progress").get("solved")).isZero();
        assertThat(api.get("/api/v1/roadmap/topics/arrays-hashing").toString()).doesNotContain("ATTEMPTED", "SOLVED");
    }

    @Test
    void planIsBoundedByItemsAndMinutes() {
        Map<String, Object> plan = api.get("/api/v1/plan?items=3&minutes=60");
        assertThat((List<?>) plan.get("items")).hasSizeBetween(1, 3);
        assertThat((Integer) plan.get("totalMinutes")).isBetween(1, 60);
        assertThat(plan).containsEntry("budget", 60);
        assertThat((List<?>) api.get("/api/v1/plan").get("items")).hasSizeBetween(1, 5);
    }

    @Test
    @SuppressWarnings("unchecked")
    void failedAttemptsMakeReviewsDueAWeaknessAndChangeTheDashboard() {
        Map<String, Object> before = api.get("/api/v1/analytics/dashboard");
        assertThat((Map<String, Object>) before.get("weaknesses")).containsEntry("open", 0);
        assertThat((Map<String, Object>) before.get("streak")).containsEntry("current", 0);
        assertThat(api.list("/api/v1/reviews/due")).isEmpty();

        api.attempt("number-of-islands", "FAILED", 40, 2);
        api.attempt("clone-graph", "FAILED", 35, 1);
        api.attempt("two-sum", "SOLVED", 10, 0);
        clock.advance(Duration.ofMinutes(2)); // past the first learning step of the failed cards

        List<Map<String, Object>> due = api.list("/api/v1/reviews/due");
        assertThat(due).extracting(r -> r.get("key")).contains("number-of-islands", "clone-graph", "graphs")
                .doesNotContain("two-sum");

        List<Map<String, Object>> weaknesses = api.list("/api/v1/weaknesses");
        assertThat(weaknesses).hasSize(1);
        Map<String, Object> graphs = weaknesses.get(0);
        assertThat(graphs).containsEntry("topic", "graphs").containsEntry("open", true)
                .containsEntry("severity", 10.0);
        assertThat((Double) graphs.get("confidence")).isBetween(0.4, 0.6);
        assertThat((List<Map<String, Object>>) graphs.get("evidence")).hasSize(2)
                .allSatisfy(e -> assertThat((String) e.get("reference")).startsWith("attempt "));
        assertThat((List<?>) graphs.get("recommendations")).isNotEmpty();

        Map<String, Object> after = api.get("/api/v1/analytics/dashboard");
        assertThat((Map<String, Object>) after.get("weaknesses")).containsEntry("open", 1);
        assertThat((Map<String, Object>) after.get("streak")).containsEntry("current", 1);
        assertThat((List<?>) ((Map<String, Object>) after.get("streak")).get("calendar")).hasSize(1);
        assertThat((Integer) after.get("solved")).isEqualTo(1);
        assertThat(((List<Map<String, Object>>) ((Map<String, Object>) after.get("plan")).get("items")))
                .extracting(i -> i.get("kind")).contains("REVIEW");

        Map<String, Object> progress = api.get("/api/v1/analytics/progress");
        assertThat((List<Map<String, Object>>) progress.get("timeline")).singleElement()
                .satisfies(day -> assertThat(day).containsEntry("attempts", 3).containsEntry("solvedAttempts", 1)
                        .containsEntry("minutes", 85).containsEntry("problemsSolvedToDate", 1));
        assertThat((Map<String, Map<String, Object>>) progress.get("byDifficulty"))
                .hasEntrySatisfying("MEDIUM", stats -> assertThat(stats).containsEntry("attempts", 2)
                        .containsEntry("solvedAttempts", 0));
    }

    private String token() {
        return new ApiClient(client).newUser().access();
    }
}
