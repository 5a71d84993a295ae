package dev.maangtracker.app.analytics;

import java.time.LocalDate;
import java.util.List;

/**
 * The caller's daily streak and the calendar behind it.
 *
 * @param current    consecutive active days ending today (or yesterday when today has no activity yet)
 * @param longest    the longest run ever
 * @param activeDays distinct active days ever
 * @param lastActive the last active day, or {@code null}
 * @param calendar   active days of the last {@link AnalyticsService#CALENDAR_DAYS} days, oldest first
 */
public record StreakView(int current, int longest, int activeDays, LocalDate lastActive, List<ActiveDay> calendar) {

    /**
     * One active day.
     *
     * @param date       the caller's calendar day (UTC)
     * @param activities how many things were logged that day
     */
    public record ActiveDay(LocalDate date, int activities) {
    }
}
