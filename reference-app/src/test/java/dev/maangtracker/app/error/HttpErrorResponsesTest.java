package dev.maangtracker.app.error;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maangtracker.app.TestClockConfiguration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;

/**
 * Errors that arise before or around controllers, over real HTTP: each is problem+json with the
 * right status, a request id and no internals; plus the security headers on every response.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
@Import(TestClockConfiguration.class)
class HttpErrorResponsesTest {

    @Autowired
    private WebTestClient client;

    private WebTestClient.BodyContentSpec problem(WebTestClient.ResponseSpec response, int status) {
        return response.expectStatus().isEqualTo(status)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(status)
                .jsonPath("$.title").exists()
                .jsonPath("$.detail").exists()
                .jsonPath("$.requestId").exists();
    }

    private WebTestClient.ResponseSpec postLogin(String json) {
        return client.post().uri("/api/v1/auth/login").contentType(MediaType.APPLICATION_JSON).bodyValue(json).exchange();
    }

    @Test
    void malformedJsonIs400() {
        problem(postLogin("{\"email\": \"a@b.c\", "), 400)
                .jsonPath("$.detail").isEqualTo("The request body is not valid JSON.");
    }

    @Test
    void aValueOfTheWrongTypeNamesTheField() {
        problem(postLogin("{\"email\": {\"nested\": 1}, \"password\": \"correct horse battery\"}"), 400)
                .jsonPath("$.errors[0].field").isEqualTo("email");
    }

    @Test
    void aMissingBodyIs400() {
        problem(client.post().uri("/api/v1/auth/login").contentType(MediaType.APPLICATION_JSON).exchange(), 400);
    }

    @Test
    void anUnknownRouteIs404Problem() {
        problem(client.get().uri("/no/such/page").exchange(), 404)
                .jsonPath("$.instance").isEqualTo("/no/such/page");
    }

    @Test
    void anUnsupportedMethodIs405WithAllow() {
        problem(client.put().uri("/api/v1/auth/login").contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                .exchange().expectHeader().valueMatches("Allow", ".*POST.*"), 405);
    }

    @Test
    void anUnsupportedContentTypeIs415() {
        problem(client.post().uri("/api/v1/auth/login").contentType(MediaType.TEXT_PLAIN).bodyValue("hello").exchange(), 415);
    }

    @Test
    void anOversizedBodyIs413WhetherAnnouncedOrStreamed() {
        String big = "{\"email\":\"" + "a".repeat(1_100_000) + "\"}";
        problem(postLogin(big), 413);

        Flux<DataBuffer> chunked = Flux.range(0, 20).map(i -> DefaultDataBufferFactory.sharedInstance
                .wrap(new byte[64 * 1024]));
        problem(client.post().uri("/api/v1/auth/login").contentType(MediaType.APPLICATION_JSON)
                .body(chunked, DataBuffer.class).exchange(), 413);
    }

    @Test
    void aRequestIdIsEchoedOrMadeUp() {
        client.get().uri("/no/such/page").header("X-Request-Id", "trace-42").exchange()
                .expectHeader().valueEquals("X-Request-Id", "trace-42")
                .expectBody().jsonPath("$.requestId").isEqualTo("trace-42");
        client.get().uri("/no/such/page").header("X-Request-Id", "x".repeat(65)).exchange()
                .expectHeader().valueMatches("X-Request-Id", "[0-9a-f-]{36}");
    }

    @Test
    void securityHeadersAreOnEveryResponse() {
        for (WebTestClient.ResponseSpec response : new WebTestClient.ResponseSpec[] {
                client.get().uri("/api/v1/me").exchange(),
                client.get().uri("/actuator/health").exchange(),
                postLogin("{}")}) {
            response.expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                    .expectHeader().valueEquals("X-Frame-Options", "DENY")
                    .expectHeader().valueEquals("Referrer-Policy", "no-referrer")
                    .expectHeader().valueMatches("Content-Security-Policy", ".*default-src 'self'.*frame-ancestors 'none'.*")
                    .expectHeader().valueMatches("Cache-Control", ".*no-store.*");
        }
    }

    @Test
    void noCorsHeadersUnlessOriginsAreConfigured() {
        client.get().uri("/api/v1/me").header("Origin", "https://evil.example").exchange()
                .expectHeader().doesNotExist("Access-Control-Allow-Origin");
    }

    @Test
    void apiDocsArePublicAndDeclareTheBearerScheme() {
        // springdoc builds the document on its first request, which takes seconds on a busy 2-core machine.
        client.mutate().responseTimeout(java.time.Duration.ofSeconds(30)).build()
                .get().uri("/v3/api-docs").exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.components.securitySchemes.bearer-jwt.scheme").isEqualTo("bearer")
                .jsonPath("$.components.securitySchemes.bearer-jwt.bearerFormat").isEqualTo("JWT")
                .jsonPath("$.paths['/api/v1/auth/login'].post.security").isEmpty()
                .jsonPath("$.paths['/api/v1/me'].get").exists();
        client.get().uri("/swagger-ui.html").exchange().expectStatus().is3xxRedirection();
    }

    @Test
    void managementEndpointsBeyondHealthNeedAdmin() {
        client.get().uri("/actuator/health").exchange().expectStatus().isOk();
        problem(client.get().uri("/actuator/env").exchange(), 401);
    }

    @Test
    void problemBodiesNeverCarryInternals() {
        Map<?, ?> body = client.post().uri("/api/v1/auth/register").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"email\": [1,2,{]").exchange().expectBody(Map.class).returnResult().getResponseBody();
        assertThat(body.toString()).doesNotContain("Exception").doesNotContain("jackson").doesNotContain("at dev.");
    }
}
