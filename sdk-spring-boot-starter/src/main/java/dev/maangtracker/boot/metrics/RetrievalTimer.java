package dev.maangtracker.boot.metrics;

import dev.maangtracker.rag.retrieve.RetrievalObserver;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * Records every memory retrieval as {@value #RETRIEVALS}, tagged with its {@code outcome}:
 * {@code cache_hit}, {@code searched} or {@code failed}. Percentile histograms are on, so
 * Prometheus can compute p95/p99 across instances.
 */
public final class RetrievalTimer implements RetrievalObserver {

    /** The timer's name. */
    public static final String RETRIEVALS = "maang.rag.retrievals";

    private final Map<Outcome, Timer> timers = new EnumMap<>(Outcome.class);

    /** @param registry where the timers live */
    public RetrievalTimer(MeterRegistry registry) {
        for (Outcome outcome : Outcome.values()) {
            timers.put(outcome, Timer.builder(RETRIEVALS).description("Memory retrieval latency")
                    .tag("outcome", outcome.name().toLowerCase(Locale.ROOT))
                    .publishPercentileHistogram().register(registry));
        }
    }

    @Override
    public void retrieved(Duration elapsed, Outcome outcome) {
        timers.get(outcome).record(elapsed);
    }
}
