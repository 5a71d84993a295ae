package dev.maangtracker.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maangtracker.app.TestClockConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The pages and their assets are public, served under the strict policy; the API stays protected. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
// The context the API tests share (EmbeddedModeTest needs one of its own to see the start-up log).
@Import(TestClockConfiguration.class)
class UiPagesTest {

    @Autowired
    private WebTestClient client;

    @Test
    void servesTheSignInPageAtTheRootUnderAStrictPolicy() {
        String policy = client.get().uri("/").accept(MediaType.TEXT_HTML).exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectBody(String.class).value(html -> assertThat(html).contains("id=\"signin-form\""))
                .returnResult().getResponseHeaders().getFirst("Content-Security-Policy");
        assertThat(policy).contains("script-src 'self';", "object-src 'none'", "frame-ancestors 'none'");
        assertThat(policy.replaceAll(".*script-src ([^;]*);.*", "$1")).isEqualTo("'self'");
    }

    @Test
    void servesEveryPageAndScriptWithoutSigningIn() {
        for (String page : new String[] {"/dashboard.html", "/roadmap.html", "/interview.html", "/report.html",
                "/memory.html", "/css/app.css"}) {
            client.get().uri(page).exchange().expectStatus().isOk();
        }
        for (String script : new String[] {"/js/api.js", "/js/interview.js", "/js/live.js",
                "/webjars/chart.js/4.5.1/dist/chart.umd.min.js"}) {
            // Module scripts load only with a JavaScript media type.
            client.get().uri(script).exchange().expectStatus().isOk()
                    .expectHeader().value("Content-Type", type -> assertThat(type).contains("javascript"));
        }
    }

    @Test
    void keepsTheApiBehindBearerTokens() {
        client.get().uri("/api/v1/me").exchange().expectStatus().isUnauthorized();
    }
}
