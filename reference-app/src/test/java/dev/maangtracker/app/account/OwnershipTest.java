package dev.maangtracker.app.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import dev.maangtracker.app.ApiCalls;
import dev.maangtracker.app.ApiClient;
import dev.maangtracker.app.TestClockConfiguration;
import dev.maangtracker.app.TestClockConfiguration.MutableClock;
import dev.maangtracker.core.interview.InterviewEngine;
import dev.maangtracker.core.judge.CodeSubmissionRepository;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A second user sees nothing of the first on any endpoint that holds the first's data: each row is checked for the
 * owner (so the check can fail) and for the other user. Counts are a floor for the owner (a completed interview may
 * add weaknesses, reviews and memories of its own) and exact for the other user.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
@Import(TestClockConfiguration.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OwnershipTest {

    @Autowired
    private WebTestClient client;
    @Autowired
    private MutableClock clock;
    @Autowired
    private InterviewEngine engine;
    @Autowired
    private CodeSubmissionRepository submissions;

    private SeededUser alice;
    private ApiCalls bob;

    @BeforeAll
    void seed() {
        alice = SeededUser.create(client, engine, submissions, clock);
        clock.advance(Duration.ofMinutes(2)); // the failed attempts' reviews fall due
        bob = new ApiCalls(client, new ApiClient(client).newUser().access());
    }

    @ParameterizedTest(name = "{0} {1}: owner {2}, other user {3}")
    @CsvSource(delimiter = '|', value = {
            "/api/v1/roadmap|$.solved|1|0",
            "/api/v1/roadmap/topics/arrays-hashing|$.topic.solved|1|0",
            "/api/v1/roadmap/topics/graphs|$.problems[?(@.slug == 'clone-graph')].status|ATTEMPTED|TODO",
            "/api/v1/weaknesses|$.length()|1|0",
            "/api/v1/reviews/due|$.length()|3|0",
            "/api/v1/plan|$.items[0].kind|REVIEW|NEW_PROBLEM",
            "/api/v1/analytics/dashboard|$.weaknesses.open|1|0",
            "/api/v1/analytics/dashboard|$.recentInterviews.length()|1|0",
            "/api/v1/analytics/dashboard|$.streak.activeDays|1|0",
            "/api/v1/analytics/progress|$.timeline.length()|1|0",
            "/api/v1/analytics/history|$.interviews.length()|1|0",
            "/api/v1/analytics/history|$.overall.points.length()|1|0",
            "/api/v1/memory/search?q=visited cells grid|$.length()|1|0",
            "/api/v1/me/export|$.attempts.length()|3|0",
            "/api/v1/me/export|$.interviews.length()|1|0",
            "/api/v1/me/export|$.codeSubmissions.length()|1|0",
            "/api/v1/me/export|$.reviewItems.length()|5|0",
            "/api/v1/me/export|$.evidence.length()|3|0",
            "/api/v1/me/export|$.memories.length()|1|0"})
    void theOtherUserSeesNothingOfTheOwner(String uri, String path, String owner, String other) {
        expect(alice.api(), uri, path, owner, true);
        expect(bob, uri, path, other, false);
    }

    private static void expect(ApiCalls api, String uri, String path, String value, boolean owner) {
        byte[] body = api.call(HttpMethod.GET, uri, null).expectStatus().isOk().expectBody().returnResult()
                .getResponseBodyContent();
        Object actual = JsonPath.read(new String(body, StandardCharsets.UTF_8), path);
        if (path.contains("?(")) {
            assertThat(actual).as(path).isEqualTo(List.of(value));
        } else if (value.chars().allMatch(Character::isDigit)) {
            int count = ((Number) actual).intValue();
            if (owner) {
                assertThat(count).as(path).isGreaterThanOrEqualTo(Integer.parseInt(value));
            } else {
                assertThat(count).as(path).isEqualTo(Integer.parseInt(value));
            }
        } else {
            assertThat(actual).as(path).isEqualTo(value);
        }
    }

    @Test
    void theOtherUserCannotDeleteTheOwnersMemory() {
        bob.call(HttpMethod.DELETE, "/api/v1/memory/" + alice.memoryId(), null).expectStatus().isNotFound();
        bob.noContent(HttpMethod.DELETE, "/api/v1/memory");
        assertThat(alice.api().list("/api/v1/memory/search?q=visited cells grid"))
                .extracting(hit -> (Object) ((java.util.Map<?, ?>) hit.get("memory")).get("id"))
                .contains(alice.memoryId());
    }
}
