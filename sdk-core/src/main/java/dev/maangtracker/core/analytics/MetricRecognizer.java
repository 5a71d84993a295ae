package dev.maangtracker.core.analytics;

import dev.maangtracker.core.analytics.internal.EnglishWords;
import dev.maangtracker.core.analytics.internal.Token;
import dev.maangtracker.core.analytics.internal.TokenizedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds numbers with a unit ("40%", "200 ms", "200ms", "$2M", "10x", "3 seconds", "5k users",
 * "p99", spelled out as in "five days") and years (1950–2099 written as four digits, with no unit). Stateless and thread-safe.
 */
final class MetricRecognizer {

    /** A metric or year found at tokens {@code [from, to)}. */
    record Found(int from, int to, String text) {
    }

    static final Set<String> UNITS = Set.of(
            "%", "percent", "percentage", "pct", "ms", "msec", "millisecond", "milliseconds", "us", "µs", "ns",
            "s", "sec", "secs", "second", "seconds", "min", "mins", "minute", "minutes", "h", "hr", "hrs", "hour",
            "hours", "day", "days", "week", "weeks", "month", "months", "year", "years", "x", "times", "k", "m",
            "b", "bn", "million", "millions", "billion", "billions", "thousand", "thousands", "user", "users",
            "customer", "customers", "request", "requests", "req", "reqs", "rps", "qps", "tps", "ops", "query",
            "queries", "transaction", "transactions", "event", "events", "message", "messages", "record", "records",
            "row", "rows", "node", "nodes", "server", "servers", "instance", "instances", "machine", "machines",
            "engineer", "engineers", "people", "member", "members", "service", "services", "dollar", "dollars",
            "usd", "eur", "kb", "mb", "gb", "tb", "pb", "kbps", "mbps", "gbps", "ghz", "core", "cores", "cpus",
            "bps", "mb/s", "gb/s", "req/s", "requests/s", "incidents", "tickets", "bugs", "points", "pages",
            "clients", "teams", "regions", "shards", "partitions", "replicas", "tests", "lines", "commits",
            "deploys", "deployments", "releases", "downloads", "visits", "sessions", "items", "orders", "calls",
            "writes", "reads", "hits", "errors", "failures", "percentile");
    private static final Set<String> CURRENCY = Set.of("$", "€", "£", "¥");
    private static final Set<String> MULTIPLIERS = Set.of("k", "m", "b", "bn", "million", "billion", "thousand");
    private static final Pattern YEAR = Pattern.compile("(19[5-9][0-9]|20[0-9][0-9])");
    private static final Pattern PERCENTILE = Pattern.compile("p[0-9]{2,3}(\\.[0-9]+)?");

    private MetricRecognizer() {
    }

    /** Every metric in the text, in order. */
    static List<Found> metrics(TokenizedText t) {
        List<Found> found = new ArrayList<>();
        int i = 0;
        while (i < t.size()) {
            Found metric = metricAt(t, i);
            if (metric != null) {
                found.add(metric);
                i = metric.to();
            } else {
                i++;
            }
        }
        return found;
    }

    /** Every four-digit year (not followed by a unit), in order. */
    static List<Found> years(TokenizedText t) {
        List<Found> found = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            if (isYear(t, i)) {
                found.add(new Found(i, i + 1, t.token(i).text()));
            }
        }
        return found;
    }

    /** Whether the token is a four-digit year with no unit after it. */
    static boolean isYear(TokenizedText t, int i) {
        Token token = t.token(i);
        return token.isWord() && YEAR.matcher(token.norm()).matches() && metricAt(t, i) == null
                && !(i > 0 && CURRENCY.contains(t.token(i - 1).text()));
    }

    /** The metric that starts at token {@code i}, or {@code null}. */
    static Found metricAt(TokenizedText t, int i) {
        Token token = t.token(i);
        if (token.isSymbol() && CURRENCY.contains(token.text()) && i + 1 < t.size() && t.token(i + 1).isNumeric()) {
            int end = i + 2;
            if (end < t.size() && t.token(end).isWord() && MULTIPLIERS.contains(t.token(end).norm())) {
                end++;
            }
            String text = token.text() + t.token(i + 1).text() + (end == i + 3 ? " " + t.token(i + 2).text() : "");
            return new Found(i, end, text);
        }
        if (token.isWord() && PERCENTILE.matcher(token.norm()).matches()) {
            return new Found(i, i + 1, token.text());
        }
        // Spoken answers spell numbers out: "five days", "forty percent".
        if (token.isWord() && EnglishWords.SPELLED_NUMBERS.contains(token.norm()) && i + 1 < t.size()
                && t.token(i + 1).isWord() && UNITS.contains(t.token(i + 1).norm())
                && !MULTIPLIERS.contains(t.token(i + 1).norm())
                && !(i + 2 < t.size() && t.token(i + 2).is("ago"))) {
            return new Found(i, i + 2, token.text() + " " + t.token(i + 1).text());
        }
        if (!token.isNumeric() || isOperand(t, i)) {
            return null;
        }
        String suffix = unitSuffix(token.norm());
        if (!suffix.isEmpty()) {
            return UNITS.contains(suffix) ? new Found(i, i + 1, token.text()) : null;
        }
        if (i + 1 < t.size()) {
            Token next = t.token(i + 1);
            if (next.isSymbol() && next.text().equals("%")) {
                return new Found(i, i + 2, token.text() + "%");
            }
            if (next.isWord() && UNITS.contains(next.norm())) {
                return new Found(i, i + 2, token.text() + " " + next.text());
            }
        }
        return null;
    }

    /** Whether the number is glued to an operator after a term, as the 1 in {@code N+1}. */
    private static boolean isOperand(TokenizedText t, int i) {
        if (i < 2) {
            return false;
        }
        Token operator = t.token(i - 1);
        return operator.isSymbol() && "+-*/^=".contains(operator.text()) && operator.end() == t.token(i).start()
                && t.token(i - 2).end() == operator.start() && t.token(i - 2).isWord();
    }

    /** The letters after the leading number: {@code "ms"} for {@code 200ms}, empty for {@code 3.5}. */
    private static String unitSuffix(String norm) {
        int k = 0;
        while (k < norm.length() && (Character.isDigit(norm.charAt(k)) || ".,-".indexOf(norm.charAt(k)) >= 0)) {
            k++;
        }
        return norm.substring(k);
    }
}
