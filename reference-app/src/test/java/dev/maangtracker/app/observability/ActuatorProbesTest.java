package dev.maangtracker.app.observability;

import dev.maangtracker.app.ApiClient;
import dev.maangtracker.app.TestClockConfiguration;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The probes and the metrics endpoint in the embedded default, where the actuator shares the API
 * port: liveness and readiness are UP with no service installed, and {@code /actuator/prometheus}
 * answers only an ADMIN.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
// The same context as the API tests' (EmbeddedModeTest must start its own to see the start-up log).
@Import(TestClockConfiguration.class)
class ActuatorProbesTest {

    private static final int SCRAPE_LIMIT = 16 * 1024 * 1024;

    @Autowired
    private WebTestClient client;
    @Autowired
    private JwtEncoder encoder;
    @Autowired
    private Clock clock;

    @Test
    void livenessAndReadinessAreUpWithoutDatabaseOrRedis() {
        client.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP")
                .jsonPath("$.components.livenessState.status").isEqualTo("UP")
                .jsonPath("$.components.r2dbc").doesNotExist()
                .jsonPath("$.components.redis").doesNotExist();
        client.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP")
                .jsonPath("$.components.readinessState.status").isEqualTo("UP")
                .jsonPath("$.components.r2dbc").doesNotExist()
                .jsonPath("$.components.redis").doesNotExist();
    }

    @Test
    void theProbesAreAlsoServedAtLivezAndReadyz() {
        client.get().uri("/livez").exchange().expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("UP");
        client.get().uri("/readyz").exchange().expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("UP");
    }

    @Test
    void prometheusOnTheApiPortNeedsAnAdmin() {
        client.get().uri("/actuator/prometheus").exchange().expectStatus().isUnauthorized();
        String user = new ApiClient(client).newUser().access();
        client.get().uri("/actuator/prometheus").headers(h -> h.setBearerAuth(user)).exchange()
                .expectStatus().isForbidden();
        String admin = adminTokenFor(subjectOf(user));
        // A scrape with histograms outgrows the client's default 256 KB buffer.
        client.mutate().codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(SCRAPE_LIMIT)).build()
                .get().uri("/actuator/prometheus").headers(h -> h.setBearerAuth(admin)).exchange()
                .expectStatus().isOk()
                .expectBody(String.class).value(body -> org.assertj.core.api.Assertions.assertThat(body)
                        .contains("http_server_requests_seconds_count").contains("application=\"maang-tracker\""));
    }

    private String adminTokenFor(String subject) {
        Instant now = clock.instant();
        JwtClaimsSet claims = JwtClaimsSet.builder().issuer("maang-tracker").audience(List.of("maang-tracker-api"))
                .subject(subject).issuedAt(now).expiresAt(now.plus(Duration.ofMinutes(5)))
                .claim("roles", List.of("USER", "ADMIN")).build();
        return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims))
                .getTokenValue();
    }

    private static String subjectOf(String token) {
        String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        int start = payload.indexOf("\"sub\":\"") + 7;
        return payload.substring(start, payload.indexOf('"', start));
    }
}
