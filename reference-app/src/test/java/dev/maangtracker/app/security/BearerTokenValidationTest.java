package dev.maangtracker.app.security;

import dev.maangtracker.app.ApiClient;
import dev.maangtracker.app.TestClockConfiguration;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Every way an access token can be wrong gets 401 problem+json: tampered, wrongly signed, unsigned, other claims. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
@Import(TestClockConfiguration.class)
class BearerTokenValidationTest {

    @Autowired
    private WebTestClient client;
    @Autowired
    private JwtEncoder encoder;
    @Autowired
    private Clock clock;

    private void assertRejected(String token) {
        client.get().uri("/api/v1/me").headers(h -> h.setBearerAuth(token)).exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals("WWW-Authenticate", "Bearer error=\"invalid_token\"")
                .expectBody().jsonPath("$.status").isEqualTo(401).jsonPath("$.requestId").exists();
    }

    private String validTokenOfANewUser() {
        return new ApiClient(client).newUser().access();
    }

    @Test
    void aTamperedSignatureIsRejected() {
        String token = validTokenOfANewUser();
        int last = token.length() - 2;
        char flipped = token.charAt(last) == 'A' ? 'B' : 'A';
        assertRejected(token.substring(0, last) + flipped + token.charAt(last + 1));
    }

    @Test
    void aTamperedPayloadIsRejected() {
        String[] parts = validTokenOfANewUser().split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("[\"USER\"]", "[\"USER\",\"ADMIN\"]");
        assertRejected(parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2]);
    }

    @Test
    void aTokenSignedWithAnotherSecretIsRejected() {
        String subject = subjectOf(validTokenOfANewUser());
        JwtEncoder other = NimbusJwtEncoder.withSecretKey(new SecretKeySpec(
                "another-secret-of-at-least-32-bytes!!".getBytes(StandardCharsets.UTF_8), "HmacSHA256"))
                .algorithm(MacAlgorithm.HS256).build();
        assertRejected(encode(other, subject, claims -> { }));
    }

    @Test
    void anUnsignedTokenIsRejected() {
        String[] parts = validTokenOfANewUser().split("\\.");
        String none = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8));
        assertRejected(none + "." + parts[1] + ".");
    }

    @Test
    void anotherIssuerOrAudienceIsRejected() {
        String subject = subjectOf(validTokenOfANewUser());
        assertRejected(encode(encoder, subject, claims -> claims.issuer("someone-else")));
        assertRejected(encode(encoder, subject, claims -> claims.audience(List.of("another-api"))));
    }

    @Test
    void aTokenWeSignedForAnAccountThatDoesNotExistIsRejected() {
        assertRejected(encode(encoder, UUID.randomUUID().toString(), claims -> { }));
    }

    @Test
    void aCorrectlyBuiltTokenIsAccepted() {
        String subject = subjectOf(validTokenOfANewUser());
        client.get().uri("/api/v1/me").headers(h -> h.setBearerAuth(encode(encoder, subject, claims -> { })))
                .exchange().expectStatus().isOk();
    }

    @Test
    void garbageInTheAuthorizationHeaderIsRejected() {
        assertRejected("not-a-jwt");
        client.get().uri("/api/v1/me").header("Authorization", "Bearer ***").exchange()
                .expectStatus().isUnauthorized().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    private String encode(JwtEncoder with, String subject, Consumer<JwtClaimsSet.Builder> change) {
        Instant now = clock.instant();
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder().issuer("maang-tracker").audience(List.of("maang-tracker-api"))
                .subject(subject).issuedAt(now).expiresAt(now.plus(Duration.ofMinutes(5))).claim("roles", List.of("USER"));
        change.accept(claims);
        return with.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims.build()))
                .getTokenValue();
    }

    private static String subjectOf(String token) {
        String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        int start = payload.indexOf("\"sub\":\"") + 7;
        return payload.substring(start, payload.indexOf('"', start));
    }
}
