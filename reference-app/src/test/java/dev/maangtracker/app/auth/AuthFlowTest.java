package dev.maangtracker.app.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maangtracker.app.ApiClient;
import dev.maangtracker.app.ApiClient.Tokens;
import dev.maangtracker.app.TestClockConfiguration;
import dev.maangtracker.app.TestClockConfiguration.MutableClock;
import dev.maangtracker.core.user.Role;
import dev.maangtracker.core.user.UserAccount;
import dev.maangtracker.core.user.UserAccountRepository;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The sign-in flow over HTTP in the embedded default: register, login, /me, rotation, reuse, logout, deletion. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
@Import(TestClockConfiguration.class)
class AuthFlowTest {

    @Autowired
    private WebTestClient client;
    @Autowired
    private MutableClock clock;
    @Autowired
    private UserAccountRepository users;
    @Autowired
    private PasswordEncoder passwords;

    private ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(client);
    }

    @Test
    void registersLogsInAndReadsTheAccount() {
        String email = ApiClient.newEmail();
        Map<String, Object> created = api.register(email);
        assertThat(created).containsOnlyKeys("id", "email", "fullName", "timeZone", "roles", "createdAt")
                .containsEntry("email", email).containsEntry("fullName", "Test User");
        assertThat(created.get("roles")).isEqualTo(java.util.List.of("USER"));

        Tokens tokens = api.login(email.toUpperCase(java.util.Locale.ROOT));
        api.me(tokens.access()).expectStatus().isOk()
                .expectBody().jsonPath("$.id").isEqualTo(created.get("id"))
                .jsonPath("$.passwordHash").doesNotExist()
                .jsonPath("$.version").doesNotExist();
    }

    @Test
    void loginAnswersTokensWithTheirLifetime() {
        String email = ApiClient.newEmail();
        api.register(email);
        client.post().uri("/api/v1/auth/login").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("email", email, "password", ApiClient.PASSWORD))
                .exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.tokenType").isEqualTo("Bearer")
                .jsonPath("$.expiresIn").isEqualTo(900)
                .jsonPath("$.refreshToken").value(token -> assertThat((String) token).matches("[A-Za-z0-9_-]{43}"));
    }

    @Test
    void theAccessTokenCarriesSubjectRolesIssuerAndAudience() {
        String email = ApiClient.newEmail();
        String id = (String) api.register(email).get("id");
        String payload = new String(Base64.getUrlDecoder().decode(api.login(email).access().split("\\.")[1]));
        assertThat(payload).contains("\"sub\":\"" + id + "\"").contains("\"roles\":[\"USER\"]")
                .contains("\"iss\":\"maang-tracker\"").contains("\"aud\":\"maang-tracker-api\"");
    }

    @Test
    void aTakenEmailInAnyCaseIsAConflict() {
        String email = ApiClient.newEmail();
        api.register(email);
        client.post().uri("/api/v1/auth/register").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("email", email.toUpperCase(java.util.Locale.ROOT), "password", ApiClient.PASSWORD))
                .exchange().expectStatus().isEqualTo(409)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(409).jsonPath("$.detail").value(d ->
                        assertThat((String) d).contains("email"));
    }

    @Test
    void wrongPasswordAndUnknownEmailGetTheSame401() {
        String email = ApiClient.newEmail();
        api.register(email);
        String wrongPassword = loginDetail(email, "not the password");
        String unknownEmail = loginDetail(ApiClient.newEmail(), ApiClient.PASSWORD);
        assertThat(wrongPassword).isEqualTo(unknownEmail).isEqualTo(AuthService.BAD_CREDENTIALS);
    }

    private String loginDetail(String email, String password) {
        return (String) client.post().uri("/api/v1/auth/login").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("email", email, "password", password))
                .exchange().expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(Map.class).returnResult().getResponseBody().get("detail");
    }

    @Test
    void registrationNamesEveryInvalidField() {
        client.post().uri("/api/v1/auth/register").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("email", "not-an-email", "password", "short", "fullName", "x".repeat(201)))
                .exchange().expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.errors[*].field").value(fields -> assertThat(fields.toString())
                        .contains("email").contains("password").contains("fullName"))
                .jsonPath("$.errors[0].message").exists();
    }

    @Test
    void passwordsAboveTheLimitAreRefusedBeforeHashing() {
        client.post().uri("/api/v1/auth/register").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("email", ApiClient.newEmail(), "password", "p".repeat(PasswordPolicy.MAX_LENGTH + 1)))
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("password");
    }

    @Test
    void refreshRotatesAndReuseRevokesTheWholeFamily() {
        Tokens first = api.newUser();
        Tokens second = refreshed(first.refresh());
        assertThat(second.refresh()).isNotEqualTo(first.refresh());
        api.me(second.access()).expectStatus().isOk();
        Tokens third = refreshed(second.refresh());

        // The first token is spent: presenting it again is reuse.
        api.refresh(first.refresh()).expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        // Every token of the family is revoked, the newest included.
        api.refresh(third.refresh()).expectStatus().isUnauthorized();
    }

    @Test
    void reuseInOneSignInLeavesAnotherSignInWorking() {
        String email = ApiClient.newEmail();
        api.register(email);
        Tokens laptop = api.login(email);
        Tokens phone = api.login(email);
        refreshed(laptop.refresh());
        api.refresh(laptop.refresh()).expectStatus().isUnauthorized();
        refreshed(phone.refresh());
    }

    @Test
    void logoutRevokesTheFamily() {
        Tokens first = api.newUser();
        Tokens second = refreshed(first.refresh());
        client.post().uri("/api/v1/auth/logout").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("refreshToken", second.refresh()))
                .exchange().expectStatus().isNoContent();
        api.refresh(second.refresh()).expectStatus().isUnauthorized();
        client.post().uri("/api/v1/auth/logout").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("refreshToken", second.refresh()))
                .exchange().expectStatus().isNoContent(); // idempotent
    }

    @Test
    void anUnknownRefreshTokenIs401() {
        api.refresh("nobody-issued-this").expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.detail").isEqualTo(AuthService.BAD_REFRESH_TOKEN);
    }

    @Test
    void deletingTheAccountEndsItsTokens() {
        Tokens tokens = api.newUser();
        client.delete().uri("/api/v1/me").headers(h -> h.setBearerAuth(tokens.access()))
                .exchange().expectStatus().isNoContent();
        api.me(tokens.access()).expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        api.refresh(tokens.refresh()).expectStatus().isUnauthorized();
    }

    @Test
    void anExpiredAccessTokenIs401() {
        Tokens tokens = api.newUser();
        api.me(tokens.access()).expectStatus().isOk();
        clock.advance(Duration.ofMinutes(16));
        api.me(tokens.access()).expectStatus().isUnauthorized()
                .expectHeader().valueEquals("WWW-Authenticate", "Bearer error=\"invalid_token\"")
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        // The refresh token outlives it and brings a working access token.
        api.me(refreshed(tokens.refresh()).access()).expectStatus().isOk();
    }

    @Test
    void adminPathsNeedTheAdminRole() {
        Tokens user = api.newUser();
        client.get().uri("/api/v1/admin/users").headers(h -> h.setBearerAuth(user.access()))
                .exchange().expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(403);

        String adminEmail = ApiClient.newEmail();
        Instant now = clock.instant();
        users.create(new UserAccount(UUID.randomUUID(), adminEmail, passwords.encode(ApiClient.PASSWORD), "Admin",
                ZoneOffset.UTC, EnumSet.of(Role.USER, Role.ADMIN), now, now, 0)).block(Duration.ofSeconds(10));
        Tokens admin = api.login(adminEmail);
        client.get().uri("/api/v1/admin/users").headers(h -> h.setBearerAuth(admin.access()))
                .exchange().expectStatus().isNotFound() // past security; no admin endpoint yet
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        client.get().uri("/api/v1/admin/users").exchange().expectStatus().isUnauthorized();
    }

    private Tokens refreshed(String refreshToken) {
        Map<String, Object> body = api.refresh(refreshToken).expectStatus().isOk()
                .expectBody(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() { })
                .returnResult().getResponseBody();
        assertThat(body).containsEntry("tokenType", "Bearer");
        return new Tokens((String) body.get("accessToken"), (String) body.get("refreshToken"));
    }
}
