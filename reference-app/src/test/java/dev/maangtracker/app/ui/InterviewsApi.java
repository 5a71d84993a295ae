package dev.maangtracker.app.ui;

import java.util.Map;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Sets the scene for a browser test through the HTTP API: a user's interview already done, say. */
final class InterviewsApi {

    /** A STAR story with numbers, so the rubric interviewer has something to score. */
    static final String STORY = "Last year our team had three urgent deadlines in the same week. "
            + "My task was to decide what to ship first. I listed each request with its customer impact and effort, "
            + "agreed the order with the product manager and moved the reporting work to the next sprint. "
            + "As a result we shipped the payment fix two days early and churn fell by 12 percent.";

    private InterviewsApi() {
    }

    /** A BEHAVIORAL interview answered to the end and completed; answers its id. */
    static String completedInterview(WebTestClient api, String token) {
        Map<String, Object> created = post(api, token, "/api/v1/interviews", Map.of("type", "BEHAVIORAL"));
        String id = (String) created.get("id");
        post(api, token, "/api/v1/interviews/" + id + "/start", Map.of());
        Map<String, Object> answered;
        int answers = 0;
        do {
            answered = post(api, token, "/api/v1/interviews/" + id + "/answer", Map.of("answer", STORY, "durationSeconds", 60));
            answers++;
        } while (!Boolean.TRUE.equals(answered.get("finished")) && answers < 15);
        post(api, token, "/api/v1/interviews/" + id + "/complete", Map.of());
        return id;
    }

    /** POSTs JSON with the token and expects a 2xx JSON answer. */
    static Map<String, Object> post(WebTestClient api, String token, String path, Map<String, Object> body) {
        return api.post().uri(path).headers(h -> h.setBearerAuth(token)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange().expectStatus().is2xxSuccessful()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() { }).returnResult().getResponseBody();
    }

    /** GETs JSON with the token and expects 200. */
    static <T> T get(WebTestClient api, String token, String path, ParameterizedTypeReference<T> type) {
        return api.get().uri(path).headers(h -> h.setBearerAuth(token)).exchange().expectStatus().isOk()
                .expectBody(type).returnResult().getResponseBody();
    }
}
