package dev.maangtracker.app.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maangtracker.app.ApiCalls;
import dev.maangtracker.app.ApiClient;
import dev.maangtracker.app.TestClockConfiguration;
import dev.maangtracker.app.TestClockConfiguration.MutableClock;
import dev.maangtracker.core.evaluation.InterviewReport;
import dev.maangtracker.core.interview.CandidateAnswer;
import dev.maangtracker.core.interview.InterviewEngine;
import dev.maangtracker.core.interview.NewInterview;
import dev.maangtracker.core.question.Difficulty;
import dev.maangtracker.core.question.InterviewMode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The analytics endpoints over completed interviews and practice days. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
@Import(TestClockConfiguration.class)
class AnalyticsApiTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Autowired
    private WebTestClient client;
    @Autowired
    private InterviewEngine engine;
    @Autowired
    private MutableClock clock;

    private InterviewReport interview(UUID user, String answer) {
        UUID id = engine.create(user, NewInterview.of(InterviewMode.BEHAVIORAL, Difficulty.MEDIUM)).block(TIMEOUT).id();
        engine.start(user, id).block(TIMEOUT);
        engine.answer(user, id, CandidateAnswer.of(answer)).block(TIMEOUT);
        return engine.complete(user, id).block(TIMEOUT);
    }

    @Test
    @SuppressWarnings("unchecked")
    void historyShowsEachInterviewsScoresAndTheirTrends() {
        ApiCalls api = new ApiCalls(client, new ApiClient(client).newUser().access());
        UUID user = UUID.fromString((String) api.get("/api/v1/me").get("id"));
        assertThat((List<?>) api.get("/api/v1/analytics/history").get("interviews")).isEmpty();

        InterviewReport first = interview(user, "I do not remember.");
        clock.advance(Duration.ofMinutes(1));
        InterviewReport second = interview(user, "In my last project I led the migration of our billing service: "
                + "I split the work into stages, set up metrics on error rates, agreed a rollback plan with the "
                + "team, and when errors rose I rolled back, fixed the cause and finished a week later. "
                + "The result was zero downtime and I learnt to rehearse rollbacks early.");

        Map<String, Object> history = api.get("/api/v1/analytics/history");
        List<Map<String, Object>> interviews = (List<Map<String, Object>>) history.get("interviews");
        assertThat(interviews).hasSize(2).extracting(i -> i.get("overallScore"))
                .containsExactlyInAnyOrder(first.overallScore(), second.overallScore());
        assertThat(interviews).allSatisfy(i -> assertThat(i).containsEntry("status", "COMPLETED")
                .containsEntry("type", "BEHAVIORAL"));
        Map<String, Object> overall = (Map<String, Object>) history.get("overall");
        assertThat((List<Map<String, Object>>) overall.get("points")).extracting(p -> p.get("score"))
                .containsExactly(first.overallScore(), second.overallScore());
        assertThat(overall).containsEntry("change", second.overallScore() - first.overallScore());
        assertThat((Double) overall.get("average"))
                .isCloseTo((first.overallScore() + second.overallScore()) / 2.0, org.assertj.core.data.Offset.offset(1e-9));
        List<Map<String, Object>> dimensions = (List<Map<String, Object>>) history.get("dimensions");
        assertThat(dimensions).extracting(d -> d.get("name"))
                .containsExactlyElementsOf(second.dimensions().stream().map(d -> d.dimension()).sorted().toList());
        assertThat(dimensions).allSatisfy(d -> assertThat((List<?>) d.get("points")).hasSize(2));

        Map<String, Object> dashboard = api.get("/api/v1/analytics/dashboard");
        assertThat((List<Map<String, Object>>) dashboard.get("recentInterviews")).hasSize(2)
                .allSatisfy(i -> assertThat((Map<String, Object>) i.get("dimensions")).isNotEmpty());
    }

    @Test
    @SuppressWarnings("unchecked")
    void progressCountsEachPracticeDayAndTheStreakSpansThem() {
        ApiClient auth = new ApiClient(client);
        String email = ApiClient.newEmail();
        auth.register(email);
        new ApiCalls(client, auth.login(email).access()).attempt("two-sum", "SOLVED", 10, 0);
        clock.advance(Duration.ofDays(1));
        ApiCalls api = new ApiCalls(client, auth.login(email).access()); // yesterday's access token has expired
        api.attempt("valid-anagram", "FAILED", 25, 1);
        api.attempt("contains-duplicate", "SOLVED", 8, 0);

        Map<String, Object> streak = (Map<String, Object>) api.get("/api/v1/analytics/dashboard").get("streak");
        assertThat(streak).containsEntry("current", 2).containsEntry("longest", 2).containsEntry("activeDays", 2);
        assertThat((List<Map<String, Object>>) streak.get("calendar")).extracting(d -> d.get("activities"))
                .containsExactly(1, 2);
        List<Map<String, Object>> timeline = (List<Map<String, Object>>) api.get("/api/v1/analytics/progress")
                .get("timeline");
        assertThat(timeline).extracting(d -> d.get("attempts"), d -> d.get("minutes"), d -> d.get("problemsSolvedToDate"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, 10, 1),
                        org.assertj.core.groups.Tuple.tuple(2, 33, 2));
    }
}
