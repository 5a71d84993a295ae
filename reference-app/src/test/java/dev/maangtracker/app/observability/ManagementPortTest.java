package dev.maangtracker.app.observability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maangtracker.app.ApiClient;
import dev.maangtracker.boot.metrics.MeteredCodeJudge;
import dev.maangtracker.core.judge.CodeJudge;
import dev.maangtracker.core.judge.Language;
import dev.maangtracker.core.judge.Submission;
import dev.maangtracker.core.judge.TestSelection;
import dev.maangtracker.core.question.QuestionBank;
import dev.maangtracker.rag.MessageType;
import dev.maangtracker.rag.retrieve.MemoryRetriever;
import dev.maangtracker.rag.write.MemoryWriter;
import dev.maangtracker.rag.write.NewMemory;
import dev.maangtracker.core.llm.LanguageModel;
import dev.maangtracker.core.llm.Prompt;
import java.time.Duration;
import java.util.List;
import org.springframework.ai.chat.messages.AssistantMessage;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.chat.model.ChatResponse;
import org.springframework.ai.chat.model.Generation;
import org.springframework.ai.chat.prompt.ChatOptions;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The deployment's layout: the actuator on a management port of its own ({@code management.server.port},
 * compose does not publish it), where Prometheus scrapes without a token; on the API port only the
 * probes are open. The scrape shows the starter's meters once a model call, retrieval and the judge
 * have run.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "management.server.port=0")
class ManagementPortTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @LocalServerPort
    private int apiPort;
    @LocalManagementPort
    private int managementPort;
    @Autowired
    private ApplicationContext context;

    private WebTestClient on(int port) {
        // A scrape with histograms outgrows the client's default 256 KB buffer.
        return WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port).responseTimeout(TIMEOUT)
                .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(16 * 1024 * 1024)).build();
    }

    @Test
    void prometheusIsScrapedWithoutATokenOnTheManagementPortOnly() {
        assertThat(managementPort).isNotEqualTo(apiPort);
        on(managementPort).get().uri("/actuator/prometheus").exchange().expectStatus().isOk();
        on(managementPort).get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
        // Not served openly on the API port: the actuator's paths there stay behind ADMIN (and answer 404 then).
        on(apiPort).get().uri("/actuator/prometheus").exchange().expectStatus().isUnauthorized();
        on(apiPort).get().uri("/readyz").exchange().expectStatus().isOk();
        // The API itself still needs its token.
        on(apiPort).get().uri("/api/v1/me").exchange().expectStatus().isUnauthorized();
    }

    /** A chat model answering at once, so the starter's resilient language model (and its timer) exists. */
    @TestConfiguration(proxyBeanMethods = false)
    static class AnsweringChatModel {
        @Bean
        ChatModel chatModel() {
            return new ChatModel() {
                @Override
                public ChatResponse call(org.springframework.ai.chat.prompt.Prompt prompt) {
                    return new ChatResponse(List.of(new Generation(new AssistantMessage("a reply"))));
                }

                @Override
                public ChatOptions getDefaultOptions() {
                    return ChatOptions.builder().model("fake-model").build();
                }
            };
        }
    }

    @Test
    void theScrapeShowsHttpModelRetrievalCacheAndJudgeMeters() {
        assertThat(context.getBean(LanguageModel.class).generate(Prompt.of("You interview.", "Hello")).block(TIMEOUT))
                .isEqualTo("a reply");
        new ApiClient(on(apiPort)).newUser();
        UUID user = UUID.randomUUID();
        context.getBean(MemoryWriter.class).remember(new NewMemory(user, null, null,
                "I sharded the payments database by merchant id", "databases", MessageType.ANSWER, Instant.now()))
                .block(TIMEOUT);
        MemoryRetriever retriever = context.getBean(MemoryRetriever.class);
        retriever.retrieve(user, "database sharding").block(TIMEOUT);
        retriever.retrieve(user, "database sharding").block(TIMEOUT);
        CodeJudge judge = context.getBean(CodeJudge.class);
        assertThat(judge).isInstanceOf(MeteredCodeJudge.class);
        judge.judge(new Submission(QuestionBank.loadDefault().codingProblems().get(0), Language.PYTHON,
                "def f():\n    return 1\n", TestSelection.VISIBLE)).onErrorResume(error -> reactor.core.publisher.Mono.empty())
                .block(TIMEOUT);

        String scrape = on(managementPort).get().uri("/actuator/prometheus").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(scrape)
                .contains("http_server_requests_seconds_bucket{")
                .containsPattern("maang_model_calls_seconds_count\\{[^}]*outcome=\"success\"[^}]*} 1")
                .containsPattern("maang_rag_retrievals_seconds_count\\{[^}]*outcome=\"searched\"[^}]*} 1")
                .containsPattern("maang_rag_retrievals_seconds_count\\{[^}]*outcome=\"cache_hit\"[^}]*} 1")
                .containsPattern("maang_rag_cache_lookups_total\\{[^}]*cache=\"in-process\"[^}]*result=\"hit\"[^}]*} 1")
                .containsPattern("maang_rag_cache_lookups_total\\{[^}]*cache=\"in-process\"[^}]*result=\"miss\"[^}]*} 1")
                .containsPattern("maang_judge_runs_seconds_count\\{[^}]*judge=\"codeJudge\"[^}]*language=\"python\"[^}]*} 1");
    }
}
