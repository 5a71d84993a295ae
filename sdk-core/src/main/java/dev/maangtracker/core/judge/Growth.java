package dev.maangtracker.core.judge;

import dev.maangtracker.core.judge.internal.GrowthInputs;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Turns run times on doubling input sizes into a {@link GrowthCheck}. */
final class Growth {

    /** Below this many milliseconds on the largest input, growth is too small to measure and is taken as fine. */
    static final double MEASURABLE_MS = 5;

    private Growth() {
    }

    private static double fastest(List<Double> times, int size) {
        double best = Double.POSITIVE_INFINITY;
        for (int i = 1; i < GrowthInputs.SIZES.length && i < times.size(); i++) {
            if (GrowthInputs.SIZES[i] == size) {
                best = Math.min(best, times.get(i));
            }
        }
        return best;
    }

    /**
     * Times are per {@link GrowthInputs#SIZES}; the largest size and its half give the exponent, each taking its
     * fastest repetition after the warm-up (a missing time, the run having been stopped, is infinite).
     */
    static GrowthCheck assess(String declared, double expected, List<Double> times) {
        int largest = Arrays.stream(GrowthInputs.SIZES).max().orElseThrow();
        int previous = largest / 2;
        double t1 = fastest(times, previous);
        double t2 = fastest(times, largest);
        if (Double.isInfinite(t1) || Double.isInfinite(t2)) {
            return new GrowthCheck(declared, expected, Double.POSITIVE_INFINITY, false, "did not finish on "
                    + (Double.isInfinite(t1) ? previous : largest) + " elements within the time limit; " + declared
                    + " expected");
        }
        if (t2 < MEASURABLE_MS) {
            return new GrowthCheck(declared, expected, expected, true, String.format(Locale.ROOT,
                    "ran %.1f ms on %d elements, too fast to show growth; consistent with %s", t2, largest, declared));
        }
        double measured = Math.log(t2 / Math.max(t1, 0.01)) / Math.log((double) largest / previous);
        boolean matches = measured <= expected + GrowthCheck.TOLERANCE;
        return new GrowthCheck(declared, expected, measured, matches, String.format(Locale.ROOT,
                "grows like n^%.1f from %d to %d elements (%.1f to %.1f ms); %s expected%s", measured, previous,
                largest, t1, t2, declared, matches ? "" : ", so slower than the intended solution"));
    }
}
