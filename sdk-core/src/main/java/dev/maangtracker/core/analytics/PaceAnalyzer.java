package dev.maangtracker.core.analytics;

import java.time.Duration;
import java.util.Optional;

/**
 * Words per minute over the spoken duration, judged against a good band (both ends included; 110–170
 * wpm by default, the usual range for clear interview speech). Stateless after construction and
 * thread-safe.
 */
final class PaceAnalyzer {

    private static final double NANOS_PER_MINUTE = 60e9;

    private final int goodMinWpm;
    private final int goodMaxWpm;

    PaceAnalyzer(int goodMinWpm, int goodMaxWpm) {
        this.goodMinWpm = goodMinWpm;
        this.goodMaxWpm = goodMaxWpm;
    }

    /** The pace, or empty when no duration is known. */
    Optional<Pace> analyze(int wordCount, Optional<Duration> spokenDuration) {
        return spokenDuration.map(duration -> {
            double wpm = wordCount / (duration.toNanos() / NANOS_PER_MINUTE);
            return new Pace(wpm, duration, verdict(wpm));
        });
    }

    /** How far, in wpm, a pace lies outside the good band; 0 inside it. */
    double distanceOutsideBand(double wpm) {
        if (wpm < goodMinWpm) {
            return goodMinWpm - wpm;
        }
        return wpm > goodMaxWpm ? wpm - goodMaxWpm : 0;
    }

    int goodMinWpm() {
        return goodMinWpm;
    }

    int goodMaxWpm() {
        return goodMaxWpm;
    }

    private PaceVerdict verdict(double wpm) {
        if (wpm < goodMinWpm) {
            return PaceVerdict.TOO_SLOW;
        }
        return wpm > goodMaxWpm ? PaceVerdict.TOO_FAST : PaceVerdict.GOOD;
    }
}
