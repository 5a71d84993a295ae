package dev.maangtracker.core.interview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maangtracker.core.error.UnavailableException;
import dev.maangtracker.core.evaluation.AnswerEvaluation;
import dev.maangtracker.core.evaluation.DimensionScore;
import dev.maangtracker.core.judge.CodeJudge;
import dev.maangtracker.core.judge.FailedCase;
import dev.maangtracker.core.judge.GrowthCheck;
import dev.maangtracker.core.judge.JudgeAvailability;
import dev.maangtracker.core.judge.JudgeResult;
import dev.maangtracker.core.judge.Language;
import dev.maangtracker.core.judge.Submission;
import dev.maangtracker.core.judge.TestResult;
import dev.maangtracker.core.judge.Verdict;
import dev.maangtracker.core.question.CodingProblem;
import dev.maangtracker.core.question.QuestionBank;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

class CodeCheckTest {

    private static final QuestionBank BANK = QuestionBank.loadDefault();
    private static final CodingProblem PROBLEM = BANK.codingProblem("pair-with-target-sum");
    private static final InterviewQuestion QUESTION = BankQuestionCatalog.of(BANK).find(PROBLEM.id()).orElseThrow();
    private static final CandidateAnswer ANSWER = new CandidateAnswer("I use a hash map.", "def f(): pass", "python", null);

    private static CodeJudge judge(JudgeAvailability availability, Function<Submission, Mono<JudgeResult>> behaviour) {
        return new CodeJudge() {
            @Override
            public Mono<JudgeResult> judge(Submission submission) {
                return behaviour.apply(submission);
            }

            @Override
            public JudgeAvailability availability() {
                return availability;
            }
        };
    }

    private static final JudgeAvailability UP = new JudgeAvailability(Optional.empty(), Map.of());

    @Test
    void acceptedCodeScoresFullCorrectness() {
        List<TestResult> tests = PROBLEM.tests().stream()
                .map(t -> new TestResult(0, t.hidden(), Verdict.ACCEPTED, Duration.ofMillis(1), 1024)).toList();
        CodeCheck check = CodeCheck.of(judge(UP, s -> Mono.just(new JudgeResult(Verdict.ACCEPTED, tests,
                Optional.empty(), "", Duration.ZERO))), BANK);

        DimensionScore correctness = check.check(QUESTION, ANSWER).block().orElseThrow().correctness().orElseThrow();

        assertThat(correctness.dimension()).isEqualTo("CORRECTNESS");
        assertThat(correctness.score()).isEqualTo(100);
        assertThat(correctness.rationale()).contains("ACCEPTED");
    }

    @Test
    void slowGrowthOfAcceptedCodeIsCited() {
        List<TestResult> tests = PROBLEM.tests().stream()
                .map(t -> new TestResult(0, t.hidden(), Verdict.ACCEPTED, Duration.ofMillis(1), 1024)).toList();
        CodeJudge slow = new CodeJudge() {
            @Override
            public Mono<JudgeResult> judge(Submission submission) {
                return Mono.just(new JudgeResult(Verdict.ACCEPTED, tests, Optional.empty(), "", Duration.ZERO));
            }

            @Override
            public Mono<Optional<GrowthCheck>> checkGrowth(Submission submission) {
                return Mono.just(Optional.of(new GrowthCheck("O(n)", 1, 2, false, "grows like n^2.0; O(n) expected")));
            }

            @Override
            public JudgeAvailability availability() {
                return UP;
            }
        };

        CodeCheck.Outcome outcome = CodeCheck.of(slow, BANK).check(QUESTION, ANSWER).block().orElseThrow();

        assertThat(outcome.correctness().orElseThrow().rationale()).contains("grows like n^2.0; O(n) expected");
        assertThat(outcome.growth()).hasValueSatisfying(g -> assertThat(g.matches()).isFalse());
    }

    @Test
    void wrongAnswerScoresTheShareOfPassedTestsAndCitesTheCase() {
        List<TestResult> tests = List.of(new TestResult(0, false, Verdict.WRONG_ANSWER, Duration.ZERO, 0));
        CodeCheck check = CodeCheck.of(judge(UP, s -> Mono.just(new JudgeResult(Verdict.WRONG_ANSWER, tests,
                Optional.of(new FailedCase("[[1,2],3]", "[0,1]", "[]")), "", Duration.ZERO))), BANK);

        DimensionScore correctness = check.check(QUESTION, ANSWER).block().orElseThrow().correctness().orElseThrow();

        assertThat(correctness.score()).isZero();
        assertThat(correctness.rationale()).contains("WRONG_ANSWER", "[[1,2],3]", "expected [0,1]", "got []");
    }

    @Test
    void withoutAJudgeTheCodeIsNotExecutedAndTheReasonIsGiven() {
        CodeCheck.Outcome outcome = CodeCheck.none().check(QUESTION, ANSWER).block().orElseThrow();

        assertThat(outcome.correctness()).isEmpty();
        assertThat(outcome.notExecuted()).hasValue("code was not executed: no code judge is configured");
    }

    @Test
    void anUnavailableLanguageOrABusyJudgeIsReportedNotThrown() {
        JudgeAvailability noPython = new JudgeAvailability(Optional.empty(), Map.of(Language.PYTHON, "no python3"));
        assertThat(CodeCheck.of(judge(noPython, s -> Mono.never()), BANK).check(QUESTION, ANSWER).block()
                .orElseThrow().notExecuted()).hasValue("code was not executed: no python3");

        CodeCheck busy = CodeCheck.of(judge(UP, s -> Mono.error(UnavailableException.busy("code judge",
                Duration.ofSeconds(2)))), BANK);
        assertThat(busy.check(QUESTION, ANSWER).block().orElseThrow().notExecuted()).hasValueSatisfying(
                why -> assertThat(why).contains("busy"));
    }

    @Test
    void textOnlyAnswersAreNotChecked() {
        assertThat(CodeCheck.none().check(QUESTION, CandidateAnswer.of("just words")).block()).isEmpty();
    }

    @Test
    void theVerdictMergedIntoAnEvaluationIsReadBack() {
        List<TestResult> tests = List.of(new TestResult(0, false, Verdict.ACCEPTED, Duration.ZERO, 0),
                new TestResult(1, false, Verdict.ACCEPTED, Duration.ZERO, 0),
                new TestResult(2, true, Verdict.TIME_LIMIT_EXCEEDED, Duration.ZERO, 0));
        CodeCheck check = CodeCheck.of(judge(UP, s -> Mono.just(new JudgeResult(Verdict.TIME_LIMIT_EXCEEDED, tests,
                Optional.empty(), "took too long", Duration.ZERO))), BANK);
        Optional<CodeCheck.Outcome> outcome = check.check(QUESTION, ANSWER).block();

        AnswerEvaluation merged = CodeCheck.merge(evaluation(List.of()), outcome);

        assertThat(CodeCheck.execution(merged)).hasValue(
                new CodeCheck.Execution(Verdict.TIME_LIMIT_EXCEEDED, 2, PROBLEM.tests().size()));
    }

    @Test
    void noExecutionIsReadFromCodeThatDidNotRunOrFromAnInterviewersGuess() {
        AnswerEvaluation notRun = CodeCheck.merge(evaluation(List.of()),
                CodeCheck.none().check(QUESTION, ANSWER).block());
        AnswerEvaluation guessed = evaluation(List.of(new DimensionScore(CodeCheck.DIMENSION, 90, List.of(),
                "looks correct for every example")));

        assertThat(CodeCheck.execution(notRun)).isEmpty();
        assertThat(CodeCheck.execution(guessed)).isEmpty();
        assertThat(CodeCheck.execution(evaluation(List.of()))).isEmpty();
    }

    private static AnswerEvaluation evaluation(List<DimensionScore> dimensions) {
        return new AnswerEvaluation(PROBLEM.id(), 70, dimensions, List.of(), List.of(), List.of(), List.of(), null,
                "rubric", null);
    }
}
