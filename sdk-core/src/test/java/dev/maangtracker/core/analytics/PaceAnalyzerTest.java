package dev.maangtracker.core.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PaceAnalyzerTest {

    private final AnswerAnalyzer analyzer = new AnswerAnalyzer();

    /** A text of exactly {@code words} words. */
    private static String words(int words) {
        return "word ".repeat(words).trim() + ".";
    }

    private Pace pace(int words, Duration duration) {
        return analyzer.analyze(AnswerInput.prose(words(words)).withSpokenDuration(duration)).pace().orElseThrow();
    }

    @Test
    void paceIsEmptyWithoutDuration() {
        assertThat(analyzer.analyze(AnswerInput.prose("We sharded by user id.")).pace()).isEmpty();
    }

    @Test
    void wordsPerMinuteCountsEveryWordOverTheDuration() {
        Pace pace = pace(150, Duration.ofMinutes(1));
        assertThat(pace.wordsPerMinute()).isCloseTo(150, offset(1e-9));
        assertThat(pace.spokenDuration()).isEqualTo(Duration.ofMinutes(1));
        assertThat(pace(60, Duration.ofSeconds(30)).wordsPerMinute()).isCloseTo(120, offset(1e-9));
        assertThat(pace(1, Duration.ofMillis(500)).wordsPerMinute()).isCloseTo(120, offset(1e-9));
    }

    @Test
    void fillersCountAsSpokenWords() {
        Pace pace = analyzer.analyze(AnswerInput.prose("Um, uh, we, um, sharded.").withSpokenDuration(Duration.ofSeconds(3)))
                .pace().orElseThrow();
        assertThat(pace.wordsPerMinute()).isCloseTo(100, offset(1e-9));
    }

    @ParameterizedTest(name = "{0} words a minute is {1}")
    @CsvSource({"60, TOO_SLOW", "109, TOO_SLOW", "110, GOOD", "140, GOOD", "170, GOOD", "171, TOO_FAST", "250, TOO_FAST"})
    void verdictFollowsTheDefaultBandBothEndsIncluded(int wordsPerMinute, PaceVerdict verdict) {
        assertThat(pace(wordsPerMinute, Duration.ofMinutes(1)).verdict()).isEqualTo(verdict);
    }

    @Test
    void bandComesFromTheSettings() {
        AnswerAnalyzer slowBand = new AnswerAnalyzer(AnalyticsSettings.builder().goodPace(90, 120).build());
        Pace pace = slowBand.analyze(AnswerInput.prose(words(100)).withSpokenDuration(Duration.ofMinutes(1))).pace().orElseThrow();
        assertThat(pace.verdict()).isEqualTo(PaceVerdict.GOOD);
        Pace fast = slowBand.analyze(AnswerInput.prose(words(130)).withSpokenDuration(Duration.ofMinutes(1))).pace().orElseThrow();
        assertThat(fast.verdict()).isEqualTo(PaceVerdict.TOO_FAST);
    }

    @Test
    void answerWithoutWordsHasZeroPace() {
        Pace pace = analyzer.analyze(AnswerInput.prose("...").withSpokenDuration(Duration.ofSeconds(5))).pace().orElseThrow();
        assertThat(pace.wordsPerMinute()).isZero();
        assertThat(pace.verdict()).isEqualTo(PaceVerdict.TOO_SLOW);
    }

    @Test
    void paceOutsideTheBandLowersFluency() {
        int good = analyzer.analyze(AnswerInput.prose(words(140)).withSpokenDuration(Duration.ofMinutes(1))).scores().fluency().value();
        int slow = analyzer.analyze(AnswerInput.prose(words(80)).withSpokenDuration(Duration.ofMinutes(1))).scores().fluency().value();
        int crawling = analyzer.analyze(AnswerInput.prose(words(20)).withSpokenDuration(Duration.ofMinutes(1))).scores().fluency().value();
        assertThat(good).isEqualTo(100);
        assertThat(slow).isEqualTo(85);
        assertThat(crawling).isEqualTo(70);
    }
}
