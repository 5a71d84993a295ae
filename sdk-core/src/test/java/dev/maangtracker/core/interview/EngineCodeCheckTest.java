package dev.maangtracker.core.interview;

import static dev.maangtracker.core.interview.EngineFixture.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.maangtracker.core.error.UnavailableException;
import dev.maangtracker.core.evaluation.AnswerEvaluation;
import dev.maangtracker.core.evaluation.DimensionScore;
import dev.maangtracker.core.evaluation.InterviewReport;
import dev.maangtracker.core.judge.CodeJudge;
import dev.maangtracker.core.judge.FailedCase;
import dev.maangtracker.core.judge.GrowthCheck;
import dev.maangtracker.core.judge.JudgeAvailability;
import dev.maangtracker.core.judge.JudgeResult;
import dev.maangtracker.core.judge.Language;
import dev.maangtracker.core.judge.Submission;
import dev.maangtracker.core.judge.TestResult;
import dev.maangtracker.core.judge.Verdict;
import dev.maangtracker.core.llm.Prompt;
import dev.maangtracker.core.question.Difficulty;
import dev.maangtracker.core.question.InterviewMode;
import dev.maangtracker.core.question.QuestionBank;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

/**
 * The engine runs the code of CODING answers once, whichever interviewer evaluates (model, rubric, rubric after a
 * model failure), merges the verdict into CORRECTNESS exactly once, and says when code was judged without running.
 */
class EngineCodeCheckTest {

    private static final QuestionBank BANK = QuestionBank.loadDefault();
    private static final String EXPLANATION = "I scan the array once and keep a hash map from value to index, "
            + "looking up the complement of each element; that is O(n) time and O(n) space.";
    private static final String CODE = "def solve(nums, target):\n    return []\n";
    private static final JudgeAvailability UP = new JudgeAvailability(Optional.empty(), Map.of());

    private static final String PROBLEM = "pair-with-target-sum";

    private final EngineFixture fixture = new EngineFixture(onlyCodingQuestion(BankQuestionCatalog.of(BANK)));
    private final UUID alice = UUID.randomUUID();

    /** A deterministic judge: answers every submission with the verdict it was built with and counts the calls. */
    private static final class FakeJudge implements CodeJudge {
        private final JudgeAvailability availability;
        private final Function<Submission, Mono<JudgeResult>> verdicts;
        private final Optional<GrowthCheck> growth;
        private final AtomicInteger judged = new AtomicInteger();

        FakeJudge(JudgeAvailability availability, Function<Submission, Mono<JudgeResult>> verdicts,
                  Optional<GrowthCheck> growth) {
            this.availability = availability;
            this.verdicts = verdicts;
            this.growth = growth;
        }

        @Override
        public Mono<JudgeResult> judge(Submission submission) {
            return Mono.defer(() -> {
                judged.incrementAndGet();
                return verdicts.apply(submission);
            });
        }

        @Override
        public Mono<Optional<GrowthCheck>> checkGrowth(Submission submission) {
            return Mono.just(growth);
        }

        @Override
        public JudgeAvailability availability() {
            return availability;
        }
    }

    /** Fails the last test (a visible one is cited), passes the others. */
    private static FakeJudge wrongOnLastTest() {
        return new FakeJudge(UP, submission -> {
            int total = submission.problem().tests().size();
            List<TestResult> tests = new java.util.ArrayList<>();
            for (int i = 0; i < total; i++) {
                tests.add(new TestResult(i, submission.problem().tests().get(i).hidden(),
                        i < total - 1 ? Verdict.ACCEPTED : Verdict.WRONG_ANSWER, Duration.ofMillis(2), 4096));
            }
            return Mono.just(new JudgeResult(Verdict.WRONG_ANSWER, tests,
                    Optional.of(new FailedCase("[[3,3],6]", "[0,1]", "[]")), "", Duration.ofMillis(30)));
        }, Optional.empty());
    }

    private static FakeJudge acceptedButQuadratic() {
        return new FakeJudge(UP, submission -> Mono.just(new JudgeResult(Verdict.ACCEPTED,
                submission.problem().tests().stream().map(t -> new TestResult(0, t.hidden(), Verdict.ACCEPTED,
                        Duration.ofMillis(1), 1024)).toList(), Optional.empty(), "", Duration.ofMillis(20))),
                Optional.of(new GrowthCheck("O(n)", 1, 2, false, "grows like n^2.0; O(n) expected")));
    }

    /** The bank with one CODING question, so every session asks the same one and scores compare. */
    private static QuestionCatalog onlyCodingQuestion(QuestionCatalog bank) {
        return new QuestionCatalog() {
            @Override
            public Optional<InterviewQuestion> find(String id) {
                return bank.find(id);
            }

            @Override
            public List<InterviewQuestion> byMode(InterviewMode mode) {
                return mode == InterviewMode.CODING ? List.of(bank.find(PROBLEM).orElseThrow()) : bank.byMode(mode);
            }
        };
    }

    private InterviewEngine engine(CodeCheck check, LlmInterviewer llm) {
        InterviewEngine.Builder builder = fixture.builder().codeCheck(check);
        return llm == null ? builder.build() : builder.interviewer(llm).build();
    }

    private LlmInterviewer llm(Function<Prompt, Mono<String>> script) {
        return new LlmInterviewer(new ScriptedLanguageModel(script), fixture.catalog, fixture.clock);
    }

    /** Phrases questions, evaluates with a fixed reply (or fails), and fails every other step (report, hints). */
    private static Function<Prompt, Mono<String>> model(boolean evaluates) {
        return prompt -> {
            if (prompt.user().startsWith("Ask the candidate")) {
                return Mono.just("Let's code. Given an array and a target, return two indices summing to it.");
            }
            if (evaluates && prompt.user().startsWith("Evaluate")) {
                return Mono.just("""
                        {"overallScore": 80,
                         "dimensions": [
                           {"dimension": "APPROACH", "score": 85, "evidence": ["hash map"], "rationale": "Right idea."},
                           {"dimension": "COMPLEXITY", "score": 80, "evidence": [], "rationale": "States O(n)."},
                           {"dimension": "EDGE_CASES", "score": 60, "evidence": [], "rationale": "Few."},
                           {"dimension": "COMMUNICATION", "score": 80, "evidence": [], "rationale": "Clear."},
                           {"dimension": "CORRECTNESS", "score": 95, "evidence": [], "rationale": "Looks right."}],
                         "coveredPoints": [], "missedPoints": [], "strengths": ["clear plan"],
                         "improvements": ["cover duplicates"], "followUp": null}""");
            }
            return Mono.error(UnavailableException.of("model", null));
        };
    }

    private record Answered(UUID sessionId, String questionId, AnswerEvaluation evaluation) {
    }

    private Answered answerWithCode(InterviewEngine engine) {
        UUID id = engine.create(alice, NewInterview.of(InterviewMode.CODING, Difficulty.EASY)).block(TIMEOUT).id();
        String questionId = engine.start(alice, id).block(TIMEOUT).session().currentQuestionId();
        assertThat(questionId).isEqualTo(PROBLEM);
        AnswerEvaluation evaluation = engine.answer(alice, id, new CandidateAnswer(EXPLANATION, CODE, "python", null))
                .block(TIMEOUT).evaluation();
        return new Answered(id, questionId, evaluation);
    }

    /** The rubric's own overall score for the same answer, with the code not run. */
    private int rubricOnlyScore() {
        AnswerEvaluation unjudged = answerWithCode(engine(CodeCheck.none(), null)).evaluation();
        assertThat(CodeCheck.verdict(unjudged)).isEmpty();
        return unjudged.overallScore();
    }

    private static List<DimensionScore> correctness(AnswerEvaluation evaluation) {
        return evaluation.dimensions().stream().filter(d -> d.dimension().equals(CodeCheck.DIMENSION)).toList();
    }

    private static int blended(int interviewerScore, int correctness) {
        return (int) Math.round(interviewerScore * (1 - CodeCheck.WEIGHT) + correctness * CodeCheck.WEIGHT);
    }

    @Test
    void theRubricPathScoresCorrectnessFromOneRunOfTheJudge() {
        FakeJudge judge = wrongOnLastTest();
        int rubricOnly = rubricOnlyScore();

        Answered answered = answerWithCode(engine(CodeCheck.of(judge, BANK), null));

        assertThat(judge.judged).hasValue(1);
        assertThat(correctness(answered.evaluation())).singleElement().satisfies(c -> {
            assertThat(c.rationale()).startsWith("judge verdict WRONG_ANSWER").contains("failed on input [[3,3],6]");
            assertThat(answered.evaluation().overallScore()).isEqualTo(blended(rubricOnly, c.score()));
        });
        assertThat(answered.evaluation().producedBy()).isEqualTo("rubric");
        assertThat(answered.evaluation().note()).isNull();
    }

    @Test
    void theModelPathScoresCorrectnessFromTheJudgeNotFromTheModelsGuess() {
        FakeJudge judge = acceptedButQuadratic();

        Answered answered = answerWithCode(engine(CodeCheck.of(judge, BANK), llm(model(true))));

        AnswerEvaluation evaluation = answered.evaluation();
        assertThat(judge.judged).hasValue(1);
        assertThat(evaluation.producedBy()).isEqualTo("llm:scripted");
        assertThat(correctness(evaluation)).singleElement().satisfies(c -> {
            assertThat(c.score()).isEqualTo(100);
            assertThat(c.rationale()).startsWith("judge verdict ACCEPTED").contains("grows like n^2.0");
        });
        assertThat(evaluation.overallScore()).isEqualTo(blended(80, 100));
        assertThat(evaluation.strengths()).startsWith("code passed every test");
        assertThat(evaluation.improvements()).anySatisfy(i -> assertThat(i).startsWith("make the code faster"));
        assertThat(evaluation.note()).isNull();
    }

    @Test
    void theModelIsToldTheVerdictBeforeItEvaluatesSoItsFeedbackAgreesWithTheRun() {
        List<String> evaluationPrompts = new java.util.concurrent.CopyOnWriteArrayList<>();
        Function<Prompt, Mono<String>> script = model(true);
        answerWithCode(engine(CodeCheck.of(wrongOnLastTest(), BANK), llm(prompt -> {
            if (prompt.user().startsWith("Evaluate")) {
                evaluationPrompts.add(prompt.user());
            }
            return script.apply(prompt);
        })));

        assertThat(evaluationPrompts).singleElement().satisfies(prompt -> assertThat(prompt)
                .contains("The code was run against the problem's tests: judge verdict WRONG_ANSWER")
                .contains("failed on input [[3,3],6], expected [0,1], got []")
                .contains("Score CORRECTNESS from this result, not from reading the code"));
    }

    @Test
    void theModelIsToldWhenTheCodeCouldNotRun() {
        List<String> evaluationPrompts = new java.util.concurrent.CopyOnWriteArrayList<>();
        Function<Prompt, Mono<String>> script = model(true);
        FakeJudge down = new FakeJudge(new JudgeAvailability(Optional.of("bubblewrap is not installed"), Map.of()),
                submission -> Mono.error(new IllegalStateException("must not run")), Optional.empty());
        answerWithCode(engine(CodeCheck.of(down, BANK), llm(prompt -> {
            if (prompt.user().startsWith("Evaluate")) {
                evaluationPrompts.add(prompt.user());
            }
            return script.apply(prompt);
        })));

        assertThat(down.judged).hasValue(0);
        assertThat(evaluationPrompts).singleElement().satisfies(prompt -> assertThat(prompt)
                .contains("The code was not run (" + CodeCheck.NOT_EXECUTED)
                .contains("judge its correctness by reading it"));
    }

    @Test
    void aFallbackAfterAModelFailureRunsTheJudgeOnceAndMergesOnce() {
        FakeJudge judge = wrongOnLastTest();
        int rubricOnly = rubricOnlyScore();

        Answered answered = answerWithCode(engine(CodeCheck.of(judge, BANK), llm(model(false))));

        AnswerEvaluation evaluation = answered.evaluation();
        assertThat(judge.judged).hasValue(1);
        assertThat(evaluation.producedBy()).isEqualTo("rubric");
        assertThat(evaluation.note()).contains("could not answer").doesNotContain(CodeCheck.NOT_EXECUTED);
        assertThat(correctness(evaluation)).singleElement()
                .satisfies(c -> assertThat(evaluation.overallScore()).isEqualTo(blended(rubricOnly, c.score())));
        assertThat(evaluation.improvements()).filteredOn(i -> i.startsWith("make the code correct")).hasSize(1);
    }

    @Test
    void theReportCitesTheVerdictWhoeverWritesIt() {
        InterviewEngine engine = engine(CodeCheck.of(wrongOnLastTest(), BANK), llm(model(true)));
        Answered answered = answerWithCode(engine);
        String title = fixture.catalog.find(answered.questionId()).orElseThrow().title();

        InterviewReport report = engine.complete(alice, answered.sessionId()).block(TIMEOUT);

        int total = BANK.codingProblem(answered.questionId()).tests().size();
        assertThat(report.weaknesses()).contains("\"" + title + "\" code: judge verdict WRONG_ANSWER: " + (total - 1)
                + " of " + total + " tests passed; failed on input [[3,3],6], expected [0,1], got []");
        assertThat(report.recommendations()).noneSatisfy(r -> assertThat(r).contains(CodeCheck.NOT_EXECUTED));
        List<Turn> turns = engine.turns(alice, answered.sessionId()).collectList().block(TIMEOUT);
        assertThat(turns.get(turns.size() - 1).text()).contains("judge verdict WRONG_ANSWER");
    }

    @Test
    void anAcceptedVerdictIsAStrengthUnlessItsRunTimeGrowsTooFast() {
        InterviewEngine slow = engine(CodeCheck.of(acceptedButQuadratic(), BANK), null);
        Answered quadratic = answerWithCode(slow);
        InterviewReport slowReport = slow.complete(alice, quadratic.sessionId()).block(TIMEOUT);

        assertThat(slowReport.weaknesses()).anySatisfy(w -> assertThat(w)
                .contains("code: judge verdict ACCEPTED", "tests passed", "grows like n^2.0; O(n) expected"));
        assertThat(slowReport.strengths()).noneSatisfy(s -> assertThat(s).contains("judge verdict"));

        InterviewEngine fast = engine(CodeCheck.of(new FakeJudge(UP, acceptedButQuadratic()::judge,
                Optional.of(new GrowthCheck("O(n)", 1, 1.1, true, "grows like n^1.1; O(n) expected"))), BANK), null);
        Answered linear = answerWithCode(fast);
        InterviewReport fastReport = fast.complete(alice, linear.sessionId()).block(TIMEOUT);

        assertThat(fastReport.strengths()).anySatisfy(s -> assertThat(s)
                .contains("code: judge verdict ACCEPTED", "grows like n^1.1"));
        assertThat(fastReport.weaknesses()).noneSatisfy(w -> assertThat(w).contains("judge verdict"));
    }

    @Test
    void anUnavailableJudgeIsSaidInTheFeedbackAndTheReportOfEitherPath() {
        JudgeAvailability down = new JudgeAvailability(Optional.of("bubblewrap is not installed"), Map.of());
        for (LlmInterviewer llm : new LlmInterviewer[] {null, llm(model(true))}) {
            FakeJudge judge = new FakeJudge(down, s -> Mono.error(new AssertionError("must not run")), Optional.empty());
            InterviewEngine engine = engine(CodeCheck.of(judge, BANK), llm);
            Answered answered = answerWithCode(engine);

            assertThat(judge.judged).hasValue(0);
            assertThat(CodeCheck.verdict(answered.evaluation())).isEmpty();
            assertThat(answered.evaluation().note()).isEqualTo("code was not executed: bubblewrap is not installed");
            List<Turn> turns = engine.turns(alice, answered.sessionId()).collectList().block(TIMEOUT);
            assertThat(turns).anySatisfy(t -> assertThat(t.text())
                    .contains("Note: code was not executed: bubblewrap is not installed"));
            InterviewReport report = engine.complete(alice, answered.sessionId()).block(TIMEOUT);
            assertThat(report.recommendations()).filteredOn(r -> r.contains(CodeCheck.NOT_EXECUTED)).singleElement()
                    .satisfies(r -> assertThat(r).contains("bubblewrap is not installed",
                            "judged from the explanation only"));
        }
    }

    @Test
    void aMissingLanguageRuntimeIsSaidNotThrown() {
        JudgeAvailability noPython = new JudgeAvailability(Optional.empty(), Map.of(Language.PYTHON, "python3 is missing"));
        FakeJudge judge = new FakeJudge(noPython, s -> Mono.error(new AssertionError("must not run")), Optional.empty());

        Answered answered = answerWithCode(engine(CodeCheck.of(judge, BANK), null));

        assertThat(judge.judged).hasValue(0);
        assertThat(answered.evaluation().note()).isEqualTo("code was not executed: python3 is missing");
    }

    @Test
    void aBusyJudgeAfterAFallbackKeepsBothNotes() {
        FakeJudge busy = new FakeJudge(UP, s -> Mono.error(UnavailableException.busy("code judge",
                Duration.ofSeconds(2))), Optional.empty());
        InterviewEngine engine = engine(CodeCheck.of(busy, BANK), llm(model(false)));

        Answered answered = answerWithCode(engine);

        assertThat(busy.judged).hasValue(1);
        assertThat(correctness(answered.evaluation())).isEmpty();
        assertThat(answered.evaluation().note()).contains("could not answer")
                .containsPattern("; code was not executed: .*busy");
        InterviewReport report = engine.complete(alice, answered.sessionId()).block(TIMEOUT);
        assertThat(report.recommendations()).anySatisfy(r -> assertThat(r).contains("code was not executed", "busy"));
    }

    @Test
    void textOnlyAnswersAreNotJudged() {
        FakeJudge judge = wrongOnLastTest();
        InterviewEngine engine = engine(CodeCheck.of(judge, BANK), null);
        UUID id = engine.create(alice, NewInterview.of(InterviewMode.CODING, Difficulty.EASY)).block(TIMEOUT).id();
        engine.start(alice, id).block(TIMEOUT);

        AnswerEvaluation evaluation = engine.answer(alice, id, CandidateAnswer.of(EXPLANATION)).block(TIMEOUT).evaluation();

        assertThat(judge.judged).hasValue(0);
        assertThat(correctness(evaluation)).isEmpty();
        assertThat(evaluation.note()).isNull();
    }
}
