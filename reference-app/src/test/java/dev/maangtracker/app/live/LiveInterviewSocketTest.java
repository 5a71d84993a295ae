package dev.maangtracker.app.live;

import static dev.maangtracker.app.live.LiveSocket.payload;
import static org.assertj.core.api.Assertions.assertThat;

import dev.maangtracker.app.ApiClient;
import dev.maangtracker.app.ApiClient.Tokens;
import dev.maangtracker.app.TestClockConfiguration;
import dev.maangtracker.app.TestClockConfiguration.MutableClock;
import dev.maangtracker.app.security.ExistingAccountAuthenticationManager;
import dev.maangtracker.core.evaluation.InterviewReport;
import dev.maangtracker.core.interview.CandidateAnswer;
import dev.maangtracker.core.interview.InterviewEngine;
import dev.maangtracker.core.interview.InterviewSession;
import dev.maangtracker.core.interview.NewInterview;
import dev.maangtracker.core.interview.SessionStatus;
import dev.maangtracker.core.interview.TurnKind;
import dev.maangtracker.core.question.Difficulty;
import dev.maangtracker.core.question.InterviewMode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.socket.CloseStatus;

/**
 * Live interviews over a real WebSocket (Reactor Netty client against the app on a random port,
 * embedded mode): the sign-in goes through the HTTP API, the interview is created with the engine,
 * and everything after that happens in frames.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
@Import(TestClockConfiguration.class)
class LiveInterviewSocketTest {

    private static final String STORY = "In my last role I led the migration of our billing service to a new "
            + "database. The situation was tense: the old cluster was failing every week and customers noticed. "
            + "My task was to move 40 million rows without downtime. I wrote a dual-write plan, built a "
            + "reconciliation job in Java, and ran it nightly for two weeks while I reviewed every mismatch "
            + "myself. As a result we cut over on a Tuesday with zero lost invoices, and incidents dropped by 80 "
            + "percent the next quarter. I learned to agree on rollback criteria before starting.";

    @LocalServerPort
    private int port;
    @Autowired
    private WebTestClient client;
    @Autowired
    private InterviewEngine engine;
    @Autowired
    private MutableClock clock;
    @Autowired
    private JwtEncoder jwtEncoder;

    private ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(client);
    }

    @Test
    void drivesAWholeBehavioralInterview() {
        User user = newUser();
        UUID interview = create(user, InterviewMode.BEHAVIORAL);
        try (LiveSocket socket = LiveSocket.open(port, interview, user.tokens().access())) {
            assertThat(socket.handshake().getSubProtocol()).isEqualTo("bearer");
            assertThat(payload(socket.next("interview:status"))).containsEntry("status", "CREATED");

            socket.send(Map.of("type", "interview:start", "id", "start-1"));
            Map<String, Object> started = socket.next("interview:status");
            assertThat(started).containsEntry("id", "start-1");
            assertThat(payload(started)).containsEntry("status", "IN_PROGRESS").containsEntry("previous", "CREATED");
            Map<String, Object> question = payload(socket.next("interview:question"));
            assertThat(question).containsEntry("kind", "QUESTION").containsEntry("questionNumber", 1)
                    .containsKeys("turnId", "questionId", "timeLimitSeconds", "producedBy", "askedAt");
            assertThat((String) question.get("text")).isNotBlank();

            List<Integer> scores = new ArrayList<>();
            boolean finished = false;
            for (int answers = 1; !finished; answers++) {
                assertThat(answers).as("answers before the interview finished").isLessThanOrEqualTo(20);
                String id = "answer-" + answers;
                socket.send(Map.of("type", "interview:answer", "id", id,
                        "payload", Map.of("answer", STORY, "durationSeconds", 95)));
                Map<String, Object> feedback = socket.next("interview:feedback");
                assertThat(feedback).containsEntry("id", id);
                assertThat((String) payload(feedback).get("text")).startsWith("Score: ");
                Map<String, Object> score = payload(socket.next("interview:score"));
                int overall = (Integer) score.get("overallScore");
                assertThat(overall).isBetween(0, 100);
                assertThat((List<?>) score.get("dimensions")).isNotEmpty();
                assertThat(score).containsKeys("coveredPoints", "missedPoints", "strengths", "improvements")
                        .doesNotContainKey("codeVerdict");
                @SuppressWarnings("unchecked")
                Map<String, Object> analytics = (Map<String, Object>) score.get("analytics");
                assertThat((Integer) analytics.get("wordCount")).isGreaterThan(50);
                assertThat(analytics).containsKeys("fillers", "pace", "star", "scores");
                scores.add(overall);
                finished = (Boolean) score.get("finished");
                if (!finished) {
                    Map<String, Object> next = socket.next("interview:question");
                    assertThat(next).containsEntry("id", id);
                    assertThat((String) payload(next).get("kind")).isIn("QUESTION", "FOLLOW_UP");
                }
            }

            socket.send(Map.of("type", "interview:complete", "id", "done"));
            Map<String, Object> complete = socket.next("interview:complete");
            assertThat(complete).containsEntry("id", "done");
            @SuppressWarnings("unchecked")
            Map<String, Object> report = (Map<String, Object>) payload(complete).get("report");
            assertThat(report).containsKeys("overallScore", "dimensions", "strengths", "weaknesses",
                    "recommendations", "questions");
            assertThat(payload(socket.next("interview:status"))).containsEntry("status", "COMPLETED")
                    .containsEntry("previous", "IN_PROGRESS");
            assertThat(socket.closeStatus().getCode()).isEqualTo(CloseStatus.NORMAL.getCode());

            // What the socket said is what the engine stored.
            InterviewReport stored = engine.report(user.id(), interview).block(LiveSocket.TIMEOUT);
            assertThat(report.get("overallScore")).isEqualTo(stored.overallScore());
            List<Integer> storedScores = engine.turns(user.id(), interview)
                    .filter(turn -> turn.kind() == TurnKind.FEEDBACK).map(turn -> turn.evaluation().overallScore())
                    .collectList().block(LiveSocket.TIMEOUT);
            assertThat(scores).isEqualTo(storedScores);
        }
        // Connecting to a completed interview brings its report, and the socket closes: nothing can change.
        try (LiveSocket again = LiveSocket.open(port, interview, user.tokens().access())) {
            @SuppressWarnings("unchecked")
            Map<String, Object> report = (Map<String, Object>) payload(again.next("interview:complete")).get("report");
            assertThat(report.get("overallScore"))
                    .isEqualTo(engine.report(user.id(), interview).block(LiveSocket.TIMEOUT).overallScore());
            assertThat(payload(again.next("interview:status"))).containsEntry("status", "COMPLETED");
            assertThat(again.closeStatus().getCode()).isEqualTo(CloseStatus.NORMAL.getCode());
        }
    }

    @Test
    void theOfflineInterviewerStreamsNoTokens() {
        User user = newUser();
        UUID interview = create(user, InterviewMode.BEHAVIORAL);
        try (LiveSocket socket = LiveSocket.open(port, interview, user.tokens().access())) {
            List<Map<String, Object>> frames = new ArrayList<>(socket.until("interview:status"));
            socket.send(Map.of("type", "interview:start"));
            frames.addAll(socket.until("interview:question"));
            socket.send(Map.of("type", "interview:hint"));
            frames.addAll(socket.until("interview:hint"));
            socket.send(Map.of("type", "interview:answer", "payload", Map.of("answer", STORY)));
            frames.addAll(socket.until("interview:score"));
            socket.send(Map.of("type", "interview:complete"));
            frames.addAll(socket.until("interview:complete"));

            assertThat(frames).extracting(frame -> (String) frame.get("type"))
                    .contains("interview:question", "interview:hint", "interview:feedback", "interview:complete")
                    .doesNotContain("interview:token", "interview:token-reset");
        }
    }

    @Test
    void pausesResumesAndGivesHints() {
        User user = newUser();
        UUID interview = create(user, InterviewMode.BEHAVIORAL);
        try (LiveSocket socket = LiveSocket.open(port, interview, user.tokens().access())) {
            socket.next("interview:status");
            socket.send(Map.of("type", "interview:start"));
            assertThat(socket.next("interview:status")).doesNotContainKey("id");
            String questionId = (String) payload(socket.next("interview:question")).get("questionId");

            socket.send(Map.of("type", "interview:hint", "id", "h"));
            Map<String, Object> hint = socket.next("interview:hint");
            assertThat(hint).containsEntry("id", "h");
            assertThat(payload(hint)).containsEntry("questionId", questionId);
            assertThat((String) payload(hint).get("text")).isNotBlank();

            socket.send(Map.of("type", "interview:pause", "id", "p"));
            assertThat(payload(socket.next("interview:status"))).containsEntry("status", "PAUSED")
                    .containsEntry("previous", "IN_PROGRESS");
            assertThat(engine.get(user.id(), interview).block(LiveSocket.TIMEOUT).status()).isEqualTo(SessionStatus.PAUSED);

            // A step the state forbids is a recoverable error.
            socket.send(Map.of("type", "interview:answer", "id", "too-soon", "payload", Map.of("answer", STORY)));
            Map<String, Object> refused = socket.next("interview:error");
            assertThat(refused).containsEntry("id", "too-soon");
            assertThat(payload(refused)).containsEntry("status", 409).containsEntry("title", "Conflict");

            socket.send(Map.of("type", "interview:resume", "id", "r"));
            assertThat(payload(socket.next("interview:status"))).containsEntry("status", "IN_PROGRESS")
                    .containsEntry("previous", "PAUSED");
            socket.send(Map.of("type", "interview:answer", "payload", Map.of("answer", STORY)));
            socket.next("interview:feedback");
            socket.next("interview:score");
        }
    }

    @Test
    void aBadFrameGetsAnErrorAndTheSocketKeepsWorking() {
        User user = newUser();
        UUID interview = create(user, InterviewMode.BEHAVIORAL);
        try (LiveSocket socket = LiveSocket.open(port, interview, user.tokens().access())) {
            socket.next("interview:status");

            socket.sendText("{not json");
            assertThat(payload(socket.next("interview:error"))).containsEntry("status", 400)
                    .containsEntry("title", "Bad Request").containsEntry("field", "frame");

            socket.sendText("[1, 2]");
            assertThat(payload(socket.next("interview:error"))).containsEntry("field", "frame");

            socket.send(Map.of("type", "interview:dance", "id", 7));
            Map<String, Object> unknown = socket.next("interview:error");
            assertThat(unknown).containsEntry("id", "7");
            assertThat(payload(unknown)).containsEntry("field", "type");
            assertThat((String) payload(unknown).get("detail")).contains("interview:start");

            socket.send(Map.of("payload", Map.of()));
            assertThat(payload(socket.next("interview:error"))).containsEntry("field", "type");

            socket.send(Map.of("type", "interview:start", "payload", "now"));
            assertThat(payload(socket.next("interview:error"))).containsEntry("field", "payload");

            socket.sendBinary("{\"type\":\"interview:start\"}".getBytes(StandardCharsets.UTF_8));
            assertThat(payload(socket.next("interview:error"))).containsEntry("field", "frame");

            socket.send(Map.of("type", "interview:answer", "id", "early", "payload", Map.of("answer", STORY)));
            assertThat(payload(socket.next("interview:error"))).containsEntry("status", 409);

            socket.send(Map.of("type", "interview:start"));
            socket.next("interview:status");
            socket.next("interview:question");

            socket.send(Map.of("type", "interview:answer", "id", "blank", "payload", Map.of("answer", "  ")));
            Map<String, Object> blank = socket.next("interview:error");
            assertThat(blank).containsEntry("id", "blank");
            assertThat(payload(blank)).containsEntry("status", 400).containsEntry("field", "answer");

            socket.send(Map.of("type", "interview:answer", "payload", Map.of("answer", STORY, "durationSeconds", -3)));
            assertThat(payload(socket.next("interview:error"))).containsEntry("field", "durationSeconds");

            socket.send(Map.of("type", "interview:answer", "payload", Map.of("answer", 42)));
            assertThat(payload(socket.next("interview:error"))).containsEntry("field", "answer");

            Map<String, Object> withCode = new LinkedHashMap<>();
            withCode.put("answer", STORY);
            withCode.put("code", "print(1)");
            withCode.put("language", "cobol");
            socket.send(Map.of("type", "interview:answer", "payload", withCode));
            assertThat(payload(socket.next("interview:error"))).containsEntry("field", "language");

            // Nothing bad was stored, and the socket still answers.
            socket.send(Map.of("type", "interview:answer", "id", "good", "payload", Map.of("answer", STORY)));
            assertThat(socket.next("interview:feedback")).containsEntry("id", "good");
            socket.next("interview:score");
            assertThat(engine.turns(user.id(), interview).filter(turn -> turn.kind() == TurnKind.ANSWER).count()
                    .block(LiveSocket.TIMEOUT)).isEqualTo(1);
        }
    }

    @Test
    void readsFramesAboveTheDefaultLimitAndClosesOnOversizedOnes() {
        User user = newUser();
        UUID interview = create(user, InterviewMode.BEHAVIORAL);
        try (LiveSocket socket = LiveSocket.open(port, interview, user.tokens().access())) {
            socket.next("interview:status");
            socket.send(Map.of("type", "interview:start"));
            socket.next("interview:status");
            socket.next("interview:question");
            // Above Reactor Netty's default 64 KiB frame limit, below ours: the frame is read and its answer refused.
            socket.send(Map.of("type", "interview:answer", "id", "long",
                    "payload", Map.of("answer", "a".repeat(100 * 1024))));
            Map<String, Object> tooLong = socket.next("interview:error");
            assertThat(tooLong).containsEntry("id", "long");
            assertThat(payload(tooLong)).containsEntry("status", 400).containsEntry("field", "answer");

            socket.sendText("{\"type\":\"interview:answer\",\"payload\":{\"answer\":\""
                    + "a".repeat(LiveInterviewConfiguration.MAX_FRAME_BYTES) + "\"}}");
            assertThat(socket.closeStatus().getCode()).isEqualTo(CloseStatus.TOO_BIG_TO_PROCESS.getCode());
        }
    }

    @Test
    void pushesStepsTakenElsewhereOnce() {
        User user = newUser();
        UUID interview = create(user, InterviewMode.BEHAVIORAL);
        try (LiveSocket socket = LiveSocket.open(port, interview, user.tokens().access());
             LiveSocket other = LiveSocket.open(port, interview, user.tokens().access())) {
            socket.next("interview:status");
            other.next("interview:status");

            // Started on the other socket: this one is told, without an id.
            other.send(Map.of("type", "interview:start", "id", "theirs"));
            other.next("interview:status");
            String question = (String) payload(other.next("interview:question")).get("turnId");
            Map<String, Object> started = socket.next("interview:status");
            assertThat(started).doesNotContainKey("id");
            assertThat(payload(started)).containsEntry("status", "IN_PROGRESS").containsEntry("previous", "CREATED");
            assertThat(payload(socket.next("interview:question"))).containsEntry("turnId", question);

            // Answered outside any socket (as the HTTP API does).
            engine.answer(user.id(), interview, CandidateAnswer.of(STORY)).block(LiveSocket.TIMEOUT);
            for (LiveSocket each : List.of(socket, other)) {
                assertThat((String) payload(each.next("interview:feedback")).get("text")).startsWith("Score: ");
                Map<String, Object> score = payload(each.next("interview:score"));
                assertThat(score).containsEntry("finished", false).containsKey("analytics");
                assertThat(each.next("interview:question")).doesNotContainKey("id");
            }

            // Paused here: the other socket is told; this one gets its answer only once.
            socket.send(Map.of("type", "interview:pause", "id", "mine"));
            assertThat(socket.next("interview:status")).containsEntry("id", "mine");
            assertThat(payload(other.next("interview:status"))).containsEntry("status", "PAUSED");

            // Completed elsewhere: the report, then the final status, then both sockets close.
            engine.complete(user.id(), interview).block(LiveSocket.TIMEOUT);
            for (LiveSocket each : List.of(socket, other)) {
                assertThat(payload(each.next("interview:complete"))).containsKey("report");
                assertThat(payload(each.next("interview:status"))).containsEntry("status", "COMPLETED")
                        .containsEntry("previous", "PAUSED");
                assertThat(each.closeStatus().getCode()).isEqualTo(CloseStatus.NORMAL.getCode());
                assertThat(each.pending()).isEmpty();
            }
        }
    }

    @Test
    void aReconnectingClientGetsTheStateAndTheCurrentQuestion() {
        User user = newUser();
        UUID interview = create(user, InterviewMode.HR);
        String asked;
        try (LiveSocket socket = LiveSocket.open(port, interview, user.tokens().access())) {
            socket.next("interview:status");
            socket.send(Map.of("type", "interview:start"));
            socket.next("interview:status");
            asked = (String) payload(socket.next("interview:question")).get("text");
        }
        try (LiveSocket again = LiveSocket.open(port, interview, user.tokens().access())) {
            Map<String, Object> status = payload(again.next("interview:status"));
            assertThat(status).containsEntry("status", "IN_PROGRESS").containsEntry("previous", null);
            assertThat(payload(again.next("interview:question"))).containsEntry("text", asked);
        }
    }

    @Test
    void nonBrowserClientsMayUseTheAuthorizationHeader() {
        User user = newUser();
        UUID interview = create(user, InterviewMode.BEHAVIORAL);
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(user.tokens().access());
        try (LiveSocket socket = LiveSocket.open(LiveSocket.uri(port, interview, ""), headers, List.of())) {
            assertThat(socket.handshake().getSubProtocol()).isNull();
            assertThat(payload(socket.next("interview:status"))).containsEntry("status", "CREATED");
        }
    }

    @Test
    void aHandshakeWithoutAValidTokenIsRefusedWith401() {
        User user = newUser();
        UUID interview = create(user, InterviewMode.BEHAVIORAL);
        String token = user.tokens().access();
        assertThat(LiveSocket.refusal(LiveSocket.uri(port, interview, ""), new HttpHeaders(), List.of()))
                .as("no token").isEqualTo(401);
        assertThat(LiveSocket.refusal(LiveSocket.uri(port, interview, ""), new HttpHeaders(),
                List.of("bearer", "not.a.jwt"))).as("garbage").isEqualTo(401);
        String tampered = token.substring(0, token.length() - 4)
                + (token.endsWith("AAAA") ? "BBBB" : "AAAA");
        assertThat(LiveSocket.refusal(LiveSocket.uri(port, interview, ""), new HttpHeaders(),
                List.of("bearer", tampered))).as("tampered").isEqualTo(401);
        assertThat(LiveSocket.refusal(LiveSocket.uri(port, interview, ""), new HttpHeaders(), List.of("bearer")))
                .as("bearer without a token").isEqualTo(401);
        // The query string is not read: tokens there end up in access logs.
        assertThat(LiveSocket.refusal(LiveSocket.uri(port, interview, "?access_token=" + token), new HttpHeaders(),
                List.of())).as("query parameter").isEqualTo(401);
        HttpHeaders both = new HttpHeaders();
        both.setBearerAuth(token);
        assertThat(LiveSocket.refusal(LiveSocket.uri(port, interview, ""), both, List.of("bearer", token)))
                .as("two tokens").isEqualTo(401);
    }

    @Test
    void anExpiredTokenIsRefusedWith401() {
        User user = newUser();
        UUID interview = create(user, InterviewMode.BEHAVIORAL);
        clock.advance(Duration.ofMinutes(16));
        assertThat(LiveSocket.refusal(LiveSocket.uri(port, interview, ""), new HttpHeaders(),
                List.of("bearer", user.tokens().access()))).isEqualTo(401);
    }

    @Test
    void theSocketClosesWhenItsTokenExpires() {
        User user = newUser();
        UUID interview = create(user, InterviewMode.BEHAVIORAL);
        Instant now = clock.instant();
        JwtClaimsSet claims = JwtClaimsSet.builder().issuer("maang-tracker").audience(List.of("maang-tracker-api"))
                .subject(user.id().toString()).issuedAt(now).notBefore(now).expiresAt(now.plusSeconds(2))
                .claim(ExistingAccountAuthenticationManager.ROLES_CLAIM, List.of("USER")).build();
        String shortLived = jwtEncoder.encode(JwtEncoderParameters.from(
                JwsHeader.with(MacAlgorithm.HS256).type("JWT").build(), claims)).getTokenValue();
        try (LiveSocket socket = LiveSocket.open(port, interview, shortLived)) {
            socket.next("interview:status");
            Map<String, Object> expired = socket.next("interview:error");
            assertThat(payload(expired)).containsEntry("status", 401)
                    .containsEntry("detail", InterviewSocketHandler.TOKEN_EXPIRED);
            assertThat(socket.closeStatus().getCode()).isEqualTo(CloseStatus.POLICY_VIOLATION.getCode());
        }
    }

    @Test
    void theRefusalIsAProblemBeforeAnyUpgrade() {
        User user = newUser();
        UUID interview = create(user, InterviewMode.BEHAVIORAL);
        handshake(interview, null).expectStatus().isUnauthorized()
                .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(401);
        User other = newUser();
        handshake(interview, other.tokens().access()).expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(404);
    }

    @Test
    void anotherUsersInterviewIsRefusedWith404() {
        User owner = newUser();
        UUID interview = create(owner, InterviewMode.BEHAVIORAL);
        User other = newUser();
        assertThat(LiveSocket.refusal(LiveSocket.uri(port, interview, ""), new HttpHeaders(),
                List.of("bearer", other.tokens().access()))).isEqualTo(404);
        assertThat(LiveSocket.refusal(LiveSocket.uri(port, UUID.randomUUID(), ""), new HttpHeaders(),
                List.of("bearer", owner.tokens().access()))).as("unknown id").isEqualTo(404);
        assertThat(LiveSocket.refusal(LiveSocket.uri(port, "not-an-id", ""), new HttpHeaders(),
                List.of("bearer", owner.tokens().access()))).as("malformed id").isEqualTo(404);
        // Nothing happened to the owner's interview.
        assertThat(engine.get(owner.id(), interview).block(LiveSocket.TIMEOUT).status()).isEqualTo(SessionStatus.CREATED);
    }

    private WebTestClient.ResponseSpec handshake(UUID interview, String token) {
        return client.get().uri("/ws/interviews/" + interview).headers(headers -> {
            headers.set(HttpHeaders.UPGRADE, "websocket");
            headers.set(HttpHeaders.CONNECTION, "Upgrade");
            headers.set("Sec-WebSocket-Key", "dGhlIHNhbXBsZSBub25jZQ==");
            headers.set("Sec-WebSocket-Version", "13");
            if (token != null) {
                headers.set("Sec-WebSocket-Protocol", "bearer, " + token);
            }
        }).exchange();
    }

    private User newUser() {
        String email = ApiClient.newEmail();
        UUID id = UUID.fromString((String) api.register(email).get("id"));
        return new User(id, api.login(email));
    }

    private UUID create(User user, InterviewMode mode) {
        InterviewSession session = engine.create(user.id(), NewInterview.of(mode, Difficulty.MEDIUM))
                .block(LiveSocket.TIMEOUT);
        return session.id();
    }

    private record User(UUID id, Tokens tokens) {
    }
}
