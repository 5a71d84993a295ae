package dev.maangtracker.app.interview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maangtracker.app.ApiClient;
import dev.maangtracker.app.FullModeServer;
import dev.maangtracker.boot.judge.queue.RedisStreamsCodeJudge;
import dev.maangtracker.boot.metrics.MeteredCodeJudge;
import dev.maangtracker.boot.ratelimit.LettuceRateLimiter;
import dev.maangtracker.boot.ratelimit.RateLimiter;
import dev.maangtracker.core.judge.CodeJudge;
import io.r2dbc.spi.ConnectionFactory;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.ScanOptions;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The interview and judge endpoints in full mode: sessions and code submissions in PostgreSQL, the
 * judge behind the Redis Streams queue, rate limits counted in Redis. A coding answer's verdicts
 * still reach the answer's response through the queue, and the submission is stored linked to the
 * interview and its answer turn.
 */
class InterviewFullModeIT {

    private static final int API_LIMIT = 40;

    private static WebTestClient client;

    private static FullModeServer full;

    @BeforeAll
    static void startInFullMode() throws InterruptedException {
        full = FullModeServer.start("interviews",
                "--maang.judge.queue=redis",
                // Generous, so the limiter counts in Redis even on a loaded machine (see countsTheApiLimitInRedis).
                "--maang.redis.command-timeout=5s",
                "--maang.security.rate-limit.api.capacity=" + API_LIMIT);
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
    void judgesACodingAnswerThroughTheQueueAndStoresItsSubmission() {
        assertThat(MeteredCodeJudge.unwrap(full.app().getBean(CodeJudge.class))).isInstanceOf(RedisStreamsCodeJudge.class);
        String email = ApiClient.newEmail();
        ApiClient accounts = new ApiClient(client);
        UUID userId = UUID.fromString((String) accounts.register(email).get("id"));
        InterviewApi api = new InterviewApi(client, accounts.login(email).access());

        String id = (String) api.create(Map.of("type", "CODING", "difficulty", "EASY")).get("id");
        String base = "/api/v1/interviews/" + id;
        Map<String, Object> question = InterviewFlowTest.map(api.ok(base + "/start", null).get("question"));
        String problem = (String) question.get("id");
        Map<String, Object> answered = api.ok(base + "/answer", Map.of("answer",
                "I keep what I need in a hash map and scan once: O(n) time and O(n) space.",
                "code", InterviewApi.python("reference", problem), "language", "python"));
        Map<String, Object> verdicts = InterviewFlowTest.map(answered.get("verdicts"));
        assertThat(verdicts).as("verdicts of %s", answered.get("feedback")).containsEntry("verdict", "ACCEPTED");
        assertThat(verdicts.get("passed")).isEqualTo(verdicts.get("total"));

        Map<String, Object> report = InterviewFlowTest.map(api.ok(base + "/complete", null).get("report"));
        List<Map<String, Object>> submissions = InterviewFlowTest.list(report.get("submissions"));
        assertThat(submissions).singleElement().satisfies(s -> assertThat(s)
                .containsEntry("submissionId", verdicts.get("submissionId")).containsEntry("problemSlug", problem)
                .containsEntry("verdict", "ACCEPTED"));

        DatabaseClient sql = DatabaseClient.create(full.app().getBean(ConnectionFactory.class));
        Long stored = sql.sql("SELECT count(*) FROM code_submissions WHERE user_id = :user AND session_id = :session")
                .bind("user", userId).bind("session", UUID.fromString(id))
                .map(row -> row.get(0, Long.class)).one().block(Duration.ofSeconds(10));
        assertThat(stored).isEqualTo(1L);

        // Deleting the interview deletes its submissions with it (foreign key, ON DELETE CASCADE).
        api.delete(base).expectStatus().isNoContent();
        assertThat(sql.sql("SELECT count(*) FROM code_submissions WHERE session_id = :session")
                .bind("session", UUID.fromString(id)).map(row -> row.get(0, Long.class)).one()
                .block(Duration.ofSeconds(10))).isZero();
    }

    @Test
    void countsTheApiLimitInRedis() {
        assertThat(full.app().getBean(RateLimiter.class)).isInstanceOf(LettuceRateLimiter.class);
        InterviewApi api = new InterviewApi(client, new ApiClient(client).newUser().access());
        int allowed = 0;
        EntityExchangeResult<byte[]> last = api.get("/api/v1/interviews").expectBody(byte[].class).returnResult();
        while (last.getStatus().is2xxSuccessful()) {
            allowed++;
            // A Redis call slower than maang.redis.command-timeout is counted in a per-instance bucket of
            // the same size instead, so a loaded machine may let up to twice the limit through.
            assertThat(allowed).as("the limit stops the requests").isLessThanOrEqualTo(2 * API_LIMIT);
            last = api.get("/api/v1/interviews").expectBody(byte[].class).returnResult();
        }
        assertThat(last.getStatus().value()).isEqualTo(429);
        assertThat(last.getResponseHeaders().getFirst("Retry-After")).isNotBlank();
        assertThat(allowed).isGreaterThanOrEqualTo(API_LIMIT);
        ReactiveStringRedisTemplate redis = full.app().getBean(ReactiveStringRedisTemplate.class);
        assertThat(redis.scan(ScanOptions.scanOptions().match(full.prefix() + "*api*").build()).collectList()
                .block(Duration.ofSeconds(10))).isNotEmpty();
    }
}
