package dev.maangtracker.core.interview;

import dev.maangtracker.core.error.InvalidInputException;
import dev.maangtracker.core.error.MaangException;
import dev.maangtracker.core.evaluation.AnswerEvaluation;
import dev.maangtracker.core.evaluation.DimensionScore;
import dev.maangtracker.core.judge.CodeJudge;
import dev.maangtracker.core.judge.GrowthCheck;
import dev.maangtracker.core.judge.JudgeResult;
import dev.maangtracker.core.judge.Language;
import dev.maangtracker.core.judge.Submission;
import dev.maangtracker.core.judge.TestSelection;
import dev.maangtracker.core.judge.Verdict;
import dev.maangtracker.core.question.CodingProblem;
import dev.maangtracker.core.question.InterviewMode;
import dev.maangtracker.core.question.QuestionBank;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import reactor.core.publisher.Mono;

/**
 * Runs the code of a CODING answer through a {@link CodeJudge} and turns the verdict into the CORRECTNESS dimension,
 * or says why the code was not executed (no judge, judge or language unavailable, queue full, no such problem).
 * The {@link InterviewEngine} applies it once per answer, whichever interviewer evaluated it (give it to the engine
 * with {@link InterviewEngine.Builder#codeCheck(CodeCheck)}). Thread-safe when the judge is.
 */
public final class CodeCheck {

    /** The dimension the verdicts score. */
    public static final String DIMENSION = "CORRECTNESS";
    /** Share of the overall score CORRECTNESS takes when the code ran; the rubric score keeps the rest. */
    public static final double WEIGHT = 0.4;

    /** How the part of an evaluation's note that says its code did not run begins. */
    public static final String NOT_EXECUTED = "code was not executed";
    /** How the improvement that asks for faster code (accepted, but the run time grows too fast) begins. */
    static final String TOO_SLOW = "make the code faster";
    /** How the rationale of a CORRECTNESS dimension scored from a real verdict begins. */
    public static final String VERDICT = "judge verdict ";

    private static final Duration TIMEOUT = Duration.ofMinutes(2);
    /** The start of a rationale {@link #dimension} writes: verdict, tests passed and tests in all. */
    private static final Pattern EXECUTED = Pattern.compile(
            Pattern.quote(VERDICT) + "([A-Z_]+): (\\d{1,9}) of (\\d{1,9}) tests passed");

    private final CodeJudge judge;
    private final Function<String, Optional<CodingProblem>> problems;

    private CodeCheck(CodeJudge judge, Function<String, Optional<CodingProblem>> problems) {
        this.judge = judge;
        this.problems = problems;
    }

    /** Judges code of the bank's coding problems with the given judge. */
    public static CodeCheck of(CodeJudge judge, QuestionBank bank) {
        return new CodeCheck(judge, bank::findCodingProblem);
    }

    /** Executes nothing; every evaluation says no judge is configured. */
    public static CodeCheck none() {
        return new CodeCheck(null, id -> Optional.empty());
    }

    /**
     * What the code tells about correctness.
     *
     * @param correctness the CORRECTNESS dimension, when the code ran
     * @param notExecuted why the code did not run, when it did not
     * @param growth      for accepted code, how its run time grew on larger generated inputs, when measured
     */
    public record Outcome(Optional<DimensionScore> correctness, Optional<String> notExecuted,
                          Optional<GrowthCheck> growth) {

        static Outcome skipped(String why) {
            return new Outcome(Optional.empty(), Optional.of(NOT_EXECUTED + ": " + why), Optional.empty());
        }
    }

    /**
     * What the judge said about an answer's code, read back from the evaluation it was merged into.
     *
     * @param verdict the overall verdict
     * @param passed  tests passed before the first failure (all of them when accepted)
     * @param total   the problem's tests
     */
    public record Execution(Verdict verdict, int passed, int total) {

        /** Validates every field; see the component descriptions. */
        public Execution {
            Objects.requireNonNull(verdict, "verdict");
            if (total < 0 || passed < 0 || passed > total) {
                throw InvalidInputException.of("passed",
                        "must be between 0 and total (" + passed + " of " + total + ")");
            }
        }
    }

    /**
     * The judge's verdict on the evaluation's code, when the engine ran it: read from the CORRECTNESS dimension this
     * class merged in (an interviewer's guessed CORRECTNESS is not a verdict). Empty when the code did not run or the
     * evaluation had no code.
     */
    public static Optional<Execution> execution(AnswerEvaluation evaluation) {
        return verdict(evaluation).flatMap(dimension -> {
            Matcher matcher = EXECUTED.matcher(dimension.rationale());
            if (!matcher.lookingAt()) {
                return Optional.empty();
            }
            Verdict verdict;
            try {
                verdict = Verdict.valueOf(matcher.group(1));
            } catch (IllegalArgumentException notAVerdict) {
                return Optional.empty();
            }
            int passed = Integer.parseInt(matcher.group(2));
            int total = Integer.parseInt(matcher.group(3));
            return passed <= total ? Optional.of(new Execution(verdict, passed, total)) : Optional.empty();
        });
    }

    /**
     * Checks the answer's code; empty when the question is not CODING or the answer has no code. Never fails for an
     * unavailable judge or language, a full queue or a judge that does not answer in time: the outcome says why the
     * code was not executed.
     */
    public Mono<Optional<Outcome>> check(InterviewQuestion question, CandidateAnswer answer) {
        if (question.mode() != InterviewMode.CODING || answer.code() == null) {
            return Mono.just(Optional.empty());
        }
        if (judge == null) {
            return Mono.just(Optional.of(Outcome.skipped("no code judge is configured")));
        }
        Optional<CodingProblem> problem = problems.apply(question.id());
        if (problem.isEmpty()) {
            return Mono.just(Optional.of(Outcome.skipped("the question has no judge tests")));
        }
        Language language = Language.fromId(answer.language());
        Optional<String> why = judge.availability().whyNot(language);
        if (why.isPresent()) {
            return Mono.just(Optional.of(Outcome.skipped(why.get())));
        }
        Submission submission = new Submission(problem.get(), language, answer.code(), TestSelection.ALL);
        return judge.judge(submission)
                .timeout(TIMEOUT)
                .flatMap(result -> growth(submission, result).map(growth -> Optional.of(new Outcome(
                        Optional.of(dimension(result, problem.get(), growth)), Optional.empty(), growth))))
                .onErrorResume(MaangException.class, e -> Mono.just(Optional.of(Outcome.skipped(e.getMessage()))))
                .onErrorResume(java.util.concurrent.TimeoutException.class,
                        e -> Mono.just(Optional.of(Outcome.skipped("the judge did not answer in time"))));
    }

    /** For accepted code, the growth check; empty when not accepted, not measurable or failing. */
    private Mono<Optional<GrowthCheck>> growth(Submission submission, JudgeResult result) {
        if (result.verdict() != Verdict.ACCEPTED) {
            return Mono.just(Optional.empty());
        }
        return judge.checkGrowth(submission).timeout(TIMEOUT).onErrorReturn(Optional.empty());
    }

    /**
     * The outcome in words, for an interviewer's prompt: the judge's verdict with the tests passed, the first failing
     * visible case (hidden tests are never shown) and the run-time growth; or why the code did not run.
     */
    public static String describe(Outcome outcome) {
        return outcome.correctness().map(DimensionScore::rationale)
                .orElseGet(() -> outcome.notExecuted().orElse(NOT_EXECUTED));
    }

    /** The share of tests passed, with the verdict, the first failing visible case and the growth in the rationale. */
    static DimensionScore dimension(JudgeResult result, CodingProblem problem, Optional<GrowthCheck> growth) {
        int total = problem.tests().size();
        long passed = result.passedCount();
        int score = result.verdict() == Verdict.ACCEPTED ? 100 : (int) Math.min(99, Math.round(100.0 * passed / total));
        StringBuilder rationale = new StringBuilder(VERDICT).append(result.verdict()).append(": ")
                .append(passed).append(" of ").append(total).append(" tests passed");
        result.failedCase().ifPresent(failed -> rationale.append("; failed on input ").append(failed.args())
                .append(", expected ").append(failed.expected()).append(", got ").append(abbreviate(failed.actual())));
        if (!result.message().isBlank()) {
            rationale.append("; ").append(abbreviate(result.message()));
        }
        growth.ifPresent(g -> rationale.append("; run time ").append(g.summary()));
        return new DimensionScore(DIMENSION, score, List.of(), rationale.toString());
    }

    /**
     * The evaluation with the outcome merged in: a CORRECTNESS dimension first (replacing one the interviewer guessed
     * without running the code) blended into the overall score with {@link #WEIGHT}, the verdict among strengths or
     * improvements; or, when the code did not run, the reason appended to the note. Unchanged for an empty outcome.
     */
    static AnswerEvaluation merge(AnswerEvaluation evaluation, Optional<Outcome> outcome) {
        if (outcome.isEmpty()) {
            return evaluation;
        }
        if (outcome.get().correctness().isEmpty()) {
            String why = outcome.get().notExecuted().orElseThrow();
            String note = evaluation.note() == null ? why : evaluation.note() + "; " + why;
            return evaluation.producedBy(evaluation.producedBy(), note);
        }
        DimensionScore correctness = outcome.get().correctness().get();
        List<DimensionScore> dimensions = new ArrayList<>(evaluation.dimensions());
        dimensions.removeIf(d -> d.dimension().equals(DIMENSION));
        dimensions.add(0, correctness);
        int overall = (int) Math.round(evaluation.overallScore() * (1 - WEIGHT) + correctness.score() * WEIGHT);
        List<String> strengths = new ArrayList<>(evaluation.strengths());
        List<String> improvements = new ArrayList<>(evaluation.improvements());
        if (correctness.score() == 100) {
            strengths.add(0, "code passed every test");
            outcome.get().growth().filter(g -> !g.matches())
                    .ifPresent(g -> improvements.add(0, TOO_SLOW + ": its run time " + g.summary()));
        } else {
            improvements.add(0, "make the code correct: " + correctness.rationale());
        }
        return new AnswerEvaluation(evaluation.questionId(), overall, dimensions, evaluation.coveredPoints(),
                evaluation.missedPoints(), strengths, improvements, evaluation.followUp(), evaluation.producedBy(),
                evaluation.note());
    }

    /** Why the evaluation's code was not executed ({@link #NOT_EXECUTED} and the reason), if it says so. */
    static Optional<String> notExecuted(AnswerEvaluation evaluation) {
        String note = evaluation.note();
        int at = note == null ? -1 : note.indexOf(NOT_EXECUTED);
        return at < 0 ? Optional.empty() : Optional.of(note.substring(at));
    }

    /** The CORRECTNESS dimension scored from a real verdict, if the evaluation has one. */
    static Optional<DimensionScore> verdict(AnswerEvaluation evaluation) {
        return evaluation.dimensions().stream()
                .filter(d -> d.dimension().equals(DIMENSION) && d.rationale().startsWith(VERDICT)).findFirst();
    }

    private static String abbreviate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + " …";
    }
}
