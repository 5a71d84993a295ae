package dev.maangtracker.core.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.maangtracker.core.analytics.internal.Tokenizer;
import dev.maangtracker.core.error.InvalidInputException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Invariants of {@link AnswerAnalyzer} checked on generated answers: each property runs
 * {@value #TRIES} times, once per seed, and a failure names the seed that reproduces it (see
 * {@link RandomAnswers}). Plain JUnit parameterised tests, so Surefire counts every try.
 */
class AnswerAnalyzerPropertiesTest {

    static final int TRIES = 1000;

    private final AnswerAnalyzer analyzer = new AnswerAnalyzer();

    static Stream<Long> seeds() {
        return LongStream.range(0, TRIES).boxed();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void scoresStayWithinZeroToHundredForArbitraryText(long seed) {
        Random random = new Random(seed);
        String text = random.nextBoolean() ? RandomAnswers.arbitraryText(random) : RandomAnswers.wordSalad(random, 80);
        AnswerKind kind = RandomAnswers.kind(random);
        Duration duration = random.nextBoolean() ? null : Duration.ofMillis(1 + random.nextInt(600_000));
        String code = random.nextInt(3) == 0 ? RandomAnswers.arbitraryText(random) : null;
        if (text.codePoints().allMatch(Tokenizer::isSeparator)) {
            assertThatThrownBy(() -> AnswerInput.of(text, kind)).isInstanceOf(InvalidInputException.class);
            return;
        }
        AnswerAnalytics a = analyzer.analyze(new AnswerInput(text, Optional.ofNullable(duration), kind, Optional.ofNullable(code)));
        for (Score score : List.of(a.scores().fluency(), a.scores().confidence(), a.scores().clarity(), a.scores().content())) {
            assertThat(score.value()).isBetween(0, 100);
            assertThat(score.explanation()).isNotBlank();
        }
        assertThat(a.specificity().score()).isBetween(0, 100);
        assertThat(a.confidence().score()).isBetween(0, 100);
        assertThat(a.clarity().score()).isBetween(0, 100);
        assertThat(a.fillers().count()).isBetween(0, a.wordCount());
        assertThat(a.fillers().ratePer100Words()).isBetween(0.0, 100.0);
        assertThat(a.ownership().singularShare()).isBetween(0.0, 1.0);
        a.star().ifPresent(star -> assertThat(star.coverage()).isBetween(0.0, 1.0));
        a.pace().ifPresent(pace -> assertThat(pace.wordsPerMinute()).isFinite().isNotNegative());
        for (FillerOccurrence filler : a.fillers().occurrences()) {
            assertThat(filler.end()).isLessThanOrEqualTo(text.length());
            assertThat(filler.snippet()).isNotBlank();
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void extraWhiteSpaceBetweenWordsDoesNotChangeTheAnalysis(long seed) {
        Random random = new Random(seed);
        List<String> tokens = RandomAnswers.wordSaladTokens(random, RandomAnswers.vocabulary(), 60);
        AnswerKind kind = RandomAnswers.kind(random);
        Duration duration = random.nextBoolean() ? null : Duration.ofSeconds(1 + random.nextInt(300));
        String singleSpaced = String.join(" ", tokens);
        String reflowed = RandomAnswers.joinWithRandomWhitespace(random, tokens);

        AnswerAnalytics expected = analyzer.analyze(new AnswerInput(singleSpaced, Optional.ofNullable(duration), kind, Optional.empty()));
        AnswerAnalytics actual = analyzer.analyze(new AnswerInput(reflowed, Optional.ofNullable(duration), kind, Optional.empty()));

        assertThat(withoutCharOffsets(actual)).isEqualTo(withoutCharOffsets(expected));
        for (FillerOccurrence filler : actual.fillers().occurrences()) {
            String original = reflowed.substring(filler.start(), filler.end());
            assertThat(Tokenizer.collapseWhitespace(original)).isNotBlank();
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void insertingFillersBetweenSentencesNeverLowersTheFillerCount(long seed) {
        Random random = new Random(seed);
        List<String> sentences = RandomAnswers.sentences(random);
        String[] inserts = {"um,", "uh,", "Um,", "erm,", "hmm,", "like,", "you know,", "Uh,"};
        List<String> withFillers = new ArrayList<>();
        int inserted = 0;
        for (String sentence : sentences) {
            if (random.nextBoolean()) {
                withFillers.add(inserts[random.nextInt(inserts.length)]);
                inserted++;
            }
            withFillers.add(sentence);
        }
        int before = analyzer.analyze(AnswerInput.prose(String.join(" ", sentences))).fillers().count();
        int after = analyzer.analyze(AnswerInput.prose(String.join(" ", withFillers))).fillers().count();
        assertThat(after).isGreaterThanOrEqualTo(before).isGreaterThanOrEqualTo(before + inserted);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void wordsPerMinuteScaleInverselyWithDuration(long seed) {
        Random random = new Random(seed);
        String text = RandomAnswers.wordSalad(random, 200);
        Duration duration = Duration.ofMillis(1_000 + random.nextInt(1_800_000));
        int factor = 2 + random.nextInt(5);
        AnswerInput input = AnswerInput.prose(text);
        int words = analyzer.analyze(input).wordCount();

        double wpm = analyzer.analyze(input.withSpokenDuration(duration)).pace().orElseThrow().wordsPerMinute();
        double slower = analyzer.analyze(input.withSpokenDuration(duration.multipliedBy(factor))).pace().orElseThrow()
                .wordsPerMinute();

        double minutes = duration.toNanos() / 60e9;
        assertThat(wpm * minutes).isCloseTo(words, within(1e-9 * Math.max(1, words)));
        assertThat(slower * factor).isCloseTo(wpm, within(1e-9 * Math.max(1, wpm)));
        if (words > 0) {
            assertThat(slower).isLessThan(wpm);
        }
    }

    /** The analysis with fillers' char offsets set to 0: the only part that depends on the exact white space. */
    private static AnswerAnalytics withoutCharOffsets(AnswerAnalytics a) {
        List<FillerOccurrence> occurrences = a.fillers().occurrences().stream()
                .map(o -> new FillerOccurrence(o.filler(), o.wordIndex(), 0, 1, o.snippet()))
                .toList();
        Fillers fillers = new Fillers(a.fillers().count(), a.fillers().ratePer100Words(), a.fillers().countsByFiller(),
                occurrences);
        return new AnswerAnalytics(a.kind(), a.wordCount(), fillers, a.pace(), a.star(), a.specificity(), a.ownership(),
                a.confidence(), a.clarity(), a.code(), a.scores());
    }
}
