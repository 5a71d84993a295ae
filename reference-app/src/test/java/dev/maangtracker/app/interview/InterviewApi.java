package dev.maangtracker.app.interview;

import dev.maangtracker.app.StrongAnswers;
import java.time.Duration;
import java.util.Map;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Calls the interview endpoints as a client does, for the interview tests. */
final class InterviewApi {

    /** Judging code on every test, plus the growth check, takes seconds in the sandbox. */
    static final Duration TIMEOUT = Duration.ofSeconds(90);
    static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() { };

    private final WebTestClient client;
    private final String token;

    InterviewApi(WebTestClient client, String token) {
        this.client = client.mutate().responseTimeout(TIMEOUT).build();
        this.token = token;
    }

    /** POST /interviews, expecting 201. */
    Map<String, Object> create(Map<String, Object> body) {
        return post("/api/v1/interviews", body).expectStatus().isCreated().expectBody(JSON).returnResult()
                .getResponseBody();
    }

    /** POST to a path with a JSON body (or none). */
    WebTestClient.ResponseSpec post(String path, Object body) {
        WebTestClient.RequestBodySpec request = client.post().uri(path).headers(h -> h.setBearerAuth(token));
        return body == null ? request.exchange()
                : request.contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    /** GET a path. */
    WebTestClient.ResponseSpec get(String path) {
        return client.get().uri(path).headers(h -> h.setBearerAuth(token)).exchange();
    }

    /** DELETE a path. */
    WebTestClient.ResponseSpec delete(String path) {
        return client.delete().uri(path).headers(h -> h.setBearerAuth(token)).exchange();
    }

    /** POST and expect 200 with a JSON object. */
    Map<String, Object> ok(String path, Object body) {
        return post(path, body).expectStatus().isOk().expectBody(JSON).returnResult().getResponseBody();
    }

    /** GET and expect 200 with a JSON object. */
    Map<String, Object> read(String path) {
        return get(path).expectStatus().isOk().expectBody(JSON).returnResult().getResponseBody();
    }

    /** A solution shipped with sdk-core's tests: {@code reference} (correct) or {@code wrong}. */
    static String python(String kind, String problemId) {
        return StrongAnswers.python(kind, problemId);
    }
}
