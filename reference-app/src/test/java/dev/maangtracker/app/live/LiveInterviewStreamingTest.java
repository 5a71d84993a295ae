package dev.maangtracker.app.live;

import static dev.maangtracker.app.live.LiveSocket.payload;
import static org.assertj.core.api.Assertions.assertThat;

import dev.maangtracker.app.ApiClient;
import dev.maangtracker.app.ApiClient.Tokens;
import dev.maangtracker.app.StreamingModelConfiguration;
import dev.maangtracker.app.StreamingTestModel;
import dev.maangtracker.app.TestClockConfiguration;
import dev.maangtracker.core.interview.CandidateAnswer;
import dev.maangtracker.core.interview.InterviewEngine;
import dev.maangtracker.core.interview.NewInterview;
import dev.maangtracker.core.question.Difficulty;
import dev.maangtracker.core.question.InterviewMode;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The interviewer's words streamed over the socket with a language model that streams its replies
 * in small pieces with pauses ({@link StreamingTestModel}): {@code interview:token} frames come in
 * order, before the step's final frames, and join into exactly the words those frames carry; pieces
 * that will not be stored are withdrawn with {@code interview:token-reset}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
@Import({TestClockConfiguration.class, StreamingModelConfiguration.class})
class LiveInterviewStreamingTest {

    private static final String TOKEN = "interview:token";
    private static final String STORY = "In my last role I led the migration of our billing service to a new "
            + "database. I wrote a dual-write plan and a reconciliation job, and as a result we cut over with "
            + "zero lost invoices and incidents dropped by 80 percent.";

    @LocalServerPort
    private int port;
    @Autowired
    private WebTestClient client;
    @Autowired
    private InterviewEngine engine;
    @Autowired
    private StreamingTestModel model;

    private ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(client);
    }

    @Test
    void streamsEachStepsWordsBeforeItsFinalFrames() {
        UUID user = newUser();
        UUID interview = create(user);
        try (LiveSocket socket = open(user, interview)) {
            socket.next("interview:status");

            socket.send(Map.of("type", "interview:start", "id", "s"));
            List<Map<String, Object>> started = socket.until("interview:question");
            assertThat(types(started)).endsWith("interview:status", "interview:question");
            List<Map<String, Object>> questionTokens = tokens(started);
            assertThat(questionTokens).hasSize(started.size() - 2).hasSizeGreaterThan(10);
            Map<String, Object> question = payload(started.get(started.size() - 1));
            assertThat(question).containsEntry("producedBy", "llm:streaming-test");
            assertThat((String) question.get("text")).startsWith(StreamingTestModel.FRAMING.strip());
            assertThat(joined(questionTokens, "QUESTION", "text")).isEqualTo(question.get("text"));
            assertThat(questionTokens).allSatisfy(frame -> {
                assertThat(frame).doesNotContainKey("id");
                assertThat(payload(frame)).containsEntry("step", "QUESTION").containsEntry("kind", "QUESTION")
                        .containsEntry("questionId", question.get("questionId"));
            });

            socket.send(Map.of("type", "interview:hint", "id", "h"));
            List<Map<String, Object>> hinted = socket.until("interview:hint");
            assertThat(joined(tokens(hinted), "HINT", "text")).isEqualTo(StreamingTestModel.HINT)
                    .isEqualTo(payload(hinted.get(hinted.size() - 1)).get("text"));
            assertThat(types(hinted)).last().isEqualTo("interview:hint");

            socket.send(Map.of("type", "interview:answer", "id", "a", "payload", Map.of("answer", STORY)));
            List<Map<String, Object>> answered = socket.until("interview:question");
            // Every piece first, then feedback, score and the follow-up, as without streaming.
            assertThat(types(answered)).endsWith("interview:feedback", "interview:score", "interview:question");
            assertThat(tokens(answered)).hasSize(answered.size() - 3);
            List<Map<String, Object>> evaluationTokens = tokens(answered);
            Map<String, Object> feedback = payload(answered.get(answered.size() - 3));
            Map<String, Object> followUp = payload(answered.get(answered.size() - 1));
            assertThat(followUp).containsEntry("kind", "FOLLOW_UP");
            assertThat(joined(evaluationTokens, "EVALUATION", "followUp")).isEqualTo(followUp.get("text"))
                    .isEqualTo(StreamingTestModel.FOLLOW_UP);
            assertThat(joined(evaluationTokens, "EVALUATION", "strengths"))
                    .isEqualTo(String.join("\n", StreamingTestModel.STRENGTHS));
            assertThat(joined(evaluationTokens, "EVALUATION", "improvements"))
                    .isEqualTo(String.join("\n", StreamingTestModel.IMPROVEMENTS));
            assertThat((String) feedback.get("text")).contains(String.join("; ", StreamingTestModel.STRENGTHS));
            assertThat(evaluationTokens).allSatisfy(frame -> assertThat(payload(frame).get("kind"))
                    .isEqualTo("followUp".equals(payload(frame).get("field")) ? "FOLLOW_UP" : "FEEDBACK"));

            socket.send(Map.of("type", "interview:complete", "id", "c"));
            List<Map<String, Object>> completed = socket.until("interview:complete");
            assertThat(tokens(completed)).hasSize(completed.size() - 1);
            @SuppressWarnings("unchecked")
            Map<String, Object> report = (Map<String, Object>) payload(completed.get(completed.size() - 1)).get("report");
            assertThat(joined(tokens(completed), "SUMMARY", "strengths"))
                    .isEqualTo(String.join("\n", (List<String>) report.get("strengths")));
            assertThat(joined(tokens(completed), "SUMMARY", "recommendations"))
                    .isEqualTo("practise conflict stories — with outcomes");
            assertThat(tokens(completed)).allSatisfy(frame -> assertThat(payload(frame)).doesNotContainKey("questionId"));
            socket.next("interview:status");
        }
    }

    @Test
    void aStreamThatBreaksOffIsResetAndTheOfflineInterviewerAnswers() {
        UUID user = newUser();
        UUID interview = create(user);
        try (LiveSocket socket = open(user, interview)) {
            socket.next("interview:status");
            socket.send(Map.of("type", "interview:start"));
            socket.until("interview:question");
            model.breakNext(StreamingTestModel.Step.EVALUATION, 30);

            socket.send(Map.of("type", "interview:answer", "id", "a", "payload", Map.of("answer", STORY)));
            List<Map<String, Object>> answered = socket.until("interview:score");

            List<String> types = types(answered);
            int reset = types.indexOf("interview:token-reset");
            assertThat(reset).as("frames %s", types).isPositive();
            assertThat(payload(answered.get(reset))).containsEntry("step", "EVALUATION");
            assertThat(types.subList(0, reset)).containsOnly(TOKEN);
            assertThat(answered.subList(reset + 1, answered.size())).noneMatch(frame -> TOKEN.equals(frame.get("type"))
                    && "EVALUATION".equals(payload(frame).get("step")));
            Map<String, Object> feedback = payload(answered.get(types.indexOf("interview:feedback")));
            assertThat(feedback).containsEntry("producedBy", "rubric");
            assertThat((String) feedback.get("text")).startsWith("Score: ");
            assertThat((String) feedback.get("note")).contains("could not answer (unavailable)");
        }
    }

    @Test
    void stepsTakenElsewhereStreamToTheSocketToo() {
        UUID user = newUser();
        UUID interview = create(user);
        try (LiveSocket socket = open(user, interview)) {
            socket.next("interview:status");
            socket.send(Map.of("type", "interview:start"));
            socket.until("interview:question");

            // As the HTTP API does: the steps run outside the socket, which only listens.
            String hint = engine.hint(user, interview).block(LiveSocket.TIMEOUT).prompt().text();
            List<Map<String, Object>> hinted = socket.until("interview:hint");
            assertThat(joined(tokens(hinted), "HINT", "text")).isEqualTo(hint);
            assertThat(hinted.get(hinted.size() - 1)).doesNotContainKey("id");

            model.breakNext(StreamingTestModel.Step.EVALUATION, 20);
            engine.answer(user, interview, CandidateAnswer.of(STORY)).block(LiveSocket.TIMEOUT);
            List<Map<String, Object>> answered = socket.until("interview:score");
            List<String> types = types(answered);
            assertThat(types).contains("interview:token-reset");
            assertThat(types.indexOf("interview:token-reset")).isLessThan(types.indexOf("interview:feedback"));
            Map<String, Object> feedback = payload(answered.get(types.indexOf("interview:feedback")));
            assertThat(feedback).containsEntry("producedBy", "rubric");
            assertThat((String) feedback.get("text")).startsWith("Score: ");
            assertThat(payload(answered.get(answered.size() - 1))).containsKey("analytics");
        }
    }

    private static List<String> types(List<Map<String, Object>> frames) {
        return frames.stream().map(frame -> (String) frame.get("type")).toList();
    }

    private static List<Map<String, Object>> tokens(List<Map<String, Object>> frames) {
        return frames.stream().filter(frame -> TOKEN.equals(frame.get("type"))).toList();
    }

    /** The text of one step's field, its pieces joined in the order they arrived. */
    private static String joined(List<Map<String, Object>> tokens, String step, String field) {
        return tokens.stream().map(LiveSocket::payload)
                .filter(token -> step.equals(token.get("step")) && field.equals(token.get("field")))
                .map(token -> (String) token.get("text"))
                .collect(Collectors.joining());
    }

    private LiveSocket open(UUID user, UUID interview) {
        return LiveSocket.open(port, interview, tokens.get(user).access());
    }

    private final Map<UUID, Tokens> tokens = new java.util.concurrent.ConcurrentHashMap<>();

    private UUID newUser() {
        String email = ApiClient.newEmail();
        UUID id = UUID.fromString((String) api.register(email).get("id"));
        tokens.put(id, api.login(email));
        return id;
    }

    private UUID create(UUID user) {
        return engine.create(user, NewInterview.of(InterviewMode.BEHAVIORAL, Difficulty.MEDIUM))
                .block(LiveSocket.TIMEOUT).id();
    }
}
