package dev.maangtracker.tracker.fsrs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.maangtracker.core.error.InvalidInputException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reference values come from py-fsrs (github.com/open-spaced-repetition/py-fsrs, commit 3abe686,
 * tests/test_basic.py): {@code test_review_card} (interval history), {@code test_memo_state} (stability and
 * difficulty), {@code test_repeated_correct_reviews}, {@code test_good_learning_steps},
 * {@code test_hard_learning_steps}. The per-review stability and difficulty of the {@code test_review_card}
 * history were printed by running that commit's scheduler with fuzzing off, as were the two further histories below
 * (desired retention 0.85 with late reviews; no learning or relearning steps).
 */
class FsrsSchedulerTest {

    private static final Instant START = Instant.parse("2022-11-29T12:30:00Z");
    private final FsrsScheduler scheduler =
            new FsrsScheduler(SchedulerSettings.defaults(), Clock.fixed(START, ZoneOffset.UTC));

    private static final List<Rating> TEST_RATINGS_1 = List.of(Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.GOOD,
            Rating.GOOD, Rating.GOOD, Rating.AGAIN, Rating.AGAIN, Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.GOOD,
            Rating.GOOD);

    @Test
    void reproducesReferenceIntervalHistory() {
        FsrsCard card = FsrsCard.newCard(START);
        Instant at = START;
        List<Long> intervals = new ArrayList<>();
        for (Rating rating : TEST_RATINGS_1) {
            card = scheduler.review(card, rating, at);
            intervals.add(Duration.between(card.lastReview(), card.due()).toDays());
            at = card.due();
        }
        assertThat(intervals).containsExactly(0L, 2L, 11L, 46L, 163L, 498L, 0L, 0L, 2L, 4L, 7L, 12L, 21L);
    }

    @Test
    void reproducesReferenceStabilityAndDifficultyAfterEachReview() {
        double[][] expected = {
            {2.3065, 2.118103970459016}, {2.3065, 2.111214235785395}, {10.971048263078135, 2.1043313908464483},
            {46.316858440073425, 2.0974554287524403}, {162.99981577472244, 2.0905863426205262},
            {497.8765551245907, 2.083724125574744}, {6.890412507565338, 7.383202320049203},
            {2.154598374301973, 9.125104766121234}, {2.154598374301973, 9.11120803065195},
            {3.9831233795187773, 9.097325191918136}, {7.236254476883319, 9.083456236023055},
            {12.483043578674472, 9.06960114908387}, {20.77035728499242, 9.055759917231622}};
        FsrsCard card = FsrsCard.newCard(START);
        Instant at = START;
        for (int i = 0; i < TEST_RATINGS_1.size(); i++) {
            card = scheduler.review(card, TEST_RATINGS_1.get(i), at);
            assertThat(card.stability()).as("stability after review %d", i + 1).isCloseTo(expected[i][0], within(1e-9));
            assertThat(card.difficulty()).as("difficulty after review %d", i + 1).isCloseTo(expected[i][1], within(1e-9));
            at = card.due();
        }
        assertThat(card.reps()).isEqualTo(13);
        assertThat(card.lapses()).isEqualTo(1);
        assertThat(card.state()).isEqualTo(CardState.REVIEW);
    }

    @Test
    void reproducesReferenceMemoState() {
        List<Rating> ratings = List.of(Rating.AGAIN, Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.GOOD);
        int[] gaps = {0, 0, 1, 3, 8, 21};
        FsrsCard card = FsrsCard.newCard(START);
        Instant at = START;
        for (int i = 0; i < ratings.size(); i++) {
            at = at.plus(Duration.ofDays(gaps[i]));
            card = scheduler.review(card, ratings.get(i), at);
        }
        assertThat(card.stability()).isCloseTo(53.62691, within(1e-4));
        assertThat(card.difficulty()).isCloseTo(6.3574867, within(1e-4));
    }

    @Test
    void repeatedEasyReviewsReachMinimumDifficulty() {
        FsrsCard card = FsrsCard.newCard(START);
        for (int i = 0; i < 10; i++) {
            card = scheduler.review(card, Rating.EASY, START.plusNanos(i * 1000L));
        }
        assertThat(card.difficulty()).isEqualTo(1.0);
    }

    @Test
    void followsLearningSteps() {
        FsrsCard good = scheduler.review(FsrsCard.newCard(START), Rating.GOOD, START);
        assertThat(good.state()).isEqualTo(CardState.LEARNING);
        assertThat(good.step()).isEqualTo(1);
        assertThat(Duration.between(START, good.due())).isEqualTo(Duration.ofMinutes(10));

        FsrsCard hard = scheduler.review(FsrsCard.newCard(START), Rating.HARD, START);
        assertThat(hard.step()).isZero();
        assertThat(Duration.between(START, hard.due())).isEqualTo(Duration.ofSeconds(330));

        FsrsCard again = scheduler.review(good, Rating.AGAIN, good.due());
        assertThat(again.step()).isZero();
        assertThat(Duration.between(again.lastReview(), again.due())).isEqualTo(Duration.ofMinutes(1));

        FsrsCard easy = scheduler.review(FsrsCard.newCard(START), Rating.EASY, START);
        assertThat(easy.state()).isEqualTo(CardState.REVIEW);
        assertThat(Duration.between(START, easy.due()).toDays()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void forgottenReviewCardRelearns() {
        FsrsCard card = scheduler.review(FsrsCard.newCard(START), Rating.EASY, START);
        FsrsCard lapsed = scheduler.review(card, Rating.AGAIN, card.due());
        assertThat(lapsed.state()).isEqualTo(CardState.RELEARNING);
        assertThat(lapsed.lapses()).isEqualTo(1);
        assertThat(Duration.between(lapsed.lastReview(), lapsed.due())).isEqualTo(Duration.ofMinutes(10));
        FsrsCard relearnt = scheduler.review(lapsed, Rating.GOOD, lapsed.due());
        assertThat(relearnt.state()).isEqualTo(CardState.REVIEW);
    }

    @Test
    void retrievabilityIsNinetyPercentAfterOneStability() {
        FsrsCard card = new FsrsCard(CardState.REVIEW, 0, 10, 5, 3, 0, START, START.plus(Duration.ofDays(10)));
        assertThat(scheduler.retrievability(card, START)).isEqualTo(1.0);
        assertThat(scheduler.retrievability(card, START.plus(Duration.ofDays(10)))).isCloseTo(0.9, within(1e-12));
        assertThat(scheduler.retrievability(FsrsCard.newCard(START), START)).isZero();
    }

    @Test
    void higherRetentionGivesShorterIntervals() {
        FsrsScheduler strict = new FsrsScheduler(SchedulerSettings.builder().desiredRetention(0.97).build(),
                Clock.fixed(START, ZoneOffset.UTC));
        FsrsCard card = new FsrsCard(CardState.REVIEW, 0, 30, 5, 3, 0, START, START.plus(Duration.ofDays(30)));
        Instant at = card.due();
        assertThat(strict.review(card, Rating.GOOD, at).due()).isBefore(scheduler.review(card, Rating.GOOD, at).due());
    }

    @Test
    void maximumIntervalCapsTheSchedule() {
        FsrsScheduler capped = new FsrsScheduler(SchedulerSettings.builder().maximumInterval(5).build(),
                Clock.fixed(START, ZoneOffset.UTC));
        FsrsCard card = new FsrsCard(CardState.REVIEW, 0, 300, 2, 5, 0, START, START.plus(Duration.ofDays(300)));
        FsrsCard next = capped.review(card, Rating.EASY, card.due());
        assertThat(Duration.between(next.lastReview(), next.due()).toDays()).isEqualTo(5);
    }

    @Test
    void seededFuzzIsReproducibleAndStaysNearTheInterval() {
        SchedulerSettings fuzzy = SchedulerSettings.builder().fuzzSeed(42).build();
        FsrsScheduler first = new FsrsScheduler(fuzzy, Clock.fixed(START, ZoneOffset.UTC));
        FsrsScheduler second = new FsrsScheduler(fuzzy, Clock.fixed(START, ZoneOffset.UTC));
        FsrsCard card = new FsrsCard(CardState.REVIEW, 0, 50, 5, 3, 0, START, START.plus(Duration.ofDays(50)));
        FsrsCard plain = scheduler.review(card, Rating.GOOD, card.due());
        long plainDays = Duration.between(plain.lastReview(), plain.due()).toDays();
        for (int i = 0; i < 20; i++) {
            FsrsCard a = first.review(card, Rating.GOOD, card.due());
            FsrsCard b = second.review(card, Rating.GOOD, card.due());
            assertThat(a.due()).isEqualTo(b.due());
            long days = Duration.between(a.lastReview(), a.due()).toDays();
            assertThat(Math.abs(days - plainDays)).isLessThanOrEqualTo(Math.round(plainDays * 0.1) + 2);
        }
    }

    @Test
    void usesTheClockWhenNoInstantIsGiven() {
        FsrsCard card = scheduler.review(scheduler.newCard(), Rating.GOOD);
        assertThat(card.lastReview()).isEqualTo(START);
    }

    @Test
    void rejectsReviewBeforeLastReview() {
        FsrsCard card = scheduler.review(FsrsCard.newCard(START), Rating.GOOD, START);
        assertThatThrownBy(() -> scheduler.review(card, Rating.GOOD, START.minusSeconds(1)))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void rejectsBadParametersAndSettings() {
        List<Double> weights = new ArrayList<>(FsrsParameters.defaults().asList());
        weights.set(20, 5.0);
        assertThatThrownBy(() -> FsrsParameters.of(weights)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("parameters[20]");
        assertThatThrownBy(() -> FsrsParameters.of(Collections.nCopies(20, 1.0)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> SchedulerSettings.builder().desiredRetention(1.0).build())
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> SchedulerSettings.builder().maximumInterval(0).build())
                .isInstanceOf(InvalidInputException.class);
        assertThat(FsrsParameters.of(FsrsParameters.defaults().asList())).isEqualTo(FsrsParameters.defaults());
    }

    private static void assertHistory(FsrsScheduler scheduler, List<Rating> ratings, int[] lateDays,
                                      Object[][] expected) {
        FsrsCard card = FsrsCard.newCard(START);
        Instant at = START;
        for (int i = 0; i < ratings.size(); i++) {
            card = scheduler.review(card, ratings.get(i), at);
            assertThat(Duration.between(card.lastReview(), card.due()).toSeconds()).as("interval %d", i + 1)
                    .isEqualTo((long) (int) expected[i][0]);
            assertThat(card.stability()).as("stability %d", i + 1).isCloseTo((double) expected[i][1], within(1e-9));
            assertThat(card.difficulty()).as("difficulty %d", i + 1).isCloseTo((double) expected[i][2], within(1e-9));
            assertThat(card.state()).as("state %d", i + 1).isEqualTo(expected[i][3]);
            at = card.due().plus(Duration.ofDays(lateDays[i]));
        }
    }

    @Test
    void reproducesReferenceHistoryWithLowerRetentionAndLateReviews() {
        FsrsScheduler scheduler = new FsrsScheduler(SchedulerSettings.builder().desiredRetention(0.85).build(),
                Clock.fixed(START, ZoneOffset.UTC));
        List<Rating> ratings = List.of(Rating.AGAIN, Rating.HARD, Rating.GOOD, Rating.EASY, Rating.HARD, Rating.AGAIN,
                Rating.GOOD, Rating.EASY, Rating.GOOD);
        Object[][] expected = {
            {60, 0.212, 6.4133, CardState.LEARNING},
            {330, 0.14339874769184835, 7.604209769076838, CardState.LEARNING},
            {600, 0.17121106463069335, 7.5918339286046, CardState.LEARNING},
            {518400, 3.341457307582432, 6.772365417380022, CardState.REVIEW},
            {1468800, 8.866625683944442, 7.842574125582147, CardState.REVIEW},
            {600, 1.4355686452039997, 9.276097154871636, CardState.RELEARNING},
            {259200, 1.4729192601540078, 9.2620494270136, CardState.REVIEW},
            {864000, 5.329196911590469, 9.000689103315086, CardState.REVIEW},
            {2073600, 12.663755542210312, 8.986916783508608, CardState.REVIEW}};
        assertHistory(scheduler, ratings, new int[] {0, 0, 3, 0, 5, 0, 0, 2, 0}, expected);
    }

    @Test
    void reproducesReferenceHistoryWithoutLearningSteps() {
        FsrsScheduler scheduler = new FsrsScheduler(
                SchedulerSettings.builder().learningSteps(List.of()).relearningSteps(List.of()).build(),
                Clock.fixed(START, ZoneOffset.UTC));
        List<Rating> ratings = List.of(Rating.GOOD, Rating.HARD, Rating.AGAIN, Rating.GOOD, Rating.EASY);
        Object[][] expected = {
            {172800, 2.3065, 2.118103970459016, CardState.REVIEW},
            {691200, 7.513320366762569, 4.752858488532557, CardState.REVIEW},
            {86400, 1.227560053517491, 8.260528635039767, CardState.REVIEW},
            {259200, 2.734673182277688, 8.247496475701565, CardState.REVIEW},
            {864000, 9.592578466655995, 7.647119833842099, CardState.REVIEW}};
        assertHistory(scheduler, ratings, new int[] {0, 1, 0, 0, 0}, expected);
    }
}
