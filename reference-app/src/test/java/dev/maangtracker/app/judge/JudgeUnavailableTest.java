package dev.maangtracker.app.judge;

import dev.maangtracker.app.ApiClient;
import dev.maangtracker.app.TestClockConfiguration;
import dev.maangtracker.boot.judge.MaangJudgeAutoConfiguration;
import dev.maangtracker.core.error.UnavailableException;
import dev.maangtracker.core.judge.CodeJudge;
import dev.maangtracker.core.judge.JudgeAvailability;
import dev.maangtracker.core.judge.JudgeResult;
import dev.maangtracker.core.judge.Language;
import dev.maangtracker.core.judge.Submission;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Mono;

/**
 * A judge that cannot run a language, or whose queue is full: 503 problem+json with the reason, and
 * {@code Retry-After} when the judge says when to come back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
@Import({TestClockConfiguration.class, JudgeUnavailableTest.BusyJudge.class})
class JudgeUnavailableTest {

    @Autowired
    private WebTestClient client;

    private String token;

    @BeforeEach
    void signIn() {
        token = new ApiClient(client).newUser().access();
    }

    @Test
    void aLanguageTheJudgeCannotRunAnswers503WithTheReason() {
        run("javascript").expectStatus().isEqualTo(503)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().doesNotExist("Retry-After")
                .expectBody().jsonPath("$.detail")
                .isEqualTo("the code judge (node is not installed) is unavailable; try again later");
    }

    @Test
    void aFullQueueAnswers503WithRetryAfter() {
        run("python").expectStatus().isEqualTo(503)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals("Retry-After", "7")
                .expectBody().jsonPath("$.detail").isEqualTo("the judge queue is busy; try again in 7 s");
    }

    private WebTestClient.ResponseSpec run(String language) {
        return client.post().uri("/api/v1/judge/run").headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("problemSlug", "pair-with-target-sum", "language", language, "code", "x = 1"))
                .exchange();
    }

    /** Replaces the sandbox judge: JavaScript missing, and a queue that is always full. */
    @TestConfiguration(proxyBeanMethods = false)
    static class BusyJudge {

        @Bean(name = MaangJudgeAutoConfiguration.BEAN)
        CodeJudge codeJudge() {
            return new CodeJudge() {
                @Override
                public Mono<JudgeResult> judge(Submission submission) {
                    return Mono.error(UnavailableException.busy("the judge queue", Duration.ofSeconds(7)));
                }

                @Override
                public JudgeAvailability availability() {
                    return new JudgeAvailability(Optional.empty(), Map.of(Language.JAVASCRIPT, "node is not installed"));
                }
            };
        }
    }
}
