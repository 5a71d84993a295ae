package dev.maangtracker.app.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maangtracker.app.ApiClient;
import dev.maangtracker.app.TestClockConfiguration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The API limit per user and the sign-in limits per account and per address answer 429
 * problem+json with {@code Retry-After}; each counts only its own key. Limits are small here; the
 * client address comes from {@code X-Forwarded-For} (the server honours it behind the proxy), so each
 * test signs in from addresses of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "maang.security.rate-limit.api.capacity=5",
        "maang.security.rate-limit.login-account.capacity=3",
        "maang.security.rate-limit.login-ip.capacity=4"})
@AutoConfigureWebTestClient
@Import(TestClockConfiguration.class)
class RateLimitTest {

    @Autowired
    private WebTestClient client;

    @Test
    void limitsApiRequestsPerUser() {
        String first = signedIn("10.0.1.1");
        String second = signedIn("10.0.1.2");
        for (int i = 0; i < 5; i++) {
            api(first).expectStatus().isOk();
        }
        api(first).expectStatus().isEqualTo(429)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().value("Retry-After", after -> assertThat(Long.parseLong(after)).isBetween(1L, 60L))
                .expectBody()
                .jsonPath("$.status").isEqualTo(429)
                .jsonPath("$.detail").value(d -> assertThat((String) d).startsWith("Too many requests: at most 5 per 60 s."))
                .jsonPath("$.instance").isEqualTo("/api/v1/interviews")
                .jsonPath("$.requestId").exists();
        // Another user's bucket is untouched, and public endpoints are not counted against anyone.
        api(second).expectStatus().isOk();
        client.get().uri("/actuator/health").exchange().expectStatus().isOk();
    }

    @Test
    void limitsSignInAttemptsPerAccount() {
        String email = ApiClient.newEmail();
        new ApiClient(client).register(email);
        for (int i = 0; i < 3; i++) {
            login(email, "wrong password!", "10.0.2." + i).expectStatus().isUnauthorized();
        }
        // Even the right password, from a fresh address: the account's bucket is empty.
        login(email, ApiClient.PASSWORD, "10.0.2.9").expectStatus().isEqualTo(429)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().value("Retry-After", after -> assertThat(Long.parseLong(after)).isBetween(1L, 60L))
                .expectBody().jsonPath("$.detail").value(d ->
                        assertThat((String) d).startsWith("Too many sign-in attempts for this account."));
        // Another account from the same address is fine.
        String other = ApiClient.newEmail();
        new ApiClient(client).register(other);
        login(other, ApiClient.PASSWORD, "10.0.2.9").expectStatus().isOk();
    }

    @Test
    void limitsSignInAttemptsPerAddress() {
        for (int i = 0; i < 4; i++) {
            login(ApiClient.newEmail(), "wrong password!", "10.0.3.1").expectStatus().isUnauthorized();
        }
        login(ApiClient.newEmail(), "wrong password!", "10.0.3.1").expectStatus().isEqualTo(429)
                .expectHeader().exists("Retry-After")
                .expectBody().jsonPath("$.detail").value(d ->
                        assertThat((String) d).startsWith("Too many sign-in attempts from this address."));
        login(ApiClient.newEmail(), "wrong password!", "10.0.3.2").expectStatus().isUnauthorized();
    }

    @Test
    void invalidSignInBodiesAreRejectedBeforeCounting() {
        for (int i = 0; i < 6; i++) {
            client.post().uri("/api/v1/auth/login").header("X-Forwarded-For", "10.0.4.1")
                    .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("email", "")).exchange()
                    .expectStatus().isBadRequest();
        }
        login(ApiClient.newEmail(), "wrong password!", "10.0.4.1").expectStatus().isUnauthorized();
    }

    private String signedIn(String address) {
        String email = ApiClient.newEmail();
        new ApiClient(client).register(email);
        return client.post().uri("/api/v1/auth/login").header("X-Forwarded-For", address)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("email", email, "password", ApiClient.PASSWORD)).exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody()
                .get("accessToken").toString();
    }

    private WebTestClient.ResponseSpec api(String token) {
        return client.get().uri("/api/v1/interviews").headers(h -> h.setBearerAuth(token)).exchange();
    }

    private WebTestClient.ResponseSpec login(String email, String password, String address) {
        return client.post().uri("/api/v1/auth/login").header("X-Forwarded-For", address)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("email", email, "password", password))
                .exchange();
    }
}
