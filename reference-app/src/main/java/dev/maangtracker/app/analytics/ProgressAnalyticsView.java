package dev.maangtracker.app.analytics;

import dev.maangtracker.core.question.Difficulty;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The caller's progress per difficulty and over time.
 *
 * @param overall      progress over every coding problem, 0 to 100
 * @param solved       distinct problems solved or mastered
 * @param byDifficulty results per difficulty
 * @param byTopic      progress per topic slug, 0 to 100
 * @param timeline     one entry per day with attempts, oldest first
 */
public record ProgressAnalyticsView(int overall, int solved, Map<Difficulty, DifficultyView> byDifficulty,
                                    Map<String, Integer> byTopic, List<Day> timeline) {

    /**
     * Results on problems of one difficulty.
     *
     * @param attempts              attempts made
     * @param solvedAttempts        attempts that solved the problem
     * @param problemsSolved        distinct problems solved
     * @param problemsTotal         problems of this difficulty in the catalog
     * @param solveRate             solved attempts over attempts, 0 to 1
     * @param averageMinutes        mean minutes per attempt
     * @param averageMinutesToSolve mean minutes of the solved attempts
     */
    public record DifficultyView(int attempts, int solvedAttempts, int problemsSolved, int problemsTotal,
                                 double solveRate, double averageMinutes, double averageMinutesToSolve) {
    }

    /**
     * One day of practice.
     *
     * @param date               the day (UTC)
     * @param attempts           attempts that day: at problems, and studies of system design concepts
     * @param solvedAttempts     of those, solved
     * @param minutes            minutes practised that day
     * @param problemsSolvedToDate distinct problems solved up to and including that day
     */
    public record Day(LocalDate date, int attempts, int solvedAttempts, int minutes, int problemsSolvedToDate) {
    }
}
