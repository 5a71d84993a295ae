package dev.maangtracker.core.analytics;

import dev.maangtracker.core.analytics.internal.EnglishWords;
import dev.maangtracker.core.analytics.internal.PhraseMatcher;
import dev.maangtracker.core.analytics.internal.TechnologyLexicon;
import dev.maangtracker.core.analytics.internal.Token;
import dev.maangtracker.core.analytics.internal.TokenizedText;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Measures how concrete an answer is. The score saturates: {@code 100 * (1 - e^(-points / 5))}
 * where each metric is worth 2 points (at most 5 count), each technology 1.5 (at most 6), each
 * other number, name and time reference 1 (at most 4, 4 and 3). Proper nouns are capitalised words
 * that do not open a sentence, are not "I", a month, a weekday, a technology or a generic acronym
 * (API, UI, ...); adjacent ones form one name ("Goldman Sachs"). Numbers inside big-O notation
 * ({@code O(1)}, {@code n^2}) are not details and are not counted; spelled-out numbers ("two
 * hundred", "forty") are. Stateless after construction and
 * thread-safe.
 */
final class SpecificityAnalyzer {

    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december");
    private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");
    private static final Set<String> GENERIC_CAPS = Set.of("api", "apis", "ui", "ux", "db", "id", "ids", "ok", "okay",
            "pr", "prs", "qa", "cpu", "gpu", "ram", "sdk", "url", "urls", "ceo", "cto", "vp", "pm", "sre", "sla", "slas",
            "slo", "slos", "eta", "faq", "todo", "mvp", "poc", "okr", "okrs", "kpi", "kpis", "o", "tl;dr", "hr", "it");
    private static final Set<String> RELATIVE_TIME = Set.of("year", "quarter", "month", "week", "sprint", "summer",
            "winter", "spring", "fall", "autumn", "semester", "release", "weekend");
    private static final Set<String> TIME_UNITS = Set.of("year", "years", "month", "months", "week", "weeks", "day",
            "days", "decade", "decades", "hour", "hours");
    private static final Set<String> BIG_O = Set.of("o", "θ", "ω");
    private static final Pattern QUARTER = Pattern.compile("[qh][1-4]");
    private static final PhraseMatcher<String> RELATIVE_TIME_PHRASES = relativeTimePhrases();

    private final TechnologyLexicon technologies;

    SpecificityAnalyzer(TechnologyLexicon technologies) {
        this.technologies = technologies;
    }

    Specificity analyze(TokenizedText t) {
        boolean[] used = new boolean[t.size()];
        Set<String> metrics = new LinkedHashSet<>();
        for (MetricRecognizer.Found metric : MetricRecognizer.metrics(t)) {
            metrics.add(metric.text());
            mark(used, metric.from(), metric.to());
        }
        Set<String> techs = new LinkedHashSet<>();
        for (int i = 0; i < t.size(); i++) {
            PhraseMatcher.Match<String> tech = technologies.matchAt(t, i);
            if (tech != null) {
                techs.add(tech.value());
                mark(used, tech.from(), tech.to());
                i = tech.to() - 1;
            }
        }
        boolean[] inMetricOrTechnology = used.clone();
        List<String> times = timeReferences(t, used);
        int numbers = 0;
        int otherNumbers = 0;
        for (int i = 0; i < t.size(); i++) {
            // A spelled number inside a time reference ("two years ago") is the time, not a quantity.
            boolean spelled = t.token(i).isWord() && EnglishWords.SPELLED_NUMBERS.contains(t.token(i).norm())
                    && (!used[i] || inMetricOrTechnology[i]);
            if (spelled || t.token(i).isNumeric() && !MetricRecognizer.isYear(t, i) && !isInsideBigO(t, i)) {
                numbers++;
                if (!used[i]) {
                    otherNumbers++;
                }
            }
        }
        List<String> names = properNouns(t, used);
        double points = 2.0 * Math.min(metrics.size(), 5) + 1.5 * Math.min(techs.size(), 6)
                + Math.min(otherNumbers, 4) + Math.min(names.size(), 4) + Math.min(times.size(), 3);
        int score = (int) Math.round(100 * (1 - Math.exp(-points / 5)));
        return new Specificity(numbers, List.copyOf(metrics), List.copyOf(techs), names, times, score);
    }

    private static List<String> timeReferences(TokenizedText t, boolean[] used) {
        List<String> times = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            Token token = t.token(i);
            if (!token.isWord()) {
                continue;
            }
            PhraseMatcher.Match<String> relative = RELATIVE_TIME_PHRASES.matchAt(t, i);
            if (relative != null) {
                times.add(t.span(relative.from(), relative.to()));
                mark(used, relative.from(), relative.to());
                i = relative.to() - 1;
            } else if (MetricRecognizer.isYear(t, i) || QUARTER.matcher(token.norm()).matches()
                    || (token.isCapitalized() && (MONTHS.contains(token.norm()) || WEEKDAYS.contains(token.norm())))) {
                times.add(token.text());
                used[i] = true;
            } else if (token.is("ago") && i > 0 && TIME_UNITS.contains(t.token(i - 1).norm())) {
                int from = i - 1;
                if (from - 1 >= t.sentenceOf(i).firstToken() && t.token(from - 1).isWord()) {
                    from--;
                }
                times.add(t.span(from, i + 1));
                mark(used, from, i + 1);
            }
        }
        return times;
    }

    private static List<String> properNouns(TokenizedText t, boolean[] used) {
        Set<String> names = new LinkedHashSet<>();
        int i = 0;
        while (i < t.size()) {
            if (!isNamePart(t, i, used)) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < t.size() && isNamePart(t, end, used)) {
                end++;
            }
            names.add(t.span(i, end));
            i = end;
        }
        return List.copyOf(names);
    }

    private static boolean isNamePart(TokenizedText t, int i, boolean[] used) {
        Token token = t.token(i);
        if (used[i] || !token.isCapitalized() || token.isNumeric() || t.isFirstWordOfSentence(i)) {
            return false;
        }
        String norm = token.norm();
        return norm.codePointCount(0, norm.length()) > 1 && !EnglishWords.isFirstPersonI(norm)
                && !GENERIC_CAPS.contains(norm) && !MONTHS.contains(norm) && !WEEKDAYS.contains(norm)
                && !(token.text().equals(token.text().toUpperCase(Locale.ROOT)) && EnglishWords.STOP_WORDS.contains(norm));
    }

    /** Whether a number is part of a complexity such as {@code O(1)} or {@code O(n^2)}: not a detail. */
    private static boolean isInsideBigO(TokenizedText t, int i) {
        if (i >= 1 && t.token(i - 1).isSymbol() && t.token(i - 1).text().equals("^")) {
            return true;
        }
        return i >= 2 && t.token(i - 1).text().equals("(") && BIG_O.contains(t.token(i - 2).norm());
    }

    private static void mark(boolean[] used, int from, int to) {
        for (int k = from; k < to; k++) {
            used[k] = true;
        }
    }

    private static PhraseMatcher<String> relativeTimePhrases() {
        List<String> phrases = new ArrayList<>(List.of("yesterday"));
        for (String when : List.of("last", "next", "this", "previous", "following", "that")) {
            for (String unit : RELATIVE_TIME) {
                phrases.add(when + " " + unit);
            }
        }
        return PhraseMatcher.ofPhrases(phrases);
    }
}
