package dev.maangtracker.app.analytics;

import dev.maangtracker.app.tracker.PlanView;
import dev.maangtracker.app.tracker.TopicProgressView;
import java.util.List;

/**
 * Everything the caller's home page shows.
 *
 * @param overall          progress over every coding problem, 0 to 100
 * @param systemDesign     progress over every system design concept, 0 to 100
 * @param solved           distinct problems solved or mastered
 * @param topics           progress per topic, in prerequisite order
 * @param streak           current and longest streak with the calendar of active days
 * @param recentInterviews the latest interviews, newest first, with scores
 * @param weaknesses       a summary of the open weaknesses
 * @param plan             today's plan (default size)
 */
public record DashboardView(int overall, int systemDesign, int solved, List<TopicProgressView> topics,
                            StreakView streak, List<InterviewSummary> recentInterviews, WeaknessSummary weaknesses,
                            PlanView plan) {

    /**
     * The open weaknesses in brief.
     *
     * @param open how many are open
     * @param top  the most pressing ones
     */
    public record WeaknessSummary(int open, List<Item> top) {
    }

    /**
     * One weakness in brief.
     *
     * @param topic      topic, concept or competency
     * @param severity   0 to 10
     * @param confidence 0 to 1
     * @param priority   severity × confidence
     */
    public record Item(String topic, double severity, double confidence, double priority) {
    }
}
