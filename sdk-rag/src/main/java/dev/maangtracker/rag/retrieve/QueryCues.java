package dev.maangtracker.rag.retrieve;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a query says beyond its words' meaning: the periods of time it names ("in May 2023",
 * "on 13 October", "last week", "two months ago") and whether it names something specific (a proper
 * noun, an acronym, a number or a date), which an embedding represents poorly and a word match
 * finds exactly. Absolute dates without a year and relative expressions are resolved against
 * {@code today}. Stateless.
 */
final class QueryCues {

    /** A named period of days, {@code start} inclusive, {@code end} exclusive. */
    record Period(LocalDate start, LocalDate end) {

        /** Whether a day falls in the period or within {@code graceDays} after it. */
        boolean covers(LocalDate day, int graceDays) {
            return !day.isBefore(start) && day.isBefore(end.plusDays(graceDays));
        }
    }

    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October|November"
            + "|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?";
    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
    private static final String YEAR = "((?:19|20)\\d{2})";
    private static final String WEEKDAY = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    private static final String COUNT = "(\\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)";

    // Month names are matched only capitalised: "may" the verb is not "May" the month.
    private static final Pattern ISO_DAY = Pattern.compile("\\b" + YEAR + "-(\\d{2})-(\\d{2})\\b");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\b" + DAY + " (?:of )?" + MONTH + ",? " + YEAR + "\\b");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("\\b" + MONTH + " " + DAY + ",? " + YEAR + "\\b");
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b" + MONTH + ",? " + YEAR + "\\b");
    private static final Pattern DAY_MONTH = Pattern.compile("\\b" + DAY + " (?:of )?" + MONTH + "(?![\\w])");
    private static final Pattern MONTH_DAY = Pattern.compile("\\b" + MONTH + " " + DAY + "\\b");
    private static final Pattern MONTH_ALONE = Pattern.compile("\\b" + MONTH + "(?![\\w])");
    private static final Pattern YEAR_ALONE = Pattern.compile("\\b" + YEAR + "\\b");
    private static final Pattern RELATIVE_DAY = Pattern.compile("(?i)\\b(yesterday|today)\\b");
    private static final Pattern CALENDAR_UNIT = Pattern.compile("(?i)\\b(this|last|past|previous) (week|month|year)\\b");
    private static final Pattern UNITS_AGO = Pattern.compile("(?i)\\b" + COUNT + " (day|week|month|year)s? ago\\b");
    private static final Pattern WEEKDAY_NAMED = Pattern.compile("(?i)\\b(last |on |this )?" + WEEKDAY + "\\b");

    private static final List<Pattern> PERIOD_PATTERNS = List.of(ISO_DAY, DAY_MONTH_YEAR, MONTH_DAY_YEAR, MONTH_YEAR,
            DAY_MONTH, MONTH_DAY, MONTH_ALONE, YEAR_ALONE, RELATIVE_DAY, CALENDAR_UNIT, UNITS_AGO, WEEKDAY_NAMED);

    private static final Pattern ASKS_WHEN = Pattern.compile("(?i)^\\W*(?:when|since when|how long ago|"
            + "(?:what|which) (?:date|day|month|year|time|week|weekend))\\b");
    private static final Pattern TIME_WORD = Pattern.compile("(?i)\\b(?:yesterday|today|tonight|tomorrow|ago|recently"
            + "|lately|weekend|(?:last|next|this|past|previous) (?:week|month|year|night|time)"
            + "|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");

    private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("a", 1), Map.entry("an", 1),
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9),
            Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12));
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'+#-]*");

    private QueryCues() {
    }

    /** The periods the query names, resolved against {@code today}; empty when it names none. */
    static List<Period> periods(String query, LocalDate today) {
        List<Period> periods = new ArrayList<>();
        boolean[] taken = new boolean[query.length()];
        for (MatchResult m : free(ISO_DAY, query, taken)) {
            day(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), periods);
        }
        for (MatchResult m : free(DAY_MONTH_YEAR, query, taken)) {
            day(Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)), periods);
        }
        for (MatchResult m : free(MONTH_DAY_YEAR, query, taken)) {
            day(Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2)), periods);
        }
        for (MatchResult m : free(MONTH_YEAR, query, taken)) {
            LocalDate start = LocalDate.of(Integer.parseInt(m.group(2)), month(m.group(1)), 1);
            periods.add(new Period(start, start.plusMonths(1)));
        }
        for (MatchResult m : free(DAY_MONTH, query, taken)) {
            lastDay(month(m.group(2)), Integer.parseInt(m.group(1)), today, periods);
        }
        for (MatchResult m : free(MONTH_DAY, query, taken)) {
            lastDay(month(m.group(1)), Integer.parseInt(m.group(2)), today, periods);
        }
        for (MatchResult m : free(MONTH_ALONE, query, taken)) {
            int month = month(m.group(1));
            int year = month <= today.getMonthValue() ? today.getYear() : today.getYear() - 1;
            LocalDate start = LocalDate.of(year, month, 1);
            periods.add(new Period(start, start.plusMonths(1)));
        }
        for (MatchResult m : free(YEAR_ALONE, query, taken)) {
            LocalDate start = LocalDate.of(Integer.parseInt(m.group(1)), 1, 1);
            periods.add(new Period(start, start.plusYears(1)));
        }
        for (MatchResult m : free(RELATIVE_DAY, query, taken)) {
            LocalDate day = m.group(1).equalsIgnoreCase("today") ? today : today.minusDays(1);
            periods.add(new Period(day, day.plusDays(1)));
        }
        for (MatchResult m : free(CALENDAR_UNIT, query, taken)) {
            boolean current = m.group(1).equalsIgnoreCase("this");
            periods.add(unit(m.group(2).toLowerCase(Locale.ROOT), current ? 0 : 1, today));
        }
        for (MatchResult m : free(UNITS_AGO, query, taken)) {
            String count = m.group(1).toLowerCase(Locale.ROOT);
            int n = NUMBERS.containsKey(count) ? NUMBERS.get(count) : Integer.parseInt(count);
            periods.add(unit(m.group(2).toLowerCase(Locale.ROOT), n, today));
        }
        for (MatchResult m : free(WEEKDAY_NAMED, query, taken)) {
            DayOfWeek weekday = DayOfWeek.valueOf(m.group(2).toUpperCase(Locale.ROOT));
            boolean strictlyBefore = m.group(1) != null && m.group(1).trim().equalsIgnoreCase("last");
            LocalDate day = today.with(strictlyBefore ? TemporalAdjusters.previous(weekday)
                    : TemporalAdjusters.previousOrSame(weekday));
            periods.add(new Period(day, day.plusDays(1)));
        }
        return periods;
    }

    /**
     * Whether the query names something specific: a capitalised word that does not open a sentence
     * (other than "I"), an acronym, or a word with digits ("2D", "60%"). Words of a named period
     * ("in March", "on 5 May 2023") do not count: the memory's date matches those, not its words.
     */
    static boolean namesSomething(String query) {
        boolean[] taken = new boolean[query.length()];
        for (Pattern pattern : PERIOD_PATTERNS) {
            free(pattern, query, taken);
        }
        StringBuilder rest = new StringBuilder(query);
        for (int i = 0; i < taken.length; i++) {
            if (taken[i]) {
                rest.setCharAt(i, ' ');
            }
        }
        return namesSomethingIn(rest.toString());
    }

    private static boolean namesSomethingIn(String query) {
        Matcher m = TOKEN.matcher(query);
        boolean sentenceStart = true;
        int last = 0;
        while (m.find()) {
            String between = query.substring(last, m.start());
            if (between.contains(".") || between.contains("?") || between.contains("!")) {
                sentenceStart = true;
            }
            String token = m.group().replaceAll("['-]+$", "");
            last = m.end();
            boolean digits = token.chars().anyMatch(Character::isDigit);
            boolean acronym = token.length() >= 2 && token.chars().filter(Character::isLetter).count() >= 2
                    && token.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
            boolean capitalised = Character.isUpperCase(token.charAt(0)) && !token.equals("I")
                    && !token.startsWith("I'");
            if (digits || acronym || (capitalised && !sentenceStart)) {
                return true;
            }
            sentenceStart = false;
        }
        return false;
    }

    /** Whether the query asks for a time ("When did...", "What year...", "How long ago..."). */
    static boolean asksWhen(String query) {
        return ASKS_WHEN.matcher(query).find();
    }

    /**
     * Whether a text tells a time: a relative expression ("yesterday", "last week", "two days ago",
     * a weekday) or any date or period a query could name.
     */
    static boolean tellsTime(String text) {
        if (TIME_WORD.matcher(text).find()) {
            return true;
        }
        for (Pattern pattern : PERIOD_PATTERNS) {
            if (pattern.matcher(text).find()) {
                return true;
            }
        }
        return false;
    }

    /** The matches of a pattern over characters no earlier pattern took; marks them taken. */
    private static List<MatchResult> free(Pattern pattern, String query, boolean[] taken) {
        List<MatchResult> found = new ArrayList<>();
        Matcher m = pattern.matcher(query);
        while (m.find()) {
            boolean clear = true;
            for (int i = m.start(); i < m.end() && clear; i++) {
                clear = !taken[i];
            }
            if (clear) {
                Arrays.fill(taken, m.start(), m.end(), true);
                found.add(m.toMatchResult());
            }
        }
        return found;
    }

    private static int month(String name) {
        String key = name.substring(0, 3).toLowerCase(Locale.ROOT);
        return List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec").indexOf(key) + 1;
    }

    private static void day(int year, int month, int dayOfMonth, List<Period> periods) {
        if (month >= 1 && month <= 12 && dayOfMonth >= 1 && dayOfMonth <= LocalDate.of(year, month, 1).lengthOfMonth()) {
            LocalDate day = LocalDate.of(year, month, dayOfMonth);
            periods.add(new Period(day, day.plusDays(1)));
        }
    }

    /** The latest such day on or before today (a date named without its year). */
    private static void lastDay(int month, int dayOfMonth, LocalDate today, List<Period> periods) {
        if (dayOfMonth < 1) {
            return;
        }
        for (int year = today.getYear(); year >= today.getYear() - 4; year--) {
            if (dayOfMonth <= LocalDate.of(year, month, 1).lengthOfMonth()
                    && !LocalDate.of(year, month, dayOfMonth).isAfter(today)) {
                day(year, month, dayOfMonth, periods);
                return;
            }
        }
    }

    /** The calendar week, month or year {@code back} units before the current one. */
    private static Period unit(String unit, int back, LocalDate today) {
        switch (unit) {
            case "day":
                return new Period(today.minusDays(back), today.minusDays(back).plusDays(1));
            case "week":
                LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(back);
                return new Period(monday, monday.plusWeeks(1));
            case "month":
                LocalDate first = today.withDayOfMonth(1).minusMonths(back);
                return new Period(first, first.plusMonths(1));
            default:
                LocalDate january = today.withDayOfYear(1).minusYears(back);
                return new Period(january, january.plusYears(1));
        }
    }
}
