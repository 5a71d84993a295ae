package dev.maangtracker.tracker.progress;

import dev.maangtracker.core.question.Difficulty;
import java.util.Objects;

/**
 * A user's results on problems of one difficulty.
 *
 * @param difficulty            which difficulty
 * @param attempts              attempts made
 * @param solvedAttempts        attempts that solved the problem
 * @param problemsSolved        distinct problems solved at least once
 * @param problemsTotal         problems of this difficulty in the catalog
 * @param solveRate             solved attempts over attempts, 0 to 1; 0 without attempts
 * @param averageMinutes        mean minutes per attempt; 0 without attempts
 * @param averageMinutesToSolve mean minutes of the solved attempts; 0 without any
 */
public record DifficultyStats(Difficulty difficulty, int attempts, int solvedAttempts, int problemsSolved,
                              int problemsTotal, double solveRate, double averageMinutes,
                              double averageMinutesToSolve) {

    /** Validates every field; see the component descriptions. */
    public DifficultyStats {
        Objects.requireNonNull(difficulty, "difficulty");
    }
}
