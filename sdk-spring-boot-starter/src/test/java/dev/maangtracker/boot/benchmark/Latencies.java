package dev.maangtracker.boot.benchmark;

import java.util.Arrays;
import java.util.Locale;

/** Percentiles of measured latencies, in milliseconds. */
final class Latencies {

    private final double[] millis;
    private int count;

    Latencies(int capacity) {
        millis = new double[capacity];
    }

    /** Times one call and keeps its latency. */
    void time(Runnable call) {
        long start = System.nanoTime();
        call.run();
        millis[count++] = (System.nanoTime() - start) / 1e6;
    }

    double percentile(double p) {
        double[] sorted = Arrays.copyOf(millis, count);
        Arrays.sort(sorted);
        return sorted[Math.min(count - 1, (int) Math.ceil(p / 100 * count) - 1)];
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "p50 %7.2f ms  p95 %7.2f ms  p99 %7.2f ms  (%d calls)",
                percentile(50), percentile(95), percentile(99), count);
    }
}
