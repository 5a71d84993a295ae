package dev.maangtracker.core.interview;

import static dev.maangtracker.core.interview.EngineFixture.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.maangtracker.core.error.UnavailableException;
import dev.maangtracker.core.llm.Prompt;
import dev.maangtracker.core.question.Difficulty;
import dev.maangtracker.core.question.InterviewMode;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

/** The LLM interviewer through the engine, with a scripted model: valid, repaired, invalid, failing and silent. */
class LlmInterviewerTest {

    private static final String ANSWER = "I first asked which product had the most complaints. Then I wrote the "
            + "migration script myself and cut the import time from 40 minutes to 6.";

    private static String validEvaluation(String quote) {
        return """
                Here is my evaluation:
                ```json
                {"overallScore": 82,
                 "dimensions": [
                   {"dimension": "CONTENT", "score": 80, "evidence": ["%s"], "rationale": "Concrete actions."},
                   {"dimension": "STRUCTURE", "score": 75, "evidence": [], "rationale": "Clear."},
                   {"dimension": "IMPACT", "score": 90, "evidence": [], "rationale": "Measured."},
                   {"dimension": "OWNERSHIP", "score": 95, "evidence": [], "rationale": "Says I."},
                   {"dimension": "COMMUNICATION", "score": 70, "evidence": [], "rationale": "Fluent."}],
                 "coveredPoints": ["actions"], "missedPoints": ["reflection"],
                 "strengths": ["measured impact"], "improvements": ["say what you learned"],
                 "followUp": "What would you do differently?"}
                ```""".formatted(quote);
    }

    private final EngineFixture fixture = new EngineFixture();
    private final UUID alice = UUID.randomUUID();

    private InterviewEngine engineWith(Function<Prompt, Mono<String>> script, Duration stepTimeout) {
        ScriptedLanguageModel model = new ScriptedLanguageModel(script);
        EngineSettings defaults = EngineSettings.defaults();
        EngineSettings settings = new EngineSettings(defaults.questionsPerSession(), defaults.maxFollowUps(),
                defaults.questionTimeLimits(), stepTimeout, defaults.maxTurnsPerSession());
        return fixture.builder().interviewer(new LlmInterviewer(model, fixture.catalog, fixture.clock))
                .settings(settings).build();
    }

    /** Answers question prompts with a phrasing, evaluation prompts with the given replies in turn. */
    private static Function<Prompt, Mono<String>> script(String... evaluationReplies) {
        AtomicInteger evaluations = new AtomicInteger();
        return prompt -> {
            if (prompt.user().startsWith("Ask the candidate")) {
                return Mono.just("Thanks for joining. Tell me about a time you disagreed with a teammate.");
            }
            if (prompt.user().startsWith("Evaluate")) {
                int i = evaluations.getAndIncrement();
                return Mono.just(evaluationReplies[Math.min(i, evaluationReplies.length - 1)]);
            }
            return Mono.error(UnavailableException.of("model", null));
        };
    }

    private AnswerResult answerFirstQuestion(InterviewEngine engine) {
        UUID id = engine.create(alice, NewInterview.of(InterviewMode.BEHAVIORAL, Difficulty.MEDIUM)).block(TIMEOUT).id();
        InterviewStep step = engine.start(alice, id).block(TIMEOUT);
        assertThat(step.prompt().producedBy()).isEqualTo("llm:scripted");
        return engine.answer(alice, id, CandidateAnswer.of(ANSWER)).block(TIMEOUT);
    }

    private List<Turn> turns(InterviewEngine engine, AnswerResult result) {
        return engine.turns(alice, result.session().id()).collectList().block(TIMEOUT);
    }

    @Test
    void aValidReplyBecomesTheEvaluation() {
        InterviewEngine engine = engineWith(script(validEvaluation("Then I wrote the migration script myself")),
                Duration.ofSeconds(5));
        AnswerResult result = answerFirstQuestion(engine);
        assertThat(result.evaluation().producedBy()).isEqualTo("llm:scripted");
        assertThat(result.evaluation().overallScore()).isEqualTo(82);
        assertThat(result.evaluation().note()).isNull();
        assertThat(result.next().kind()).isEqualTo(TurnKind.FOLLOW_UP);
        assertThat(result.next().text()).isEqualTo("What would you do differently?");
        assertThat(turns(engine, result)).noneMatch(t -> t.role() == TurnRole.SYSTEM);
    }

    @Test
    void anInvalidReplyIsRepairedOnce() {
        ScriptedLanguageModel model = new ScriptedLanguageModel(script("{\"overallScore\": 140}",
                validEvaluation("cut the import time from 40 minutes to 6")));
        InterviewEngine engine = fixture.builder().interviewer(new LlmInterviewer(model, fixture.catalog, fixture.clock))
                .build();
        AnswerResult result = answerFirstQuestion(engine);
        assertThat(result.evaluation().producedBy()).isEqualTo("llm:scripted");
        Prompt repair = model.prompts().stream().filter(p -> p.user().contains("could not be used")).findFirst().orElseThrow();
        assertThat(repair.user()).contains("\"dimensions\" must be a non-empty array");
    }

    @Test
    void fabricatedEvidenceCountsAsInvalid() {
        ScriptedLanguageModel model = new ScriptedLanguageModel(script(
                validEvaluation("I rewrote the whole platform in Rust"),
                validEvaluation("I wrote the migration script myself")));
        InterviewEngine engine = fixture.builder().interviewer(new LlmInterviewer(model, fixture.catalog, fixture.clock))
                .build();
        AnswerResult result = answerFirstQuestion(engine);
        assertThat(result.evaluation().producedBy()).isEqualTo("llm:scripted");
        assertThat(model.prompts()).anyMatch(p -> p.user().contains("quotes words the candidate did not say"));
    }

    @Test
    void twoInvalidRepliesFallBackToTheRubricAndSaySo() {
        InterviewEngine engine = engineWith(script("not json at all", "still not json"), Duration.ofSeconds(5));
        AnswerResult result = answerFirstQuestion(engine);
        assertThat(result.evaluation().producedBy()).isEqualTo("rubric");
        assertThat(result.evaluation().note()).contains("llm:scripted").contains("not valid after one repair");
        List<Turn> turns = turns(engine, result);
        Turn note = turns.stream().filter(t -> t.role() == TurnRole.SYSTEM).findFirst().orElseThrow();
        Turn feedback = turns.stream().filter(t -> t.kind() == TurnKind.FEEDBACK && t.role() == TurnRole.INTERVIEWER)
                .findFirst().orElseThrow();
        assertThat(note.sequence()).isEqualTo(feedback.sequence() - 1);
        assertThat(feedback.producedBy()).isEqualTo("rubric");
    }

    @Test
    void aFailingModelFallsBackForThatStepOnly() {
        AtomicInteger calls = new AtomicInteger();
        InterviewEngine engine = engineWith(prompt -> calls.incrementAndGet() == 1
                ? Mono.just("Let's begin: tell me about a time you disagreed with a teammate.")
                : Mono.error(UnavailableException.of("model", new IllegalStateException("503 from 10.1.2.3"))),
                Duration.ofSeconds(5));
        AnswerResult result = answerFirstQuestion(engine);
        assertThat(result.evaluation().producedBy()).isEqualTo("rubric");
        assertThat(result.evaluation().note()).contains("unavailable").doesNotContain("10.1.2.3");
    }

    @Test
    void aSilentModelTimesOutAndTheRubricAnswers() {
        AtomicInteger calls = new AtomicInteger();
        InterviewEngine engine = engineWith(prompt -> calls.incrementAndGet() == 1
                ? Mono.just("Tell me about a time you disagreed with a teammate.") : Mono.never(), Duration.ofMillis(300));
        AnswerResult result = answerFirstQuestion(engine);
        assertThat(result.evaluation().producedBy()).isEqualTo("rubric");
        assertThat(result.evaluation().note()).contains("timed out");
    }

    @Test
    void thePromptCarriesTheRubricAnalyticsAndPastAnswers() {
        fixture.candidates.remember(alice, "In my last interview I described leading the payments migration.",
                fixture.clock.instant().minus(Duration.ofDays(3)));
        ScriptedLanguageModel model = new ScriptedLanguageModel(script(validEvaluation("I wrote the migration script myself")));
        InterviewEngine engine = fixture.builder().interviewer(new LlmInterviewer(model, fixture.catalog, fixture.clock))
                .build();
        answerFirstQuestion(engine);
        Prompt ask = model.prompts().get(0);
        Prompt evaluate = model.prompts().get(1);
        assertThat(ask.system()).contains("behavioral mock interview").contains("medium level");
        assertThat(ask.user()).contains("payments migration");
        assertThat(evaluate.user()).contains(ANSWER).contains("STAR parts found")
                .contains("CONTENT, STRUCTURE, IMPACT, OWNERSHIP, COMMUNICATION");
    }
}
