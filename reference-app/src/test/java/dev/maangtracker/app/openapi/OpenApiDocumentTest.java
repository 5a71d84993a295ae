package dev.maangtracker.app.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maangtracker.app.TestClockConfiguration;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The OpenAPI document lists the interview, question and judge endpoints. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
@Import(TestClockConfiguration.class)
class OpenApiDocumentTest {

    @Autowired
    private WebTestClient client;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/api/v1/interviews", "/api/v1/interviews/{id}", "/api/v1/interviews/{id}/start",
            "/api/v1/interviews/{id}/answer", "/api/v1/interviews/{id}/hint", "/api/v1/interviews/{id}/pause",
            "/api/v1/interviews/{id}/resume", "/api/v1/interviews/{id}/complete", "/api/v1/interviews/{id}/report",
            "/api/v1/interviews/{id}/turns", "/api/v1/questions/by-type/{type}", "/api/v1/questions/generate",
            "/api/v1/judge/run"})
    void documentsThePath(String path) {
        String document = new String(client.get().uri("/v3/api-docs").exchange().expectStatus().isOk()
                .expectBody().returnResult().getResponseBodyContent(), StandardCharsets.UTF_8);
        assertThat(document).contains("\"" + path + "\":");
    }
}
