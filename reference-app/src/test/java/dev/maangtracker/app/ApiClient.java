package dev.maangtracker.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Calls the sign-in endpoints the way a client does, for tests that need a signed-in user. */
public final class ApiClient {

    public static final String PASSWORD = "correct horse battery";

    private final WebTestClient client;

    public ApiClient(WebTestClient client) {
        this.client = client;
    }

    /** A fresh, unique email. */
    public static String newEmail() {
        return "user-" + UUID.randomUUID() + "@example.com";
    }

    /** Registers and expects 201. */
    public Map<String, Object> register(String email) {
        return client.post().uri("/api/v1/auth/register").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("email", email, "password", PASSWORD, "fullName", "Test User"))
                .exchange().expectStatus().isCreated()
                .expectBody(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() { })
                .returnResult().getResponseBody();
    }

    /** Signs in and expects tokens. */
    public Tokens login(String email) {
        Map<String, Object> body = client.post().uri("/api/v1/auth/login").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("email", email, "password", PASSWORD))
                .exchange().expectStatus().isOk()
                .expectBody(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() { })
                .returnResult().getResponseBody();
        return Tokens.of(body);
    }

    /** Registers a new user and signs in. */
    public Tokens newUser() {
        String email = newEmail();
        register(email);
        return login(email);
    }

    /** Posts a refresh token to refresh and returns the exchange for assertions. */
    public WebTestClient.ResponseSpec refresh(String refreshToken) {
        return client.post().uri("/api/v1/auth/refresh").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("refreshToken", refreshToken)).exchange();
    }

    /** GET /me with the token. */
    public WebTestClient.ResponseSpec me(String accessToken) {
        return client.get().uri("/api/v1/me").headers(h -> h.setBearerAuth(accessToken)).exchange();
    }

    /**
     * The token pair of a sign-in or refresh.
     *
     * @param access  the JWT
     * @param refresh the opaque refresh token
     */
    public record Tokens(String access, String refresh) {

        static Tokens of(Map<String, Object> body) {
            assertThat(body).containsEntry("tokenType", "Bearer").containsKeys("accessToken", "refreshToken", "expiresIn");
            return new Tokens((String) body.get("accessToken"), (String) body.get("refreshToken"));
        }
    }
}
