package dev.maangtracker.app.security;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.reactive.server.WebTestClient;

/** With {@code maang.security.cors.allowed-origins} set, exactly those origins may call the API from a browser. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "maang.security.cors.allowed-origins=https://app.example.com")
@AutoConfigureWebTestClient
class CorsTest {

    @Autowired
    private WebTestClient client;

    private WebTestClient.ResponseSpec preflight(String origin) {
        return client.method(HttpMethod.OPTIONS).uri("/api/v1/auth/login")
                .header("Origin", origin)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "Content-Type")
                .exchange();
    }

    @Test
    void aConfiguredOriginPassesThePreflight() {
        preflight("https://app.example.com").expectStatus().isOk()
                .expectHeader().valueEquals("Access-Control-Allow-Origin", "https://app.example.com")
                .expectHeader().valueMatches("Access-Control-Allow-Methods", ".*POST.*");
    }

    @Test
    void anyOtherOriginIsRefused() {
        preflight("https://evil.example").expectStatus().isForbidden()
                .expectHeader().doesNotExist("Access-Control-Allow-Origin");
    }
}
