package dev.maangtracker.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.r2dbc.spi.ConnectionFactory;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * One user's whole life in the app, over real HTTP against the app in full mode (PostgreSQL +
 * pgvector, Redis, the judge behind the Redis Streams queue): register and sign in, a complete
 * interview of each type to its report, the roadmap moved by the coding problems solved and the
 * design concepts studied in them, the dashboard, progress and weaknesses before and after,
 * a memory search that finds one of the user's own answers, the export, and the account's
 * deletion, after which no memory of the user is left and signing in fails.
 *
 * <p>The steps run in order and share the user; a failed step fails the ones after it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EndToEndIT {

    private static final List<String> TYPES = List.of("BEHAVIORAL", "HR", "SYSTEM_DESIGN", "CODING");


    private static WebTestClient client;

    // The user's state, carried from step to step.
    private static String email;
    private static UUID userId;
    private static String accessToken;
    private static ApiCalls api;
    private static Map<String, Object> dashboardBefore;
    private static Map<String, Object> progressBefore;
    private static Map<String, Object> roadmapBefore;
    private static List<Map<String, Object>> weaknessesBefore;
    /** Interview type → session id. */
    private static final Map<String, String> sessions = new LinkedHashMap<>();
    /** Interview type → the report of its completed interview. */
    private static final Map<String, Map<String, Object>> reports = new HashMap<>();
    private static final List<String> solvedProblems = new ArrayList<>();
    /** Interview type → the questions it asked. */
    private static final Map<String, List<String>> askedByType = new HashMap<>();
    /** Attempts the interviews recorded on the roadmap: one per coding question, one per concept studied. */
    private static int interviewAttempts;
    private static int memoriesExported;
    /** Every answer sent, as {@link #words} of its text and code. */
    private static final List<String> answersSent = new ArrayList<>();

    private static FullModeServer full;

    @BeforeAll
    static void startInFullMode() throws InterruptedException {
        full = FullModeServer.start("end_to_end",
                "--maang.judge.queue=redis", "--maang.redis.command-timeout=5s");
        full.awaitJudgeWorker();
        // Judging code through the queue takes seconds on a loaded machine.
        client = WebTestClient.bindToServer().baseUrl(full.baseUrl())
                .responseTimeout(Duration.ofSeconds(120)).build();
    }

    @AfterAll
    static void stop() {
        if (full != null) {
            full.close();
        }
    }

    @Test
    @Order(1)
    void registersAndSignsInToAnEmptyDashboard() {
        email = ApiClient.newEmail();
        ApiClient accounts = new ApiClient(client);
        Map<String, Object> registered = accounts.register(email);
        assertThat(registered).containsEntry("email", email).containsKey("id");
        userId = UUID.fromString((String) registered.get("id"));
        accessToken = accounts.login(email).access();
        api = new ApiCalls(client, accessToken);
        assertThat(api.get("/api/v1/me")).containsEntry("id", userId.toString()).containsEntry("email", email);

        dashboardBefore = api.get("/api/v1/analytics/dashboard");
        progressBefore = api.get("/api/v1/analytics/progress");
        roadmapBefore = api.get("/api/v1/roadmap");
        weaknessesBefore = api.list("/api/v1/weaknesses");
        assertThat(list(dashboardBefore.get("recentInterviews"))).isEmpty();
        assertThat(map(dashboardBefore.get("weaknesses"))).containsEntry("open", 0);
        assertThat(map(dashboardBefore.get("streak"))).containsEntry("current", 0);
        assertThat(progressBefore).containsEntry("solved", 0);
        assertThat(list(progressBefore.get("timeline"))).isEmpty();
        assertThat(weaknessesBefore).isEmpty();
        assertThat(roadmapBefore).containsEntry("overall", 0).containsEntry("systemDesign", 0).containsEntry("solved", 0);
    }

    @Test
    @Order(2)
    void runsACompleteInterviewOfEachTypeToItsReport() {
        for (String type : TYPES) {
            runInterview(type);
        }
        assertThat(sessions).containsOnlyKeys(TYPES);
    }

    private void runInterview(String type) {
        Map<String, Object> created = api.send(HttpMethod.POST, "/api/v1/interviews",
                Map.of("type", type, "difficulty", "EASY", "targetRole", "Backend Engineer"), 201);
        assertThat(created).containsEntry("type", type).containsEntry("status", "CREATED");
        String id = (String) created.get("id");
        sessions.put(type, id);
        String base = "/api/v1/interviews/" + id;

        Map<String, Object> started = api.send(HttpMethod.POST, base + "/start", null, 200);
        assertThat(started).containsEntry("status", "IN_PROGRESS");
        Map<String, Object> question = map(started.get("question"));
        List<String> asked = new ArrayList<>();
        Map<String, Object> answered = null;
        int answers = 0;
        while (question != null) {
            assertThat(answers).as("the %s interview ends", type).isLessThan(12);
            boolean newQuestion = "QUESTION".equals(question.get("kind"));
            if (newQuestion) {
                asked.add((String) question.get("id"));
            }
            Map<String, Object> body = answer(type, (String) question.get("id"), newQuestion);
            answersSent.add(words(body.get("answer") + (body.containsKey("code")
                    ? " ```python " + body.get("code") + " ```" : "")));
            answered = api.send(HttpMethod.POST, base + "/answer", body, 200);
            answers++;
            assertThat(answered).containsEntry("status", "IN_PROGRESS").containsKeys("feedback", "scores");
            assertThat((Integer) map(answered.get("scores")).get("overall")).isBetween(0, 100);
            if (type.equals("CODING") && newQuestion) {
                Map<String, Object> verdicts = map(answered.get("verdicts"));
                assertThat(verdicts).as("verdicts of %s", answered.get("feedback"))
                        .containsEntry("verdict", "ACCEPTED");
                assertThat(verdicts.get("passed")).isEqualTo(verdicts.get("total"));
                solvedProblems.add((String) question.get("id"));
            }
            question = map(answered.get("next"));
        }
        assertThat(answered).containsEntry("finished", true);

        Map<String, Object> completed = api.send(HttpMethod.POST, base + "/complete", null, 200);
        assertThat(completed).containsEntry("status", "COMPLETED");
        Map<String, Object> report = map(completed.get("report"));
        assertThat((Integer) report.get("overallScore")).isBetween(0, 100);
        assertThat(list(report.get("dimensions"))).isNotEmpty();
        assertThat(report).containsKeys("strengths", "weaknesses", "recommendations");
        assertThat(list(report.get("questions"))).extracting(q -> q.get("questionId")).containsExactlyElementsOf(asked);
        if (type.equals("CODING")) {
            assertThat(list(report.get("submissions"))).hasSize(asked.size())
                    .allSatisfy(s -> assertThat(s).containsEntry("verdict", "ACCEPTED"));
        }
        assertThat(api.get(base + "/report")).isEqualTo(report);
        reports.put(type, report);
        askedByType.put(type, List.copyOf(asked));
    }

    @Test
    @Order(3)
    void theRoadmapCountsTheCodingProblemsSolvedAndTheDesignConceptsStudied() {
        Map<String, Object> roadmap = api.get("/api/v1/roadmap");
        // Each coding question, its code accepted by the judge, is a solved roadmap problem.
        assertThat(roadmap).containsEntry("solved", solvedProblems.size());
        assertThat((Integer) roadmap.get("overall")).isGreaterThan((Integer) roadmapBefore.get("overall"));
        assertThat((Integer) roadmap.get("systemDesign")).isGreaterThan((Integer) roadmapBefore.get("systemDesign"));

        Map<String, Integer> topicProgress = new HashMap<>();
        Map<String, Map<String, Object>> practised = new HashMap<>();
        Map<String, Map<String, Object>> studied = new HashMap<>();
        Map<String, String> conceptTopics = new HashMap<>();
        for (Map<String, Object> topic : list(roadmap.get("topics"))) {
            String slug = (String) topic.get("slug");
            topicProgress.put(slug, (Integer) topic.get("progress"));
            Map<String, Object> view = api.get("/api/v1/roadmap/topics/" + slug);
            list(view.get("problems")).stream().filter(problem -> !"TODO".equals(problem.get("status")))
                    .forEach(problem -> practised.put((String) problem.get("slug"), problem));
            for (Map<String, Object> concept : list(view.get("concepts"))) {
                conceptTopics.put((String) concept.get("slug"), slug);
                if (!"TODO".equals(concept.get("status"))) {
                    studied.put((String) concept.get("slug"), concept);
                }
            }
        }
        assertThat(practised.keySet()).containsExactlyInAnyOrderElementsOf(solvedProblems);
        assertThat(practised.values()).allSatisfy(problem -> assertThat(problem).containsEntry("status", "SOLVED")
                .containsEntry("attempts", 1).containsEntry("inQuestionBank", true));
        // The system design prompt's topics that are roadmap concepts are studied once each.
        String prompt = askedByType.get("SYSTEM_DESIGN").get(0);
        List<String> promptTopics = list(api.get("/api/v1/questions/by-type/SYSTEM_DESIGN?difficulty=EASY&limit=50")
                .get("items")).stream().filter(q -> prompt.equals(q.get("id"))).findFirst()
                .map(q -> strings(q.get("topics"))).orElseThrow();
        List<String> promptConcepts = promptTopics.stream().filter(conceptTopics::containsKey).toList();
        assertThat(promptConcepts).isNotEmpty();
        assertThat(studied.keySet()).containsExactlyInAnyOrderElementsOf(promptConcepts);
        assertThat(studied.values()).allSatisfy(concept -> assertThat(concept).containsEntry("attempts", 1));
        // Every topic of a problem solved and of a concept studied has progress.
        List<String> moved = new ArrayList<>();
        practised.values().forEach(problem -> moved.addAll(strings(problem.get("topics"))));
        studied.keySet().forEach(concept -> moved.add(conceptTopics.get(concept)));
        assertThat(moved).allSatisfy(topic -> assertThat(topicProgress.get(topic)).as("progress of %s", topic)
                .isPositive());

        // The progress analytics count the same attempts, all of today; behavioral and HR interviews add none.
        interviewAttempts = solvedProblems.size() + promptConcepts.size();
        Map<String, Object> progress = api.get("/api/v1/analytics/progress");
        assertThat(progress).containsEntry("solved", solvedProblems.size())
                .containsEntry("overall", roadmap.get("overall"));
        assertThat(attempts(progress)).isEqualTo(solvedProblems.size());
        assertThat(list(progress.get("timeline"))).singleElement().satisfies(day -> assertThat(day)
                .containsEntry("attempts", interviewAttempts)
                .containsEntry("problemsSolvedToDate", solvedProblems.size()));
        assertThat(moved).allSatisfy(topic -> assertThat(map(progress.get("byTopic"))).containsEntry(topic,
                topicProgress.get(topic)));
    }

    @Test
    @Order(4)
    void theDashboardListsTheInterviewsWithTheirScoresAndCountsTheDay() {
        Map<String, Object> dashboard = api.get("/api/v1/analytics/dashboard");
        assertThat(dashboard).isNotEqualTo(dashboardBefore);
        List<Map<String, Object>> recent = list(dashboard.get("recentInterviews"));
        assertThat(recent).hasSize(TYPES.size());
        for (Map<String, Object> interview : recent) {
            String type = (String) interview.get("type");
            assertThat(interview).containsEntry("id", sessions.get(type)).containsEntry("status", "COMPLETED")
                    .containsEntry("overallScore", reports.get(type).get("overallScore"));
            assertThat(map(interview.get("dimensions"))).hasSameSizeAs(list(reports.get(type).get("dimensions")));
        }
        // Each completed interview and each attempt it recorded is activity of today: the streak starts.
        assertThat(map(dashboard.get("streak"))).containsEntry("current", 1);
        assertThat(list(map(dashboard.get("streak")).get("calendar"))).singleElement()
                .satisfies(day -> assertThat(day).containsEntry("activities", TYPES.size() + interviewAttempts));
        assertThat(dashboard).containsEntry("solved", solvedProblems.size());

        Map<String, Object> history = api.get("/api/v1/analytics/history");
        assertThat(list(map(history.get("overall")).get("points"))).hasSize(TYPES.size());
    }

    @Test
    @Order(5)
    void theWeaknessesCarryEvidenceFromEveryInterview() {
        List<Map<String, Object>> weaknesses = api.list("/api/v1/weaknesses");
        assertThat(weaknesses).isNotEqualTo(weaknessesBefore).isNotEmpty();
        List<Map<String, Object>> evidence = weaknesses.stream().flatMap(w -> list(w.get("evidence")).stream())
                .toList();
        for (String type : TYPES) {
            String session = sessions.get(type);
            assertThat(evidence).as("evidence of the %s interview", type).anySatisfy(e -> {
                assertThat((String) e.get("reference")).contains(session);
                assertThat(e).containsEntry("mode", type);
            });
        }
        assertThat(weaknesses).allSatisfy(w -> assertThat(w).containsKeys("severity", "confidence",
                "explanation", "recommendations"));
        // The dashboard summarises the same open weaknesses.
        long open = weaknesses.stream().filter(w -> Boolean.TRUE.equals(w.get("open"))).count();
        assertThat(((Integer) map(api.get("/api/v1/analytics/dashboard").get("weaknesses")).get("open")).longValue())
                .isEqualTo(open);
    }

    @Test
    @Order(6)
    void progressCountsAProblemPractisedFromThePlan() {
        // Besides interviews, the candidate practises a new problem today's plan proposes and records it.
        Map<String, Object> plan = api.get("/api/v1/plan?items=10");
        String slug = list(plan.get("items")).stream().filter(item -> "PROBLEM".equals(item.get("type")))
                .map(item -> (String) item.get("key")).filter(key -> !solvedProblems.contains(key)).findFirst()
                .orElseThrow();
        api.send(HttpMethod.POST, "/api/v1/problems/" + slug + "/attempts",
                Map.of("outcome", "SOLVED", "minutes", 15, "hintsUsed", 0, "language", "python"), 201);

        Map<String, Object> progress = api.get("/api/v1/analytics/progress");
        assertThat(progress).isNotEqualTo(progressBefore).containsEntry("solved", solvedProblems.size() + 1);
        assertThat(attempts(progressBefore)).isZero();
        assertThat(attempts(progress)).isEqualTo(solvedProblems.size() + 1);
        assertThat(list(progress.get("timeline"))).singleElement().satisfies(day -> assertThat(day)
                .containsEntry("attempts", interviewAttempts + 1)
                .containsEntry("problemsSolvedToDate", solvedProblems.size() + 1));
        assertThat(api.get("/api/v1/analytics/dashboard")).containsEntry("solved", solvedProblems.size() + 1);
    }

    @Test
    @Order(7)
    void memorySearchFindsTheUsersOwnAnswer() {
        List<Map<String, Object>> hits = api.list("/api/v1/memory/search?q=shard the database by key hash&k=5");
        assertThat(hits).isNotEmpty();
        // Long answers are remembered in chunks: the best hit is the chunk of the design answer saying it.
        Map<String, Object> best = map(hits.get(0).get("memory"));
        assertThat((String) best.get("content")).contains("shard the database by key hash");
        assertThat(StrongAnswers.DESIGN).contains((String) best.get("content"));
        assertThat(best).containsEntry("messageType", "ANSWER")
                .containsEntry("sessionId", sessions.get("SYSTEM_DESIGN"));
    }

    @Test
    @Order(8)
    void theExportHoldsTheInterviewsMemoriesAndEvidence() {
        Map<String, Object> export = api.get("/api/v1/me/export");
        assertThat(map(export.get("account"))).containsEntry("id", userId.toString()).containsEntry("email", email);
        List<Map<String, Object>> interviews = list(export.get("interviews"));
        assertThat(interviews).extracting(i -> map(i.get("session")).get("id"))
                .containsExactlyInAnyOrderElementsOf(sessions.values());
        assertThat(interviews).allSatisfy(i -> {
            assertThat(map(i.get("session")).get("report")).isNotNull();
            assertThat(list(i.get("turns"))).isNotEmpty();
        });
        // Every answer is remembered (a repeated answer once, a long one in chunks) with its interview.
        List<Map<String, Object>> memories = list(export.get("memories"));
        memoriesExported = memories.size();
        assertThat(memories).isNotEmpty().allSatisfy(m -> {
            assertThat(m).containsEntry("messageType", "ANSWER").doesNotContainKey("embedding");
            assertThat(answersSent).as("an answer of the user")
                    .anySatisfy(answer -> assertThat(answer).contains(words((String) m.get("content"))));
        });
        assertThat(memories).extracting(m -> m.get("sessionId")).containsAll(sessions.values());
        assertThat(list(export.get("codeSubmissions"))).hasSameSizeAs(solvedProblems)
                .allSatisfy(s -> assertThat(s).containsEntry("sessionId", sessions.get("CODING")));
        assertThat(list(export.get("attempts"))).hasSize(interviewAttempts + 1);
        assertThat(list(export.get("evidence"))).isNotEmpty();
        assertThat(list(export.get("reviewItems"))).isNotEmpty();
        assertThat(list(export.get("activity"))).isNotEmpty();
        assertThat(new String(client.get().uri("/api/v1/me/export").headers(h -> h.setBearerAuth(accessToken))
                .exchange().expectBody(byte[].class).returnResult().getResponseBody(), StandardCharsets.UTF_8))
                .as("no password hash and no embeddings").doesNotContain("passwordHash", "embedding", "$argon2");
    }

    @Test
    @Order(9)
    void deletingTheAccountForgetsItsMemoriesAndItsSignIn() {
        DatabaseClient sql = DatabaseClient.create(full.app().getBean(ConnectionFactory.class));
        assertThat(memoriesOf(sql)).as("the memories are there to delete").isEqualTo(memoriesExported);

        api.noContent(HttpMethod.DELETE, "/api/v1/me");

        assertThat(memoriesOf(sql)).as("memories of the deleted user").isZero();
        assertThat(sql.sql("SELECT count(*) FROM interview_sessions WHERE user_id = :user").bind("user", userId)
                .map(row -> row.get(0, Long.class)).one().block(Duration.ofSeconds(10))).isZero();
        client.post().uri("/api/v1/auth/login").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("email", email, "password", ApiClient.PASSWORD)).exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    // ------------------------------------------------------------------ helpers

    /** The text with runs of white space as one space: memories are chunks of the answers, re-spaced. */
    private static String words(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    /** Attempts over every difficulty. */
    private static int attempts(Map<String, Object> progress) {
        return map(progress.get("byDifficulty")).values().stream().mapToInt(d -> (Integer) map(d).get("attempts"))
                .sum();
    }

    private static long memoriesOf(DatabaseClient sql) {
        return sql.sql("SELECT count(*) FROM memories WHERE user_id = :user").bind("user", userId)
                .map(row -> row.get(0, Long.class)).one().block(Duration.ofSeconds(10));
    }

    private static Map<String, Object> answer(String type, String questionId, boolean withCode) {
        return StrongAnswers.body(type, questionId, withCode);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object value) {
        return (List<String>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return (List<Map<String, Object>>) value;
    }
}
