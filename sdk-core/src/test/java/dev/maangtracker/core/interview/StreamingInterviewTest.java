package dev.maangtracker.core.interview;

import static dev.maangtracker.core.interview.EngineFixture.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.maangtracker.core.error.ConflictException;
import dev.maangtracker.core.error.UnavailableException;
import dev.maangtracker.core.evaluation.AnswerEvaluation;
import dev.maangtracker.core.evaluation.InterviewReport;
import dev.maangtracker.core.llm.Prompt;
import dev.maangtracker.core.question.Difficulty;
import dev.maangtracker.core.question.InterviewMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;
import tools.jackson.databind.json.JsonMapper;

/**
 * The interviewer's words streamed through the engine's events while the model writes them: what is
 * streamed equals what is stored, it comes before the stored step's events, it is withdrawn when the
 * reply is repaired or the step falls back or fails, and nothing streams without a listener or a model.
 */
class StreamingInterviewTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern DIMENSIONS = Pattern.compile("Score each of these dimensions from 0 to 100: ([A-Z_, ]+)\\.");
    private static final String QUESTION = "  \nLet's begin. Tell me about a time you \"really\" disagreed with a teammate 🚀.  \n";
    private static final String HINT = "Think about the outcome first, then walk back to the decision.\n";
    private static final String ANSWER = "I first asked which product had the most complaints. Then I wrote the "
            + "migration script myself and cut the import time from 40 minutes to 6.";

    private final EngineFixture fixture = new EngineFixture();
    private final UUID alice = UUID.randomUUID();
    private final List<InterviewEvent> events = Collections.synchronizedList(new ArrayList<>());
    private Disposable listening;

    @AfterEach
    void stopListening() {
        if (listening != null) {
            listening.dispose();
        }
    }

    /** Replies to each kind of prompt, every reply cut into random pieces. */
    private static Function<Prompt, Flux<String>> script(Random random, Function<Prompt, String> evaluation) {
        return prompt -> {
            String user = prompt.user();
            String reply;
            if (user.startsWith("Ask the candidate")) {
                reply = QUESTION;
            } else if (user.startsWith("Evaluate")) {
                reply = evaluation.apply(prompt);
            } else if (user.startsWith("The candidate asked for hint")) {
                reply = HINT;
            } else {
                reply = summary();
            }
            return ChunkedLanguageModel.pieces(reply, random);
        };
    }

    /** A valid evaluation of the prompt's dimensions, with a follow-up whenever the prompt allows one. */
    private static String evaluation(Prompt prompt) {
        Matcher dimensions = DIMENSIONS.matcher(prompt.user());
        assertThat(dimensions.find()).isTrue();
        List<Map<String, Object>> scores = new ArrayList<>();
        for (String dimension : dimensions.group(1).split(", ")) {
            scores.add(Map.of("dimension", dimension, "score", 70, "evidence", List.of(),
                    "rationale", "the strengths here are real"));
        }
        Map<String, Object> reply = new LinkedHashMap<>();
        reply.put("overallScore", 72);
        reply.put("strengths", List.of("measured \"impact\" 📈", "  ", " clear café story\n"));
        reply.put("dimensions", scores);
        reply.put("coveredPoints", List.of());
        reply.put("missedPoints", List.of("reflection"));
        reply.put("improvements", List.of("say what you learned\n"));
        reply.put("followUp", prompt.user().contains("ask about it in followUp")
                ? "  What would you do\ndifferently next time?  " : null);
        return "```json\n" + JSON.writeValueAsString(reply) + "\n```";
    }

    private static String summary() {
        return JSON.writeValueAsString(Map.of("overallScore", 71,
                "dimensions", List.of(Map.of("dimension", "CONTENT", "score", 71, "evidence", List.of(), "rationale", "ok")),
                "strengths", List.of("concrete numbers", "ownership"), "weaknesses", List.of("reflection"),
                "recommendations", List.of("practise conflict stories\u2014with outcomes")));
    }

    private InterviewEngine engine(ChunkedLanguageModel model, Duration stepTimeout) {
        EngineSettings defaults = EngineSettings.defaults();
        return fixture.builder().interviewer(new LlmInterviewer(model, fixture.catalog, fixture.clock))
                .settings(new EngineSettings(defaults.questionsPerSession(), defaults.maxFollowUps(),
                        defaults.questionTimeLimits(), stepTimeout, defaults.maxTurnsPerSession()))
                .build();
    }

    private UUID listenedSession(InterviewEngine engine) {
        UUID id = engine.create(alice, NewInterview.of(InterviewMode.BEHAVIORAL, Difficulty.MEDIUM)).block(TIMEOUT).id();
        listening = engine.events(alice, id).onBackpressureBuffer().subscribe(events::add);
        return id;
    }

    /** The text streamed since event {@code from}, per step and field. */
    private Map<String, String> streamed(int from) {
        Map<String, StringBuilder> texts = new LinkedHashMap<>();
        for (InterviewEvent event : snapshot().subList(from, snapshot().size())) {
            if (event instanceof InterviewEvent.TextStreamed streamed) {
                ModelTextChunk chunk = streamed.chunk();
                texts.computeIfAbsent(chunk.step() + "." + chunk.field(), key -> new StringBuilder()).append(chunk.text());
            }
        }
        Map<String, String> out = new LinkedHashMap<>();
        texts.forEach((key, text) -> out.put(key, text.toString()));
        return out;
    }

    private List<InterviewEvent> snapshot() {
        synchronized (events) {
            return List.copyOf(events);
        }
    }

    private int lastIndexOf(Class<? extends InterviewEvent> type) {
        List<InterviewEvent> all = snapshot();
        for (int i = all.size() - 1; i >= 0; i--) {
            if (type.isInstance(all.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private int firstIndexOf(Class<? extends InterviewEvent> type, int from) {
        List<InterviewEvent> all = snapshot();
        for (int i = from; i < all.size(); i++) {
            if (type.isInstance(all.get(i))) {
                return i;
            }
        }
        return -1;
    }

    static IntStream seeds() {
        return IntStream.range(0, 20);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void everyModelStepStreamsTheWordsItStores(int seed) {
        ChunkedLanguageModel model = new ChunkedLanguageModel(script(new Random(seed), StreamingInterviewTest::evaluation));
        InterviewEngine engine = engine(model, Duration.ofSeconds(5));
        UUID id = listenedSession(engine);

        InterviewStep started = engine.start(alice, id).block(TIMEOUT);
        assertThat(streamed(0)).containsExactly(Map.entry("QUESTION.text", started.prompt().text()));
        assertThat(started.prompt().text()).isEqualTo(QUESTION.strip());
        assertThat(snapshot()).filteredOn(InterviewEvent.TextStreamed.class::isInstance)
                .allSatisfy(event -> {
                    ModelTextChunk chunk = ((InterviewEvent.TextStreamed) event).chunk();
                    assertThat(chunk.kind()).isEqualTo(TurnKind.QUESTION);
                    assertThat(chunk.questionId()).isEqualTo(started.prompt().questionId());
                });
        assertThat(lastIndexOf(InterviewEvent.TextStreamed.class)).isLessThan(lastIndexOf(InterviewEvent.InterviewerSpoke.class));

        int beforeHint = snapshot().size();
        InterviewStep hint = engine.hint(alice, id).block(TIMEOUT);
        assertThat(streamed(beforeHint)).containsExactly(Map.entry("HINT.text", hint.prompt().text()));

        for (int answers = 0; answers < 2; answers++) {
            int before = snapshot().size();
            AnswerResult result = engine.answer(alice, id, CandidateAnswer.of(ANSWER)).block(TIMEOUT);
            AnswerEvaluation evaluation = result.evaluation();
            assertThat(evaluation.producedBy()).isEqualTo("llm:chunked");
            Map<String, String> expected = new LinkedHashMap<>();
            expected.put("EVALUATION.strengths", String.join("\n", evaluation.strengths()));
            expected.put("EVALUATION.improvements", String.join("\n", evaluation.improvements()));
            Turn next = result.next();
            if (next.kind() == TurnKind.FOLLOW_UP) {
                expected.put("EVALUATION.followUp", next.text());
            } else {
                expected.put("QUESTION.text", next.text());
            }
            assertThat(streamed(before)).isEqualTo(expected);
            assertThat(evaluation.strengths()).containsExactly("measured \"impact\" 📈", "clear café story");
            int feedback = firstIndexOf(InterviewEvent.FeedbackGiven.class, before);
            assertThat(lastIndexOf(InterviewEvent.TextStreamed.class)).isLessThan(feedback);
        }

        int beforeReport = snapshot().size();
        InterviewReport report = engine.complete(alice, id).block(TIMEOUT);
        assertThat(streamed(beforeReport)).containsOnly(
                Map.entry("SUMMARY.strengths", String.join("\n", report.strengths())),
                Map.entry("SUMMARY.weaknesses", String.join("\n", report.weaknesses())),
                Map.entry("SUMMARY.recommendations", "practise conflict stories\u2014with outcomes"));
        assertThat(snapshot()).noneMatch(InterviewEvent.TextDiscarded.class::isInstance);
        assertThat(model.generateCalls).hasValue(0);
    }

    @Test
    void asksForWholeRepliesWhenNobodyListens() {
        ChunkedLanguageModel model = new ChunkedLanguageModel(script(new Random(1), StreamingInterviewTest::evaluation));
        InterviewEngine engine = engine(model, Duration.ofSeconds(5));
        UUID id = engine.create(alice, NewInterview.of(InterviewMode.BEHAVIORAL, Difficulty.MEDIUM)).block(TIMEOUT).id();

        engine.start(alice, id).block(TIMEOUT);
        engine.answer(alice, id, CandidateAnswer.of(ANSWER)).block(TIMEOUT);

        assertThat(model.streamCalls).hasValue(0);
        assertThat(model.generateCalls).hasValue(2);
    }

    @Test
    void theOfflineInterviewerStreamsNothing() {
        InterviewEngine engine = fixture.engine();
        UUID id = listenedSession(engine);

        engine.start(alice, id).block(TIMEOUT);
        engine.hint(alice, id).block(TIMEOUT);
        engine.answer(alice, id, CandidateAnswer.of(ANSWER)).block(TIMEOUT);
        engine.complete(alice, id).block(TIMEOUT);

        assertThat(snapshot()).isNotEmpty()
                .noneMatch(e -> e instanceof InterviewEvent.TextStreamed || e instanceof InterviewEvent.TextDiscarded);
    }

    @Test
    void aRepairDiscardsTheStreamedTextAndStreamsTheNewReply() {
        AtomicBoolean first = new AtomicBoolean(true);
        ChunkedLanguageModel model = new ChunkedLanguageModel(script(new Random(7), prompt -> first.getAndSet(false)
                ? "{\"strengths\": [\"half-baked\"], \"overallScore\": 140}" : evaluation(prompt)));
        InterviewEngine engine = engine(model, Duration.ofSeconds(5));
        UUID id = listenedSession(engine);
        engine.start(alice, id).block(TIMEOUT);
        int before = snapshot().size();

        AnswerResult result = engine.answer(alice, id, CandidateAnswer.of(ANSWER)).block(TIMEOUT);

        assertThat(result.evaluation().producedBy()).isEqualTo("llm:chunked");
        int discarded = firstIndexOf(InterviewEvent.TextDiscarded.class, before);
        assertThat(discarded).isPositive();
        assertThat(((InterviewEvent.TextDiscarded) snapshot().get(discarded)).step()).isEqualTo(ModelStep.EVALUATION);
        assertThat(streamed(before).get("EVALUATION.strengths")).startsWith("half-baked");
        assertThat(streamed(discarded)).containsEntry("EVALUATION.strengths", String.join("\n",
                result.evaluation().strengths()));
        assertThat(discarded).isLessThan(firstIndexOf(InterviewEvent.FeedbackGiven.class, before));
    }

    @Test
    void aStreamThatBreaksOffIsDiscardedAndTheRubricAnswers() {
        ChunkedLanguageModel model = new ChunkedLanguageModel(prompt -> Flux.just("Tell me about ", "a time")
                .concatWith(Flux.error(UnavailableException.of("model", null))));
        InterviewEngine engine = engine(model, Duration.ofSeconds(5));
        UUID id = listenedSession(engine);

        InterviewStep step = engine.start(alice, id).block(TIMEOUT);

        assertThat(step.prompt().producedBy()).isEqualTo("rubric");
        assertThat(streamed(0)).containsExactly(Map.entry("QUESTION.text", "Tell me about a time"));
        int discarded = lastIndexOf(InterviewEvent.TextDiscarded.class);
        assertThat(((InterviewEvent.TextDiscarded) snapshot().get(discarded)).step()).isEqualTo(ModelStep.QUESTION);
        assertThat(lastIndexOf(InterviewEvent.TextStreamed.class)).isLessThan(discarded);
        assertThat(discarded).isLessThan(lastIndexOf(InterviewEvent.InterviewerSpoke.class));
    }

    @Test
    void aStreamThatStallsTimesOutIsDiscardedAndTheRubricAnswers() {
        ChunkedLanguageModel model = new ChunkedLanguageModel(prompt -> Flux.just("Tell me").concatWith(Flux.never()));
        InterviewEngine engine = engine(model, Duration.ofMillis(200));
        UUID id = listenedSession(engine);

        InterviewStep step = engine.start(alice, id).block(TIMEOUT);

        assertThat(step.prompt().producedBy()).isEqualTo("rubric");
        assertThat(snapshot()).filteredOn(InterviewEvent.TextDiscarded.class::isInstance).hasSize(1);
        assertThat(lastIndexOf(InterviewEvent.TextDiscarded.class)).isLessThan(lastIndexOf(InterviewEvent.InterviewerSpoke.class));
    }

    @Test
    void aStepThatFailsWithdrawsWhatItStreamed() {
        ChunkedLanguageModel model = new ChunkedLanguageModel(script(new Random(3), StreamingInterviewTest::evaluation));
        InterviewRepository failing = new FailingCommits(fixture.repository);
        InterviewEngine engine = fixture.builder().repository(failing)
                .interviewer(new LlmInterviewer(model, fixture.catalog, fixture.clock)).build();
        UUID id = listenedSession(engine);

        StepVerifier.create(engine.start(alice, id)).expectError(ConflictException.class).verify(TIMEOUT);

        assertThat(streamed(0)).containsKey("QUESTION.text");
        assertThat(snapshot().get(snapshot().size() - 1)).isInstanceOfSatisfying(InterviewEvent.TextDiscarded.class,
                discarded -> assertThat(discarded.step()).isEqualTo(ModelStep.QUESTION));
        assertThat(snapshot()).noneMatch(InterviewEvent.InterviewerSpoke.class::isInstance);
    }

    @Test
    void aSinkThatThrowsDoesNotChangeTheInterviewersResult() {
        ChunkedLanguageModel model = new ChunkedLanguageModel(script(new Random(5), StreamingInterviewTest::evaluation));
        LlmInterviewer interviewer = new LlmInterviewer(model, fixture.catalog, fixture.clock);
        List<ModelTextChunk> received = new ArrayList<>();
        ModelTextSink throwing = new ModelTextSink() {
            @Override
            public void text(ModelTextChunk chunk) {
                received.add(chunk);
                throw new IllegalStateException("the listener broke");
            }

            @Override
            public void discard(ModelStep step) {
            }
        };
        InterviewSession session = InterviewSession.create(UUID.randomUUID(), alice, InterviewMode.BEHAVIORAL,
                Difficulty.MEDIUM, null, null, Duration.ofMinutes(5), fixture.clock.instant());

        AskedQuestion asked = interviewer.streamingTo(throwing)
                .nextQuestion(new QuestionRequest(session, List.of(), List.of())).block(TIMEOUT);

        assertThat(asked.text()).isEqualTo(QUESTION.strip());
        assertThat(received).hasSize(1);
        assertThat(model.streamCalls).hasValue(1);
    }

    /** A repository whose commits fail as if another step had won the race. */
    private static final class FailingCommits implements InterviewRepository {
        private final InterviewRepository delegate;

        FailingCommits(InterviewRepository delegate) {
            this.delegate = delegate;
        }

        @Override
        public Mono<InterviewSession> create(InterviewSession session) {
            return delegate.create(session);
        }

        @Override
        public Mono<InterviewSession> find(UUID userId, UUID sessionId) {
            return delegate.find(userId, sessionId);
        }

        @Override
        public Flux<InterviewSession> findByUser(UUID userId, int limit) {
            return delegate.findByUser(userId, limit);
        }

        @Override
        public Mono<InterviewSession> commit(InterviewSession next, List<Turn> newTurns) {
            return Mono.error(ConflictException.staleVersion("interview session", next.id(), next.version() - 1));
        }

        @Override
        public Flux<Turn> turns(UUID userId, UUID sessionId) {
            return delegate.turns(userId, sessionId);
        }

        @Override
        public Mono<Boolean> delete(UUID userId, UUID sessionId) {
            return delegate.delete(userId, sessionId);
        }
    }
}
