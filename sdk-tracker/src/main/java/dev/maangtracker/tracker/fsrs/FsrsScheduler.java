package dev.maangtracker.tracker.fsrs;

import dev.maangtracker.core.error.InvalidInputException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Random;

/**
 * The FSRS-6 scheduler, written from the published formulas. Given a card and a rating it returns the card's new
 * memory state and due date. Thread-safe (the fuzz generator is synchronised).
 *
 * <p>Same-day reviews (less than a day since the last one) use the short-term stability formula (w17–w19);
 * reviews a day or more apart use the recall or forget stability formulas with the current retrievability, whose
 * forgetting curve has the trainable decay w20. Elapsed time is counted in whole days, as the reference does.
 */
public final class FsrsScheduler {

    private final SchedulerSettings settings;
    private final Clock clock;
    private final Random fuzz;
    private final double decay;
    private final double factor;

    /**
     * @param settings how to schedule
     * @param clock    the time of reviews made without an explicit instant
     */
    public FsrsScheduler(SchedulerSettings settings, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.fuzz = settings.fuzzEnabled() ? new Random(settings.fuzzSeed()) : null;
        this.decay = -settings.parameters().w(20);
        this.factor = Math.pow(0.9, 1 / decay) - 1;
    }

    /** The settings in use. */
    public SchedulerSettings settings() {
        return settings;
    }

    /** A new card due now by the clock. */
    public FsrsCard newCard() {
        return FsrsCard.newCard(clock.instant());
    }

    /** Reviews a card now by the clock; see {@link #review(FsrsCard, Rating, Instant)}. */
    public FsrsCard review(FsrsCard card, Rating rating) {
        return review(card, rating, clock.instant());
    }

    /**
     * The card after a review.
     *
     * @param card       the card before the review
     * @param rating     how well it was recalled
     * @param reviewedAt when; not before the card's last review
     * @throws InvalidInputException when the review predates the last one
     */
    public FsrsCard review(FsrsCard card, Rating rating, Instant reviewedAt) {
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(rating, "rating");
        Objects.requireNonNull(reviewedAt, "reviewedAt");
        if (card.lastReview() != null && reviewedAt.isBefore(card.lastReview())) {
            throw InvalidInputException.of("reviewedAt", "must not be before the last review " + card.lastReview());
        }
        return switch (card.state()) {
            case NEW, LEARNING -> stepped(card, rating, reviewedAt, settings.learningSteps());
            case RELEARNING -> stepped(card, rating, reviewedAt, settings.relearningSteps());
            case REVIEW -> reviewed(card, rating, reviewedAt);
        };
    }

    /**
     * Probability of recalling the card at an instant: 1 right after a review, falling with the forgetting curve;
     * 0 for a new card.
     */
    public double retrievability(FsrsCard card, Instant at) {
        if (card.state() == CardState.NEW) {
            return 0;
        }
        long elapsed = Math.max(0, Duration.between(card.lastReview(), at).toDays());
        return forgettingCurve(elapsed, card.stability());
    }

    private double forgettingCurve(double elapsedDays, double stability) {
        return Math.pow(1 + factor * elapsedDays / stability, decay);
    }

    private FsrsCard stepped(FsrsCard card, Rating rating, Instant at, List<Duration> steps) {
        double stability;
        double difficulty;
        if (card.state() == CardState.NEW) {
            stability = initialStability(rating);
            difficulty = clampDifficulty(initialDifficulty(rating));
        } else {
            stability = nextStabilityFor(card, rating, at);
            difficulty = nextDifficulty(card.difficulty(), rating);
        }
        int step = card.step();
        int reps = card.reps() + 1;
        if (steps.isEmpty() || (step >= steps.size() && rating != Rating.AGAIN)) {
            return graduated(stability, difficulty, reps, card.lapses(), at);
        }
        if (rating == Rating.EASY || (rating == Rating.GOOD && step + 1 == steps.size())) {
            return graduated(stability, difficulty, reps, card.lapses(), at);
        }
        Duration wait = switch (rating) {
            case AGAIN -> steps.get(0);
            case HARD -> step != 0 ? steps.get(step)
                    : steps.size() == 1 ? steps.get(0).multipliedBy(3).dividedBy(2)
                    : steps.get(0).plus(steps.get(1)).dividedBy(2);
            case GOOD, EASY -> steps.get(step + 1);
        };
        if (rating == Rating.AGAIN) {
            step = 0;
        } else if (rating == Rating.GOOD) {
            step++;
        }
        CardState state = card.state() == CardState.RELEARNING ? CardState.RELEARNING : CardState.LEARNING;
        return new FsrsCard(state, step, stability, difficulty, reps, card.lapses(), at, at.plus(wait));
    }

    private FsrsCard reviewed(FsrsCard card, Rating rating, Instant at) {
        double stability = nextStabilityFor(card, rating, at);
        double difficulty = nextDifficulty(card.difficulty(), rating);
        int reps = card.reps() + 1;
        if (rating == Rating.AGAIN) {
            int lapses = card.lapses() + 1;
            if (settings.relearningSteps().isEmpty()) {
                return graduated(stability, difficulty, reps, lapses, at);
            }
            return new FsrsCard(CardState.RELEARNING, 0, stability, difficulty, reps, lapses, at,
                    at.plus(settings.relearningSteps().get(0)));
        }
        return graduated(stability, difficulty, reps, card.lapses(), at);
    }

    private FsrsCard graduated(double stability, double difficulty, int reps, int lapses, Instant at) {
        long days = fuzzed(nextIntervalDays(stability));
        return new FsrsCard(CardState.REVIEW, 0, stability, difficulty, reps, lapses, at, at.plus(Duration.ofDays(days)));
    }

    private double nextStabilityFor(FsrsCard card, Rating rating, Instant at) {
        long elapsedDays = Duration.between(card.lastReview(), at).toDays();
        if (elapsedDays < 1) {
            return shortTermStability(card.stability(), rating);
        }
        double r = forgettingCurve(elapsedDays, card.stability());
        double next = rating == Rating.AGAIN
                ? forgetStability(card.difficulty(), card.stability(), r)
                : recallStability(card.difficulty(), card.stability(), r, rating);
        return Math.max(next, FsrsParameters.STABILITY_MIN);
    }

    /** S0(G) = w[G-1]. */
    private double initialStability(Rating rating) {
        return Math.max(w(rating.grade() - 1), FsrsParameters.STABILITY_MIN);
    }

    /** D0(G) = w4 - e^(w5 (G-1)) + 1, unclamped. */
    private double initialDifficulty(Rating rating) {
        return w(4) - Math.exp(w(5) * (rating.grade() - 1)) + 1;
    }

    /** Linear damping of the change, then mean reversion towards D0(Easy). */
    private double nextDifficulty(double difficulty, Rating rating) {
        double delta = -w(6) * (rating.grade() - 3);
        double damped = difficulty + (10 - difficulty) * delta / 9;
        double reverted = w(7) * initialDifficulty(Rating.EASY) + (1 - w(7)) * damped;
        return clampDifficulty(reverted);
    }

    /** S' = S (1 + e^w8 (11 - D) S^-w9 (e^((1-R) w10) - 1) hardPenalty easyBonus). */
    private double recallStability(double difficulty, double stability, double r, Rating rating) {
        double hardPenalty = rating == Rating.HARD ? w(15) : 1;
        double easyBonus = rating == Rating.EASY ? w(16) : 1;
        return stability * (1 + Math.exp(w(8)) * (11 - difficulty) * Math.pow(stability, -w(9))
                * (Math.exp((1 - r) * w(10)) - 1) * hardPenalty * easyBonus);
    }

    /** S'f = min(w11 D^-w12 ((S+1)^w13 - 1) e^((1-R) w14), S / e^(w17 w18)). */
    private double forgetStability(double difficulty, double stability, double r) {
        double longTerm = w(11) * Math.pow(difficulty, -w(12)) * (Math.pow(stability + 1, w(13)) - 1)
                * Math.exp((1 - r) * w(14));
        double shortTerm = stability / Math.exp(w(17) * w(18));
        return Math.min(longTerm, shortTerm);
    }

    /** S' = S e^(w17 (G - 3 + w18)) S^-w19; never a decrease after Good or Easy. */
    private double shortTermStability(double stability, Rating rating) {
        double increase = Math.exp(w(17) * (rating.grade() - 3 + w(18))) * Math.pow(stability, -w(19));
        if (rating == Rating.GOOD || rating == Rating.EASY) {
            increase = Math.max(increase, 1.0);
        }
        return Math.max(stability * increase, FsrsParameters.STABILITY_MIN);
    }

    /** I = S / factor (r^(1/decay) - 1), rounded half to even like the reference, within 1..maximum. */
    private long nextIntervalDays(double stability) {
        double interval = stability / factor * (Math.pow(settings.desiredRetention(), 1 / decay) - 1);
        long days = (long) Math.rint(interval);
        return Math.min(Math.max(days, 1), settings.maximumInterval());
    }

    private long fuzzed(long days) {
        if (fuzz == null || days < 3) {
            return days;
        }
        // Fuzz widens with the interval: +-15% of days 2.5-7, +-10% of days 7-20, +-5% beyond, plus one day.
        double delta = 1.0 + 0.15 * Math.max(Math.min(days, 7.0) - 2.5, 0)
                + 0.10 * Math.max(Math.min(days, 20.0) - 7.0, 0) + 0.05 * Math.max(days - 20.0, 0);
        long max = Math.min(Math.round(days + delta), settings.maximumInterval());
        long min = Math.min(Math.max(2, Math.round(days - delta)), max);
        double draw;
        synchronized (fuzz) {
            draw = fuzz.nextDouble();
        }
        return Math.min((long) Math.rint(draw * (max - min + 1) + min), settings.maximumInterval());
    }

    private double w(int i) {
        return settings.parameters().w(i);
    }

    private static double clampDifficulty(double d) {
        return Math.min(Math.max(d, 1.0), 10.0);
    }
}
