package dev.maangtracker.app.analytics;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The caller's interview history with score trends.
 *
 * @param interviews every interview, newest first (at most {@link AnalyticsService#MAX_HISTORY})
 * @param overall    the overall score of each completed interview, oldest first
 * @param dimensions per rubric dimension, its scores oldest first, sorted by dimension
 */
public record HistoryView(List<InterviewSummary> interviews, Trend overall, List<Trend> dimensions) {

    /**
     * Scores of one measure over time.
     *
     * @param name    {@code overall} or the dimension's name
     * @param points  the scores, oldest first
     * @param average mean score, 0 when there are none
     * @param change  the latest score minus the first, 0 with fewer than two
     */
    public record Trend(String name, List<Point> points, double average, int change) {
    }

    /**
     * One score.
     *
     * @param interviewId the interview
     * @param at          when it ended
     * @param score       0 to 100
     */
    public record Point(UUID interviewId, Instant at, int score) {
    }
}
