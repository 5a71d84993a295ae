package dev.maangtracker.tracker.weakness;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Turns evidence into weaknesses. Pure and thread-safe.
 *
 * <p>The model, per topic, over its evidence in time order:
 * <ul>
 *   <li>each observation has a deficit {@code (100 - score) / 10} and a weight {@code 0.5^(age / 30 days)};</li>
 *   <li>severity is the weighted mean deficit, so recent results count most;</li>
 *   <li>confidence is {@code 1 - e^(-n/3)} for n observations: one gives 0.28, three 0.63, six 0.86;</li>
 *   <li>a weakness opens when the severity (as of an observation) reaches {@link #OPEN_SEVERITY};</li>
 *   <li>it resolves when the last {@link #IMPROVED_RUN} observations since it opened all score at least
 *       {@link #IMPROVED_SCORE}, and reopens when the evidence after that again reaches the threshold.</li>
 * </ul>
 * Topics that never reached the threshold are not weaknesses.
 */
public final class WeaknessAnalyzer {

    /** Severity at which a weakness opens (a weighted mean score of 50 or less). */
    public static final double OPEN_SEVERITY = 5.0;
    /** Score each of the latest observations needs to show improvement. */
    public static final double IMPROVED_SCORE = 70;
    /** How many consecutive improved observations resolve a weakness. */
    public static final int IMPROVED_RUN = 2;
    /** Half-life of an observation's weight. */
    public static final Duration HALF_LIFE = Duration.ofDays(30);

    private final Recommender recommender;

    /** @param recommender proposes next steps for each weakness */
    public WeaknessAnalyzer(Recommender recommender) {
        this.recommender = Objects.requireNonNull(recommender, "recommender");
    }

    /**
     * The weaknesses shown by the evidence, open ones first, then by priority (severity times confidence).
     *
     * @param evidence every observation of one user, in any order
     * @param now      the moment severities are computed for
     */
    public List<Weakness> analyze(List<Evidence> evidence, Instant now) {
        Map<String, List<Evidence>> byTopic = new LinkedHashMap<>();
        evidence.stream().sorted(Comparator.comparing(Evidence::at))
                .forEach(e -> byTopic.computeIfAbsent(e.topic(), t -> new ArrayList<>()).add(e));
        List<Weakness> out = new ArrayList<>();
        byTopic.forEach((topic, list) -> analyzeTopic(topic, list, now, out));
        out.sort(Comparator.comparing(Weakness::open).reversed()
                .thenComparing(Comparator.comparingDouble(Weakness::priority).reversed())
                .thenComparing(Weakness::topic));
        return List.copyOf(out);
    }

    private void analyzeTopic(String topic, List<Evidence> list, Instant now, List<Weakness> out) {
        Instant detectedAt = null;
        Instant resolvedAt = null;
        int openedIndex = -1;
        int segmentStart = 0;
        for (int i = 0; i < list.size(); i++) {
            Instant at = list.get(i).at();
            boolean isOpen = detectedAt != null && resolvedAt == null;
            if (!isOpen && severity(list.subList(segmentStart, i + 1), at) >= OPEN_SEVERITY) {
                detectedAt = at;
                resolvedAt = null;
                openedIndex = i;
            } else if (isOpen && i - openedIndex >= IMPROVED_RUN && improvedRun(list, i)) {
                resolvedAt = at;
                segmentStart = i + 1;
            }
        }
        if (detectedAt == null) {
            return;
        }
        double severity = round(severity(list, now));
        double confidence = round(1 - Math.exp(-list.size() / 3.0));
        Weakness draft = new Weakness(topic, severity, confidence, list, List.of(), detectedAt, resolvedAt,
                explain(topic, list, severity, confidence, resolvedAt));
        out.add(new Weakness(topic, severity, confidence, list, recommender.recommend(draft), detectedAt,
                resolvedAt, draft.explanation()));
    }

    private static boolean improvedRun(List<Evidence> list, int last) {
        for (int i = last - IMPROVED_RUN + 1; i <= last; i++) {
            if (list.get(i).score() < IMPROVED_SCORE) {
                return false;
            }
        }
        return true;
    }

    /** The weighted mean deficit of the observations as of an instant; 0 without observations. */
    static double severity(List<Evidence> list, Instant at) {
        double weighted = 0;
        double weights = 0;
        for (Evidence e : list) {
            double ageDays = Math.max(0, Duration.between(e.at(), at).toMinutes() / (24.0 * 60));
            double weight = Math.pow(0.5, ageDays / HALF_LIFE.toDays());
            weighted += weight * e.deficit();
            weights += weight;
        }
        return weights == 0 ? 0 : Math.min(10, Math.max(0, weighted / weights));
    }

    private static String explain(String topic, List<Evidence> list, double severity, double confidence,
                                  Instant resolvedAt) {
        long failing = list.stream().filter(e -> e.score() < 50).count();
        double mean = list.stream().mapToDouble(Evidence::score).average().orElse(0);
        return String.format(Locale.ROOT,
                "%s: %d observations (%d below 50, mean score %.0f); severity %.2f is their recency-weighted mean "
                        + "deficit (half-life %d days), confidence %.2f = 1 - e^(-%d/3)%s",
                topic, list.size(), failing, mean, severity, HALF_LIFE.toDays(), confidence, list.size(),
                resolvedAt == null ? "" : "; resolved at " + resolvedAt + " after " + IMPROVED_RUN
                        + " results of at least " + (int) IMPROVED_SCORE);
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
