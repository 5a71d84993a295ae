package dev.maangtracker.tracker.interview;

import dev.maangtracker.core.error.InvalidInputException;
import dev.maangtracker.core.evaluation.AnswerEvaluation;
import dev.maangtracker.core.evaluation.DimensionScore;
import dev.maangtracker.core.interview.CodeCheck;
import dev.maangtracker.core.judge.Verdict;
import dev.maangtracker.tracker.progress.AttemptOutcome;
import java.util.Objects;

/**
 * How an evaluated interview answer counts as a practice attempt. Code the judge ran decides by its verdict; without
 * a run, a score decides with the thresholds {@link #SOLVED_SCORE} and {@link #PARTIAL_SCORE}.
 */
public final class AnswerOutcomes {

    /** A score from which an answer without a judge run counts as solved. */
    public static final int SOLVED_SCORE = 80;
    /** A score from which an answer without a judge run counts as partly solved; below it, failed. */
    public static final int PARTIAL_SCORE = 40;

    private AnswerOutcomes() {
    }

    /** Accepted code solved the problem; code that passed some tests solved it partly; anything else failed. */
    public static AttemptOutcome fromExecution(CodeCheck.Execution execution) {
        Objects.requireNonNull(execution, "execution");
        if (execution.verdict() == Verdict.ACCEPTED) {
            return AttemptOutcome.SOLVED;
        }
        return execution.passed() > 0 ? AttemptOutcome.PARTIAL : AttemptOutcome.FAILED;
    }

    /**
     * Solved from {@link #SOLVED_SCORE}, partly solved from {@link #PARTIAL_SCORE}, else failed.
     *
     * @param score 0 to 100
     * @throws InvalidInputException for a score out of range
     */
    public static AttemptOutcome fromScore(int score) {
        if (score < 0 || score > 100) {
            throw InvalidInputException.outOfRange("score", score, 0, 100);
        }
        return score >= SOLVED_SCORE ? AttemptOutcome.SOLVED
                : score >= PARTIAL_SCORE ? AttemptOutcome.PARTIAL : AttemptOutcome.FAILED;
    }

    /**
     * The score that stands for correctness when the code did not run: the interviewer's own CORRECTNESS dimension
     * (a model reading the code) when the evaluation has one, else the answer's overall score.
     */
    public static int correctnessScore(AnswerEvaluation evaluation) {
        return evaluation.dimensions().stream().filter(d -> d.dimension().equals(CodeCheck.DIMENSION))
                .mapToInt(DimensionScore::score).findFirst().orElse(evaluation.overallScore());
    }
}
