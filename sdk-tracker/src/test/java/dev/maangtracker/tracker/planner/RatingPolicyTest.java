package dev.maangtracker.tracker.planner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.maangtracker.core.error.InvalidInputException;
import dev.maangtracker.tracker.fsrs.Rating;
import dev.maangtracker.tracker.progress.AttemptInput;
import dev.maangtracker.tracker.progress.AttemptOutcome;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RatingPolicyTest {

    private static AttemptInput attempt(AttemptOutcome outcome, int minutes, int hints) {
        return new AttemptInput("two-sum", outcome, minutes, hints, "java", Instant.EPOCH, ZoneOffset.UTC);
    }

    @Test
    void ratesAttempts() {
        assertThat(RatingPolicy.forAttempt(attempt(AttemptOutcome.FAILED, 20, 0), 20)).isEqualTo(Rating.AGAIN);
        assertThat(RatingPolicy.forAttempt(attempt(AttemptOutcome.PARTIAL, 20, 0), 20)).isEqualTo(Rating.HARD);
        assertThat(RatingPolicy.forAttempt(attempt(AttemptOutcome.SOLVED, 10, 1), 20)).isEqualTo(Rating.HARD);
        assertThat(RatingPolicy.forAttempt(attempt(AttemptOutcome.SOLVED, 31, 0), 20)).isEqualTo(Rating.GOOD);
        assertThat(RatingPolicy.forAttempt(attempt(AttemptOutcome.SOLVED, 20, 0), 20)).isEqualTo(Rating.GOOD);
        assertThat(RatingPolicy.forAttempt(attempt(AttemptOutcome.SOLVED, 15, 0), 20)).isEqualTo(Rating.EASY);
    }

    @Test
    void ratesScores() {
        assertThat(RatingPolicy.forScore(0)).isEqualTo(Rating.AGAIN);
        assertThat(RatingPolicy.forScore(40)).isEqualTo(Rating.HARD);
        assertThat(RatingPolicy.forScore(60)).isEqualTo(Rating.GOOD);
        assertThat(RatingPolicy.forScore(85)).isEqualTo(Rating.EASY);
        assertThatThrownBy(() -> RatingPolicy.forScore(101)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void rejectsBadPlanRequests() {
        assertThatThrownBy(() -> PlanRequest.of(0, 60)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("maxItems");
        assertThatThrownBy(() -> PlanRequest.of(5, -1)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("minutesBudget");
        assertThatThrownBy(() -> PlanRequest.of(PlanRequest.MAX_ITEMS + 1, 60))
                .isInstanceOf(InvalidInputException.class);
    }
}
