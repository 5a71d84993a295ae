package dev.maangtracker.app;

import java.util.List;
import java.util.Map;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Signed-in JSON calls for the API tests: the body of a call as a map or list, with the expected status checked. */
public final class ApiCalls {

    private static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() { };
    private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST =
            new ParameterizedTypeReference<>() { };

    private final WebTestClient client;
    private final String token;

    /**
     * @param client the test client
     * @param token  the caller's access token
     */
    public ApiCalls(WebTestClient client, String token) {
        this.client = client;
        this.token = token;
    }

    /** The exchange of one call, body optional. */
    public WebTestClient.ResponseSpec call(HttpMethod method, String uri, Object body) {
        WebTestClient.RequestBodySpec request = client.method(method).uri(uri).headers(h -> h.setBearerAuth(token));
        if (body == null) {
            return request.exchange();
        }
        return request.contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    /** GET expecting 200 and a JSON object. */
    public Map<String, Object> get(String uri) {
        return call(HttpMethod.GET, uri, null).expectStatus().isOk().expectBody(MAP).returnResult().getResponseBody();
    }

    /** GET expecting 200 and a JSON array. */
    public List<Map<String, Object>> list(String uri) {
        return call(HttpMethod.GET, uri, null).expectStatus().isOk().expectBody(LIST).returnResult()
                .getResponseBody();
    }

    /** A call expecting the status and a JSON object body. */
    public Map<String, Object> send(HttpMethod method, String uri, Object body, int status) {
        return call(method, uri, body).expectStatus().isEqualTo(status).expectBody(MAP).returnResult()
                .getResponseBody();
    }

    /** A call expecting 204. */
    public void noContent(HttpMethod method, String uri) {
        call(method, uri, null).expectStatus().isNoContent();
    }

    /** Records an attempt and expects 201. */
    public Map<String, Object> attempt(String slug, String outcome, int minutes, int hints) {
        return send(HttpMethod.POST, "/api/v1/problems/" + slug + "/attempts",
                Map.of("outcome", outcome, "minutes", minutes, "hintsUsed", hints, "language", "java"), 201);
    }

    /** Remembers a note and expects 201. */
    public Map<String, Object> remember(String content) {
        return send(HttpMethod.POST, "/api/v1/memory", Map.of("content", content, "topic", "graphs"), 201);
    }
}
