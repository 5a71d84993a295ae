package dev.maangtracker.boot.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maangtracker.boot.model.GeminiClientAutoConfiguration;
import dev.maangtracker.boot.model.MaangModelAutoConfiguration;
import dev.maangtracker.boot.model.ModelCredentialsEnvironmentPostProcessor;
import dev.maangtracker.boot.ratelimit.MaangLocalLimiterAutoConfiguration;
import dev.maangtracker.boot.redis.MaangRedisAutoConfiguration;
import java.io.IOException;
import java.net.ServerSocket;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.ai.model.google.genai.autoconfigure.chat.GoogleGenAiChatAutoConfiguration;
import org.springframework.ai.model.google.genai.autoconfigure.embedding.GoogleGenAiTextEmbeddingAutoConfiguration;
import org.springframework.ai.model.tool.autoconfigure.ToolCallingAutoConfiguration;
import org.springframework.ai.retry.autoconfigure.SpringAiRetryAutoConfiguration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration;
import org.springframework.boot.data.redis.autoconfigure.DataRedisReactiveAutoConfiguration;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The full-mode settings (Redis, judge queue, model resilience) that fail start-up are explained by the
 * starter's failure analyzer naming the property, like the core ones of {@link MaangFailureAnalyzerTest}; the
 * auto-configuration tests of each feature check that they fail.
 */
class FullModeFailureAnalysisTest {

    private final MaangFailureAnalyzer analyzer = new MaangFailureAnalyzer();

    // Redis at a port nothing listens on (nothing here needs it to answer) and a Gemini key (nothing is called).
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withInitializer(context -> new ModelCredentialsEnvironmentPostProcessor()
                    .postProcessEnvironment(context.getEnvironment(), new SpringApplication()))
            .withConfiguration(AutoConfigurations.of(DataRedisAutoConfiguration.class,
                    DataRedisReactiveAutoConfiguration.class, MaangRedisAutoConfiguration.class,
                    MaangLocalLimiterAutoConfiguration.class, ToolCallingAutoConfiguration.class,
                    SpringAiRetryAutoConfiguration.class, GeminiClientAutoConfiguration.class,
                    GoogleGenAiChatAutoConfiguration.class, GoogleGenAiTextEmbeddingAutoConfiguration.class,
                    MaangModelAutoConfiguration.class))
            .withPropertyValues("spring.data.redis.host=127.0.0.1", "spring.data.redis.port=" + closedPort(),
                    "spring.data.redis.connect-timeout=200ms", "spring.ai.google.genai.api-key=some-key");

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "maang.redis.command-timeout=0s                    | maang.redis.command-timeout",
            "maang.redis.session-ttl=0s                        | session-ttl must be positive",
            "maang.redis.key-prefix=has space                  | maang.redis.key-prefix",
            "maang.rate-limit.local-max-keys=0                 | maang.rate-limit.local-max-keys",
            "maang.judge.worker.concurrency=0                  | maang.judge.worker.concurrency",
            "maang.judge.redis-queue.visibility-timeout=100ms  | visibility timeout at least 300 ms",
            "maang.judge.redis-queue.read-block=0s             | every maang.judge.redis-queue duration must be positive",
            "maang.model.timeout=0s                            | maang.model.timeout",
            "maang.model.retry.max-attempts=0                  | maang.model.retry.max-attempts",
            "maang.model.retry.jitter=1.5                      | maang.model.retry.jitter",
            "maang.model.circuit-breaker.failure-rate-threshold=0 | maang.model.circuit-breaker.failure-rate-threshold",
            "maang.model.bulkhead.max-concurrent-calls=0       | maang.model.bulkhead.max-concurrent-calls"})
    void anInvalidFullModeSettingIsExplainedNamingItsProperty(String setting, String explanation) {
        runner.withPropertyValues("maang.judge.queue=redis", setting).run(context -> {
            assertThat(context).hasFailed();
            FailureAnalysis analysis = analyzer.analyze(context.getStartupFailure());
            assertThat(analysis).as("analysed by the starter").isNotNull();
            assertThat(analysis.getDescription()).contains(explanation)
                    .doesNotContain("every-duration-positive").doesNotContain("redis-queue.consistent");
            assertThat(analysis.getAction()).contains("docs/configuration.md");
        });
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
