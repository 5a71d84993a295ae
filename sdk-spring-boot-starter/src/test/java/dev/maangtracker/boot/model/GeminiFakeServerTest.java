package dev.maangtracker.boot.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.genai.Client;
import com.google.genai.types.HttpOptions;
import dev.maangtracker.boot.startup.ComponentChoice;
import dev.maangtracker.core.analytics.AnswerAnalyzer;
import dev.maangtracker.core.candidate.InMemoryCandidateContext;
import dev.maangtracker.core.embedding.HashingEmbedder;
import dev.maangtracker.core.error.UnavailableException;
import dev.maangtracker.core.evaluation.CoverageCalibration;
import dev.maangtracker.core.evaluation.RubricScorer;
import dev.maangtracker.core.interview.AnswerResult;
import dev.maangtracker.core.interview.BankQuestionCatalog;
import dev.maangtracker.core.interview.CandidateAnswer;
import dev.maangtracker.core.interview.InMemoryInterviewRepository;
import dev.maangtracker.core.interview.InterviewEngine;
import dev.maangtracker.core.interview.InterviewEvent;
import dev.maangtracker.core.interview.InterviewStep;
import dev.maangtracker.core.interview.LlmInterviewer;
import dev.maangtracker.core.interview.ModelTextChunk;
import dev.maangtracker.core.interview.NewInterview;
import dev.maangtracker.core.interview.QuestionCatalog;
import dev.maangtracker.core.interview.RubricInterviewer;
import dev.maangtracker.core.interview.Turn;
import dev.maangtracker.core.interview.TurnRole;
import dev.maangtracker.core.llm.LanguageModel;
import dev.maangtracker.core.llm.Prompt;
import dev.maangtracker.core.question.Difficulty;
import dev.maangtracker.core.question.InterviewMode;
import dev.maangtracker.core.question.QuestionBank;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.ai.model.google.genai.autoconfigure.chat.GoogleGenAiChatAutoConfiguration;
import org.springframework.ai.model.tool.autoconfigure.ToolCallingAutoConfiguration;
import org.springframework.ai.retry.autoconfigure.SpringAiRetryAutoConfiguration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import reactor.core.Disposable;

/**
 * The Gemini path end to end against a local fake of the Gemini HTTP API, in API-key and Vertex AI
 * mode: Spring AI's auto-configured chat model over a client we point at the fake, our resilient
 * adapter, and the interview engine falling back to the offline interviewer. No Google endpoint is
 * ever contacted: the client's base URL and the service account's token URI are the fake server.
 */
class GeminiFakeServerTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static QuestionCatalog catalog;

    enum Mode { API_KEY, VERTEX_AI }

    @TempDir
    Path serviceAccountDirectory;
    private FakeGemini gemini;
    private TestClock clock;
    private SimpleMeterRegistry meters;

    @BeforeAll
    static void loadQuestions() {
        catalog = BankQuestionCatalog.of(QuestionBank.loadDefault());
    }

    @BeforeEach
    void startServer() throws IOException {
        gemini = new FakeGemini();
        clock = new TestClock(Instant.parse("2026-11-24T09:00:00Z"));
        meters = new SimpleMeterRegistry();
    }

    @AfterEach
    void stopServer() {
        gemini.close();
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void answersThroughTheModeEndpoint(Mode mode) {
        gemini.then(FakeGemini.Reply.text("Tell me about a time you led a team."));
        run(mode, context -> {
            LanguageModel model = context.getBean(LanguageModel.class);
            assertThat(model.name()).isEqualTo("gemini-2.5-flash");
            String reply = model.generate(new Prompt("Be brief.", "Ask one question.", 0.3, 256)).block(WAIT);

            assertThat(reply).isEqualTo("Tell me about a time you led a team.");
            FakeGemini.Request call = gemini.modelCalls().get(0);
            assertThat(call.body()).contains("Ask one question.").contains("Be brief.").contains("\"temperature\":0.3")
                    .contains("\"maxOutputTokens\":256");
            if (mode == Mode.API_KEY) {
                assertThat(call.path()).isEqualTo("/v1beta/models/gemini-2.5-flash:generateContent");
                assertThat(call.apiKey()).isEqualTo("test-key");
                assertThat(gemini.tokenRequests()).isZero();
            } else {
                assertThat(call.path()).isEqualTo("/v1beta1/projects/" + FakeServiceAccount.PROJECT + "/locations/"
                        + FakeServiceAccount.LOCATION + "/publishers/google/models/gemini-2.5-flash:generateContent");
                assertThat(call.authorization()).isEqualTo("Bearer " + FakeGemini.ACCESS_TOKEN);
                assertThat(gemini.tokenRequests()).isOne();
            }
            assertThat(context.getBean("languageModelComponentChoice", ComponentChoice.class).implementation())
                    .isEqualTo(mode == Mode.API_KEY ? "Gemini gemini-2.5-flash (API key)"
                            : "Gemini gemini-2.5-flash (Vertex AI project demo-project, location europe-west4)");
            assertThat(meters.get(ResilientLanguageModel.CALLS_METER).tag("outcome", "success").timer().count())
                    .isOne();
        });
    }

    @Test
    void usesTheApplicationsOwnClient() {
        gemini.then(FakeGemini.Reply.text("From the user's client."));
        contextRunner()
                .withBean(Client.class, () -> Client.builder().apiKey("user-key")
                        .httpOptions(HttpOptions.builder().baseUrl(gemini.baseUrl()).build()).build())
                .withPropertyValues("spring.ai.google.genai.api-key=ignored-key")
                .run(context -> {
                    assertThat(context).hasSingleBean(Client.class);
                    assertThat(context.getBean(LanguageModel.class).generate(Prompt.of("", "Ask.")).block(WAIT))
                            .isEqualTo("From the user's client.");
                    assertThat(gemini.modelCalls().get(0).apiKey()).isEqualTo("user-key");
                });
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void streamsChunksInOrder(Mode mode) {
        gemini.then(FakeGemini.Reply.text("Use ", "two ", "pointers."));
        run(mode, context -> {
            List<String> chunks = context.getBean(LanguageModel.class).stream(Prompt.of("", "Hint, please."))
                    .collectList().block(WAIT);

            assertThat(chunks).containsExactly("Use ", "two ", "pointers.");
            FakeGemini.Request call = gemini.modelCalls().get(0);
            assertThat(call.path()).endsWith("/models/gemini-2.5-flash:streamGenerateContent");
            assertThat(call.query()).contains("alt=sse");
        });
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void streamsTheQuestionToTheEngineChunkByChunk(Mode mode) {
        CountDownLatch firstChunkReachedTheEngine = new CountDownLatch(1);
        // An event reaches the engine two events late: the Gemini client parses an event once it has
        // read the next, and Spring AI's Flux.fromIterable(...).concatMap(...) asks for one more. So the
        // server sends three of the five events, then holds the rest back until the engine has the first.
        gemini.then(FakeGemini.Reply.text("Tell me about ", "a time ", "you led ", "a team ", "of five.")
                .heldAfter(3, firstChunkReachedTheEngine));
        run(mode, context -> {
            Interview interview = new Interview(context.getBean(LanguageModel.class));
            UUID id = interview.create();
            List<ModelTextChunk> streamed = new CopyOnWriteArrayList<>();
            Disposable listening = interview.engine.events(interview.user, id).onBackpressureBuffer()
                    .subscribe(event -> {
                        if (event instanceof InterviewEvent.TextStreamed text) {
                            streamed.add(text.chunk());
                            firstChunkReachedTheEngine.countDown();
                        }
                    });
            try {
                InterviewStep step = interview.engine.start(interview.user, id).block(WAIT);

                // The server held the rest of the reply back until the engine had published the first chunk.
                assertThat(gemini.gatesOpened()).containsExactly(true);
                assertThat(streamed).extracting(ModelTextChunk::text)
                        .containsExactly("Tell me about", " a time", " you led", " a team", " of five.");
                assertThat(streamed).allSatisfy(chunk -> assertThat(chunk.questionId())
                        .isEqualTo(step.prompt().questionId()));
                assertThat(step.prompt().text()).isEqualTo("Tell me about a time you led a team of five.");
                assertThat(step.prompt().producedBy()).isEqualTo("llm:gemini-2.5-flash");
                assertThat(gemini.modelCalls()).hasSize(1);
                assertThat(gemini.modelCalls().get(0).path()).endsWith(":streamGenerateContent");
            } finally {
                listening.dispose();
            }
        });
    }



    @ParameterizedTest
    @EnumSource(Mode.class)
    void retriesTooManyRequestsThenSucceeds(Mode mode) {
        gemini.then(FakeGemini.Reply.error(429, "RESOURCE_EXHAUSTED"), FakeGemini.Reply.text("Second time lucky."));
        run(mode, context -> {
            String reply = context.getBean(LanguageModel.class).generate(Prompt.of("", "Ask.")).block(WAIT);

            assertThat(reply).isEqualTo("Second time lucky.");
            assertThat(gemini.modelCalls()).hasSize(2);
        });
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void retriesAStreamThatFailsBeforeItsFirstChunk(Mode mode) {
        gemini.then(FakeGemini.Reply.error(503, "UNAVAILABLE"), FakeGemini.Reply.text("a", "b"));
        run(mode, context -> {
            List<String> chunks = context.getBean(LanguageModel.class).stream(Prompt.of("", "Ask."))
                    .collectList().block(WAIT);

            assertThat(chunks).containsExactly("a", "b");
            assertThat(gemini.modelCalls()).hasSize(2);
        });
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void doesNotRetryABadRequest(Mode mode) {
        gemini.then(FakeGemini.Reply.error(400, "INVALID_ARGUMENT"), FakeGemini.Reply.text("never sent"));
        run(mode, context -> {
            assertThatThrownBy(() -> context.getBean(LanguageModel.class).generate(Prompt.of("", "Ask.")).block(WAIT))
                    .isInstanceOf(UnavailableException.class);
            assertThat(gemini.modelCalls()).hasSize(1);
        });
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void opensTheBreakerFallsBackAndRecoversAfterTheWait(Mode mode) {
        gemini.otherwise(FakeGemini.Reply.error(503, "UNAVAILABLE"));
        run(mode, context -> {
            ResilientLanguageModel model = context.getBean(ResilientLanguageModel.class);
            Interview interview = new Interview(model);

            // Two attempts (the retry) both get 503: the breaker's window of two is all failures.
            Turn first = interview.start();
            assertThat(first.producedBy()).isEqualTo("rubric");
            assertThat(interview.note()).contains("could not answer (unavailable)");
            assertThat(gemini.modelCalls()).hasSize(2);
            assertThat(model.circuitState()).isEqualTo(CircuitBreaker.State.OPEN);

            // Open: the next step falls back without a request.
            Interview second = new Interview(model);
            assertThat(second.start().producedBy()).isEqualTo("rubric");
            assertThat(second.note()).contains("could not answer (unavailable)");
            assertThat(gemini.modelCalls()).hasSize(2);
            assertThat(meters.get(ResilientLanguageModel.CALLS_METER).tag("outcome", "circuit-open").timer().count())
                    .isOne();

            // After the wait the breaker lets a trial call through; the model has recovered.
            gemini.otherwise(FakeGemini.Reply.text("Describe a conflict with a colleague."));
            clock.advance(Duration.ofSeconds(31));
            Interview third = new Interview(model);
            Turn recovered = third.start();
            assertThat(recovered.producedBy()).isEqualTo("llm:gemini-2.5-flash");
            assertThat(recovered.text()).isEqualTo("Describe a conflict with a colleague.");
            assertThat(third.note()).isNull();
            assertThat(model.circuitState()).isEqualTo(CircuitBreaker.State.CLOSED);
        }, "maang.model.circuit-breaker.sliding-window-size=2", "maang.model.circuit-breaker.minimum-calls=2",
                "maang.model.circuit-breaker.permitted-calls-half-open=1",
                "maang.model.circuit-breaker.wait-in-open-state=30s", "maang.model.retry.max-attempts=2");
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void fallsBackWhenTheModelIsTooSlow(Mode mode) {
        gemini.then(FakeGemini.Reply.text("Too late.").after(Duration.ofSeconds(2)));
        run(mode, context -> {
            LanguageModel model = context.getBean(LanguageModel.class);
            assertThatThrownBy(() -> model.generate(Prompt.of("", "Ask.")).block(WAIT))
                    .isInstanceOf(UnavailableException.class).hasCauseInstanceOf(TimeoutException.class);

            gemini.then(FakeGemini.Reply.text("Too late again.").after(Duration.ofSeconds(2)));
            Interview interview = new Interview(model);
            assertThat(interview.start().producedBy()).isEqualTo("rubric");
            assertThat(interview.note()).contains("could not answer (timed out)");
            assertThat(meters.get(ResilientLanguageModel.CALLS_METER).tag("outcome", "timeout").timer().count())
                    .isEqualTo(2);
        }, "maang.model.timeout=300ms");
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void repairsAMalformedEvaluationOnce(Mode mode) {
        gemini.then(FakeGemini.Reply.text("Tell me about a hard bug you fixed."));
        run(mode, context -> {
            Interview interview = new Interview(context.getBean(LanguageModel.class));
            interview.start();
            gemini.then(FakeGemini.Reply.text("Sure! Here is my evaluation: it was good."),
                    FakeGemini.Reply.text(interview.validEvaluationJson()));

            AnswerResult result = interview.answer();

            assertThat(result.evaluation().producedBy()).isEqualTo("llm:gemini-2.5-flash");
            assertThat(result.evaluation().overallScore()).isEqualTo(70);
            // The question, the evaluation, its repair, then the next question.
            assertThat(gemini.modelCalls()).hasSize(4);
            assertThat(gemini.modelCalls().get(2).body()).contains("no JSON object found");
            assertThat(interview.note()).isNull();
        });
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void fallsBackWhenTheRepairIsMalformedToo(Mode mode) {
        gemini.then(FakeGemini.Reply.text("Tell me about a hard bug you fixed."));
        run(mode, context -> {
            Interview interview = new Interview(context.getBean(LanguageModel.class));
            interview.start();
            gemini.then(FakeGemini.Reply.text("{\"overallScore\": \"great\"}"), FakeGemini.Reply.text("{not json"));

            AnswerResult result = interview.answer();

            assertThat(result.evaluation().producedBy()).isEqualTo("rubric");
            assertThat(gemini.modelCalls()).hasSize(3);
            assertThat(interview.note()).contains("could not answer (its reply was not valid after one repair)");
        });
    }

    // ---------------------------------------------------------------- wiring

    private void run(Mode mode, Consumer<AssertableApplicationContext> test, String... properties) {
        List<String> all = new ArrayList<>(List.of(properties));
        all.add("maang.model.gemini.base-url=" + gemini.baseUrl());
        if (mode == Mode.API_KEY) {
            all.add("spring.ai.google.genai.api-key=test-key");
        } else {
            all.add("spring.ai.google.genai.vertex-ai=true");
            all.add("spring.ai.google.genai.project-id=" + FakeServiceAccount.PROJECT);
            all.add("spring.ai.google.genai.location=" + FakeServiceAccount.LOCATION);
            all.add("spring.ai.google.genai.credentials-uri=" + serviceAccountFile().toUri());
        }
        // Short backoff keeps retrying tests quick; the behaviour does not depend on it.
        all.add("maang.model.retry.initial-backoff=10ms");
        all.add("maang.model.retry.max-backoff=20ms");
        contextRunner().withPropertyValues(all.toArray(String[]::new)).run(context -> {
            assertThat(context).hasNotFailed();
            test.accept(context);
        });
    }

    private ApplicationContextRunner contextRunner() {
        return new ApplicationContextRunner()
                .withInitializer(context -> new ModelCredentialsEnvironmentPostProcessor()
                        .postProcessEnvironment(context.getEnvironment(), new SpringApplication()))
                .withConfiguration(AutoConfigurations.of(ToolCallingAutoConfiguration.class,
                        SpringAiRetryAutoConfiguration.class, GeminiClientAutoConfiguration.class,
                        GoogleGenAiChatAutoConfiguration.class, MaangModelAutoConfiguration.class))
                .withBean(Clock.class, () -> clock)
                .withBean(MeterRegistry.class, () -> meters);
    }

    private Path serviceAccountFile() {
        try {
            Path file = serviceAccountDirectory.resolve("service-account.json");
            Files.writeString(file, FakeServiceAccount.json(gemini.baseUrl() + FakeGemini.TOKEN_PATH.substring(1)));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One behavioural interview through the engine, the model first and the offline interviewer as fallback. */
    private final class Interview {
        private final InterviewEngine engine;
        private final UUID user = UUID.randomUUID();
        private UUID sessionId;
        private String questionId;

        Interview(LanguageModel model) {
            HashingEmbedder embedder = new HashingEmbedder();
            RubricInterviewer rubric = new RubricInterviewer(catalog,
                    new RubricScorer(embedder, CoverageCalibration.HASHING), embedder, clock);
            engine = InterviewEngine.builder().repository(new InMemoryInterviewRepository()).catalog(catalog)
                    .interviewer(new LlmInterviewer(model, catalog, clock)).fallback(rubric)
                    .candidateContext(new InMemoryCandidateContext(embedder)).analyzer(new AnswerAnalyzer())
                    .clock(clock).build();
        }

        UUID create() {
            sessionId = engine.create(user, NewInterview.of(InterviewMode.BEHAVIORAL, Difficulty.MEDIUM))
                    .block(WAIT).id();
            return sessionId;
        }

        Turn start() {
            InterviewStep step = engine.start(user, create()).block(WAIT);
            questionId = step.prompt().questionId();
            return step.prompt();
        }

        AnswerResult answer() {
            return engine.answer(user, sessionId, CandidateAnswer.of("I led the migration of our billing service and"
                    + " cut failed payments by half, because I measured first and fixed the retry storm.")).block(WAIT);
        }

        /** The engine's system note recording a fallback, or null when the model answered every step. */
        String note() {
            return engine.turns(user, sessionId).filter(turn -> turn.role() == TurnRole.SYSTEM).map(Turn::text)
                    .next().block(WAIT);
        }

        String validEvaluationJson() {
            StringBuilder dimensions = new StringBuilder();
            for (String dimension : RubricScorer.dimensionsFor(catalog.find(questionId).orElseThrow().rubric())) {
                if (dimensions.length() > 0) {
                    dimensions.append(',');
                }
                dimensions.append("{\"dimension\":\"").append(dimension)
                        .append("\",\"score\":70,\"evidence\":[\"cut failed payments by half\"],\"rationale\":\"ok\"}");
            }
            return "```json\n{\"overallScore\":70,\"dimensions\":[" + dimensions + "],\"coveredPoints\":[],"
                    + "\"missedPoints\":[],\"strengths\":[\"measured first\"],\"improvements\":[\"more detail\"],"
                    + "\"followUp\":null}\n```";
        }
    }
}
