package dev.maangtracker.app.benchmark;

import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What one load phase measured: the latency of every answer completed inside the measured window
 * (a closed loop: with many users an answer can take longer than a short window, so it is counted
 * by when it completed, as load tools do), the errors of the whole phase (warm-up included) with the first one's response,
 * and how often a user had to start a new interview because the last one ran out of questions.
 */
final class LoadResult {

    private final long measureFrom;
    private final long measureUntil;
    private long[] latencies = new long[4096];
    private int count;
    private final AtomicLong errors = new AtomicLong();
    private final AtomicLong warmUpAnswers = new AtomicLong();
    private final AtomicLong restarts = new AtomicLong();
    private final AtomicReference<String> firstError = new AtomicReference<>();

    /**
     * @param measureFrom  {@link System#nanoTime()} at which the measured window opens
     * @param measureUntil {@link System#nanoTime()} at which it closes
     */
    LoadResult(long measureFrom, long measureUntil) {
        this.measureFrom = measureFrom;
        this.measureUntil = measureUntil;
    }

    /** An answer answered with 2xx, sent at {@code start} and completed at {@code end} (nanoTime). */
    void answered(long start, long end) {
        if (end < measureFrom || end > measureUntil) {
            warmUpAnswers.incrementAndGet();
            return;
        }
        synchronized (this) {
            if (count == latencies.length) {
                latencies = Arrays.copyOf(latencies, count * 2);
            }
            latencies[count++] = end - start;
        }
    }

    /** A call that failed (non-2xx or no response); the first one is kept to print. */
    void failed(String what) {
        errors.incrementAndGet();
        firstError.compareAndSet(null, what);
    }

    /** A user started a new interview (outside the latencies). */
    void restarted() {
        restarts.incrementAndGet();
    }

    long errors() {
        return errors.get();
    }

    String firstError() {
        return firstError.get();
    }

    /** The report of the phase, one block of lines. */
    synchronized String report(int users) {
        long[] sorted = Arrays.copyOf(latencies, count);
        Arrays.sort(sorted);
        double seconds = (measureUntil - measureFrom) / 1e9;
        return String.format(Locale.ROOT, "%4d users: %6d answers in %.1f s = %7.1f answers/s | latency p50 %7.1f ms"
                        + "  p95 %7.1f ms  p99 %7.1f ms  max %7.1f ms | errors %d | new interviews %d"
                        + " | answers outside the window %d",
                users, count, seconds, count / seconds, millis(sorted, 50), millis(sorted, 95), millis(sorted, 99),
                sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6, errors.get(), restarts.get(),
                warmUpAnswers.get());
    }

    private static double millis(long[] sorted, double percentile) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(percentile / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }
}
