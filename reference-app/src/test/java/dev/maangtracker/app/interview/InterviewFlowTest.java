package dev.maangtracker.app.interview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maangtracker.app.ApiClient;
import dev.maangtracker.app.StrongAnswers;
import dev.maangtracker.app.TestClockConfiguration;
import dev.maangtracker.app.TestClockConfiguration.MutableClock;
import dev.maangtracker.core.judge.CodeSubmissionRepository;
import dev.maangtracker.rag.Memory;
import dev.maangtracker.rag.store.MemoryStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Whole interviews of each type over HTTP in the embedded default, from creation to the report:
 * typed answers for BEHAVIORAL, HR and SYSTEM_DESIGN, correct Python code (run in the sandbox judge)
 * for CODING; the roadmap each type moves (coding problems solved, design concepts studied, nothing
 * for BEHAVIORAL and HR); plus hints, pause and resume, deletion and the report's state rules.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
@Import(TestClockConfiguration.class)
class InterviewFlowTest {


    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @Autowired
    private WebTestClient client;
    @Autowired
    private MutableClock clock;
    @Autowired
    private CodeSubmissionRepository submissions;
    @Autowired
    private MemoryStore memoryStore;

    private InterviewApi api;

    @BeforeEach
    void signIn() {
        api = new InterviewApi(client, new ApiClient(client).newUser().access());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"BEHAVIORAL", "HR", "SYSTEM_DESIGN", "CODING"})
    void runsAWholeInterviewToItsReport(String type) {
        Map<String, Object> created = api.create(Map.of("type", type, "difficulty", "EASY",
                "targetRole", "Backend Engineer"));
        assertThat(created).containsEntry("type", type).containsEntry("status", "CREATED")
                .containsEntry("difficulty", "EASY").containsEntry("targetRole", "Backend Engineer")
                .containsKeys("id", "createdAt");
        String base = "/api/v1/interviews/" + created.get("id");

        Map<String, Object> started = api.ok(base + "/start", null);
        assertThat(started).containsEntry("status", "IN_PROGRESS");
        Map<String, Object> question = map(started.get("question"));
        assertThat(question).containsEntry("kind", "QUESTION").containsKeys("id", "text", "turn");
        if (type.equals("CODING")) {
            assertThat(map(question.get("coding"))).containsKeys("function", "examples", "constraints");
        }

        List<String> asked = new ArrayList<>();
        int answers = 0;
        Map<String, Object> answered = null;
        while (question != null) {
            assertThat(answers).as("the interview ends").isLessThan(12);
            boolean newQuestion = "QUESTION".equals(question.get("kind"));
            if (newQuestion) {
                asked.add((String) question.get("id"));
            }
            answered = api.ok(base + "/answer", answer(type, (String) question.get("id"), newQuestion));
            answers++;
            checkAnswer(type, answered, newQuestion);
            question = map(answered.get("next"));
        }
        assertThat(answered).containsEntry("finished", true);

        Map<String, Object> completed = api.ok(base + "/complete", null);
        assertThat(completed).containsEntry("status", "COMPLETED");
        Map<String, Object> report = map(completed.get("report"));
        checkReport(type, report, asked, base);
        assertThat(api.read(base + "/report")).isEqualTo(report);
        assertThat(api.read(base)).containsEntry("status", "COMPLETED").containsEntry("hasReport", true)
                .containsEntry("questionsAsked", asked.size());
        checkRoadmap(type, asked);
    }

    /** The embedded stores move the roadmap as PostgreSQL does: coding solves problems, design studies concepts. */
    private void checkRoadmap(String type, List<String> asked) {
        Map<String, Object> roadmap = api.read("/api/v1/roadmap");
        Map<String, Object> progress = api.read("/api/v1/analytics/progress");
        List<Map<String, Object>> timeline = list(progress.get("timeline"));
        switch (type) {
            case "CODING":
                assertThat(roadmap).containsEntry("solved", asked.size());
                assertThat((Integer) roadmap.get("overall")).isPositive();
                assertThat(progress).containsEntry("solved", asked.size());
                assertThat(timeline).singleElement().satisfies(day -> assertThat(day)
                        .containsEntry("attempts", asked.size()).containsEntry("solvedAttempts", asked.size()));
                break;
            case "SYSTEM_DESIGN":
                assertThat(roadmap).containsEntry("solved", 0).containsEntry("overall", 0);
                assertThat((Integer) roadmap.get("systemDesign")).isPositive();
                assertThat(timeline).singleElement().satisfies(day -> assertThat((Integer) day.get("attempts"))
                        .as("a study of each of the prompt's concepts").isPositive());
                break;
            default:
                assertThat(roadmap).containsEntry("solved", 0).containsEntry("overall", 0)
                        .containsEntry("systemDesign", 0);
                assertThat(timeline).as("%s interviews are no roadmap practice", type).isEmpty();
        }
    }

    @Test
    void givesHintsUntilThereAreNoneLeft() {
        String base = startedInterview("CODING");
        Map<String, Object> first = api.ok(base + "/hint", null);
        assertThat(first).containsEntry("status", "IN_PROGRESS");
        assertThat(map(first.get("hint"))).containsEntry("kind", "HINT").containsKeys("id", "text", "turn");
        int hints = 1;
        while (api.post(base + "/hint", null).returnResult(byte[].class).getStatus().is2xxSuccessful()) {
            hints++;
            assertThat(hints).as("hints run out").isLessThan(10);
        }
        api.post(base + "/hint", null).expectStatus().isEqualTo(409)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("hint"));
        assertThat(hints).isGreaterThanOrEqualTo(3);
        List<Map<String, Object>> turns = turns(base);
        assertThat(turns.stream().filter(t -> "HINT".equals(t.get("kind"))).count()).isEqualTo(hints);
    }

    @Test
    void pausesAndResumes() {
        String base = startedInterview("BEHAVIORAL");
        Map<String, Object> paused = api.ok(base + "/pause", null);
        assertThat(paused).containsEntry("status", "PAUSED");
        assertThat(paused.get("pausedAt")).isNotNull();
        api.post(base + "/answer", Map.of("answer", StrongAnswers.STORY)).expectStatus().isEqualTo(409)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        api.post(base + "/pause", null).expectStatus().isEqualTo(409);
        Map<String, Object> resumed = api.ok(base + "/resume", null);
        assertThat(resumed).containsEntry("status", "IN_PROGRESS");
        assertThat(resumed.get("pausedAt")).isNull();
        api.post(base + "/resume", null).expectStatus().isEqualTo(409);
        assertThat(api.ok(base + "/answer", Map.of("answer", StrongAnswers.STORY))).containsEntry("status", "IN_PROGRESS");
    }

    @Test
    void completesFromPauseAndAnswersNothingAfterwards() {
        String base = startedInterview("HR");
        api.ok(base + "/answer", Map.of("answer", StrongAnswers.MOTIVATION));
        api.ok(base + "/pause", null);
        assertThat(api.ok(base + "/complete", null)).containsEntry("status", "COMPLETED");
        api.post(base + "/answer", Map.of("answer", StrongAnswers.MOTIVATION)).expectStatus().isEqualTo(409);
        api.post(base + "/complete", null).expectStatus().isEqualTo(409);
    }

    @Test
    void hasNoReportBeforeItIsCompleted() {
        Map<String, Object> created = api.create(Map.of("type", "HR"));
        String base = "/api/v1/interviews/" + created.get("id");
        api.get(base + "/report").expectStatus().isEqualTo(409)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("CREATED"));
        api.ok(base + "/start", null);
        api.get(base + "/report").expectStatus().isEqualTo(409);
    }

    @Test
    void deletesAnInterviewAndItsTranscript() {
        String base = startedInterview("SYSTEM_DESIGN");
        api.delete(base).expectStatus().isNoContent();
        api.get(base).expectStatus().isNotFound().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        api.get(base + "/turns").expectStatus().isNotFound();
        api.delete(base).expectStatus().isNotFound();
    }

    @Test
    void deletingAnInterviewForgetsItsCodeAndItsRememberedAnswersButNotOtherInterviews() {
        String email = ApiClient.newEmail();
        ApiClient accounts = new ApiClient(client);
        UUID user = UUID.fromString((String) accounts.register(email).get("id"));
        InterviewApi owner = new InterviewApi(client, accounts.login(email).access());
        String doomed = "/api/v1/interviews/" + owner.create(Map.of("type", "CODING")).get("id");
        String kept = "/api/v1/interviews/" + owner.create(Map.of("type", "CODING")).get("id");
        for (String base : List.of(doomed, kept)) {
            String question = (String) map(owner.ok(base + "/start", null).get("question")).get("id");
            owner.ok(base + "/answer", answer("CODING", question, true));
        }
        UUID doomedId = UUID.fromString(doomed.substring(doomed.lastIndexOf('/') + 1));
        UUID keptId = UUID.fromString(kept.substring(kept.lastIndexOf('/') + 1));
        assertThat(submissions.findBySession(user, doomedId).collectList().block(TIMEOUT)).hasSize(1);
        assertThat(memoriesOf(user, doomedId)).isNotEmpty();

        owner.delete(doomed).expectStatus().isNoContent();

        assertThat(submissions.findBySession(user, doomedId).collectList().block(TIMEOUT)).isEmpty();
        assertThat(memoriesOf(user, doomedId)).isEmpty();
        assertThat(submissions.findBySession(user, keptId).collectList().block(TIMEOUT)).hasSize(1);
        assertThat(memoriesOf(user, keptId)).isNotEmpty();
    }

    private List<Memory> memoriesOf(UUID user, UUID session) {
        return memoryStore.findAll(user).filter(m -> session.equals(m.sessionId())).collectList().block(TIMEOUT);
    }

    @Test
    void listsTheCallersInterviewsNewestFirstWithinTheLimit() {
        List<Object> ids = new ArrayList<>();
        for (String type : List.of("HR", "CODING", "BEHAVIORAL")) {
            ids.add(0, api.create(Map.of("type", type)).get("id"));
            clock.advance(Duration.ofSeconds(1));
        }
        List<Map<String, Object>> all = listed("/api/v1/interviews");
        assertThat(all).extracting(i -> i.get("id")).containsExactlyElementsOf(ids);
        assertThat(listed("/api/v1/interviews?limit=2")).extracting(i -> i.get("id"))
                .containsExactlyElementsOf(ids.subList(0, 2));
    }

    @Test
    void createAnswersWithLocationAndDefaults() {
        api.post("/api/v1/interviews", Map.of("type", "BEHAVIORAL")).expectStatus().isCreated()
                .expectHeader().value("Location", location -> assertThat(location).startsWith("/api/v1/interviews/"))
                .expectBody()
                .jsonPath("$.difficulty").isEqualTo("MEDIUM")
                .jsonPath("$.status").isEqualTo("CREATED")
                .jsonPath("$.targetRole").doesNotExist()
                .jsonPath("$.questionTimeLimitSeconds").isNumber();
    }

    // ------------------------------------------------------------------ helpers

    private String startedInterview(String type) {
        String base = "/api/v1/interviews/" + api.create(Map.of("type", type)).get("id");
        api.ok(base + "/start", null);
        return base;
    }

    private static Map<String, Object> answer(String type, String questionId, boolean withCode) {
        return StrongAnswers.body(type, questionId, withCode);
    }

    private static void checkAnswer(String type, Map<String, Object> answered, boolean withCode) {
        assertThat(answered).containsEntry("status", "IN_PROGRESS").containsKeys("turn", "feedback", "analytics");
        Map<String, Object> scores = map(answered.get("scores"));
        assertThat((Integer) scores.get("overall")).isBetween(0, 100);
        List<Map<String, Object>> dimensions = list(scores.get("dimensions"));
        assertThat(dimensions).isNotEmpty().allSatisfy(d -> assertThat(d).containsKeys("name", "score", "evidence"));
        Map<String, Object> feedback = map(answered.get("feedback"));
        assertThat(feedback).containsEntry("producedBy", "rubric").containsKeys("strengths", "improvements");
        Map<String, Object> analytics = map(answered.get("analytics"));
        assertThat((Integer) analytics.get("wordCount")).isPositive();
        assertThat(analytics.get("wordsPerMinute")).isNotNull();
        assertThat(map(analytics.get("fillers"))).containsKey("count");
        if (type.equals("BEHAVIORAL")) {
            assertThat((Integer) map(analytics.get("fillers")).get("count")).isPositive();
            assertThat(list(analytics.get("starPresent"))).isNotEmpty();
            // The story's own sentences are quoted as evidence.
            assertThat(dimensions).anySatisfy(d -> assertThat(strings(d.get("evidence"))).isNotEmpty()
                    .allSatisfy(quote -> assertThat(StrongAnswers.STORY).contains(quote)));
        }
        Map<String, Object> verdicts = map(answered.get("verdicts"));
        if (!withCode || !type.equals("CODING")) {
            assertThat(verdicts).isNull();
            return;
        }
        assertThat(verdicts).containsEntry("verdict", "ACCEPTED").containsKey("submissionId");
        assertThat(verdicts.get("passed")).isEqualTo(verdicts.get("total"));
        assertThat(list(verdicts.get("tests"))).hasSize((Integer) verdicts.get("total"))
                .allSatisfy(test -> assertThat(test).containsEntry("verdict", "ACCEPTED"));
        assertThat(verdicts.get("failedCase")).isNull();
        assertThat(dimensions).anySatisfy(d -> assertThat(d).containsEntry("name", "CORRECTNESS")
                .containsEntry("score", 100));
    }

    private void checkReport(String type, Map<String, Object> report, List<String> asked, String base) {
        assertThat((Integer) report.get("overallScore")).isBetween(0, 100);
        assertThat(list(report.get("dimensions"))).isNotEmpty();
        assertThat(report).containsKeys("strengths", "weaknesses", "recommendations", "generatedAt")
                .containsEntry("producedBy", "rubric");
        assertThat(list(report.get("strengths")).size() + list(report.get("weaknesses")).size()).isPositive();
        List<Map<String, Object>> questions = list(report.get("questions"));
        assertThat(questions).extracting(q -> q.get("questionId")).containsExactlyElementsOf(asked);
        List<Map<String, Object>> turns = turns(base);
        for (Map<String, Object> question : questions) {
            int turn = (Integer) question.get("turn");
            assertThat((String) question.get("turnsLink")).isEqualTo(base + "/turns#turn-" + turn);
            assertThat(turns.get(turn - 1)).containsEntry("sequence", turn).containsEntry("kind", "QUESTION")
                    .containsEntry("questionId", question.get("questionId"));
        }
        List<Map<String, Object>> submissions = list(report.get("submissions"));
        if (type.equals("CODING")) {
            assertThat(submissions).hasSize(asked.size()).allSatisfy(s -> {
                assertThat(s).containsEntry("verdict", "ACCEPTED").containsEntry("language", "python");
                assertThat(s.get("passed")).isEqualTo(s.get("total"));
            });
            // The test clock stands still, so submissions made in one test share a timestamp: any order.
            assertThat(submissions).extracting(s -> s.get("problemSlug")).containsExactlyInAnyOrderElementsOf(asked);
        } else {
            assertThat(submissions).isEmpty();
        }
    }

    private List<Map<String, Object>> turns(String base) {
        return api.get(base + "/turns").expectStatus().isOk().expectBodyList(InterviewApi.JSON).returnResult()
                .getResponseBody();
    }

    private List<Map<String, Object>> listed(String path) {
        return api.get(path).expectStatus().isOk().expectBodyList(InterviewApi.JSON).returnResult().getResponseBody();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    static List<String> strings(Object value) {
        return (List<String>) value;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Object value) {
        return (List<Map<String, Object>>) value;
    }
}
