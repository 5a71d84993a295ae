package dev.maangtracker.tracker.activity;

import dev.maangtracker.core.error.InvalidInputException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Daily practice streaks over the user's calendar days.
 *
 * @param current    consecutive active days ending today, or ending yesterday when today has no activity yet
 * @param longest    the longest run of consecutive active days ever
 * @param activeDays how many distinct days had activity
 * @param lastActive the last active day, or {@code null} when there was none
 */
public record Streak(int current, int longest, int activeDays, LocalDate lastActive) {

    /** Validates every field; see the component descriptions. */
    public Streak {
        if (current < 0 || longest < current || activeDays < longest) {
            throw InvalidInputException.of("streak", "needs 0 <= current <= longest <= activeDays");
        }
    }

    /**
     * The streaks of a set of active days, seen on a given day.
     *
     * @param days  the user's local dates with activity; duplicates and order do not matter
     * @param today the user's local date now
     */
    public static Streak of(Collection<LocalDate> days, LocalDate today) {
        Objects.requireNonNull(today, "today");
        TreeSet<LocalDate> sorted = new TreeSet<>(days);
        sorted.removeIf(d -> d.isAfter(today));
        int longest = 0;
        int run = 0;
        LocalDate previous = null;
        for (LocalDate day : sorted) {
            run = previous != null && previous.plusDays(1).equals(day) ? run + 1 : 1;
            longest = Math.max(longest, run);
            previous = day;
        }
        int current = 0;
        if (previous != null && !previous.isBefore(today.minusDays(1))) {
            current = run;
        }
        return new Streak(current, longest, sorted.size(), previous);
    }
}
