package dev.maangtracker.core.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import org.junit.jupiter.api.Test;

class ClarityAnalyzerTest {

    private final AnswerAnalyzer analyzer = new AnswerAnalyzer();

    private Clarity clarity(String text) {
        return analyzer.analyze(AnswerInput.prose(text)).clarity();
    }

    private static String words(int n) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i++) {
            out.append("w").append(i).append(' ');
        }
        return out.toString().trim();
    }

    @Test
    void countsSentencesAndTheirLengths() {
        Clarity c = clarity("We shard by user. Each shard has a replica! Why? Reads dominate.");
        assertThat(c.sentenceCount()).isEqualTo(4);
        assertThat(c.maxSentenceWords()).isEqualTo(5);
        assertThat(c.meanSentenceWords()).isCloseTo(12 / 4.0, offset(1e-9));
        assertThat(c.longSentenceShare()).isZero();
    }

    @Test
    void shortClearSentencesScoreFullMarks() {
        assertThat(clarity("We shard by user. Each shard has a replica. Reads go to replicas.").score()).isEqualTo(100);
    }

    @Test
    void longSentencesAreCountedAndPenalised() {
        Clarity c = clarity(words(40) + ". Short one here.");
        assertThat(c.longSentenceShare()).isEqualTo(0.5);
        assertThat(c.maxSentenceWords()).isEqualTo(40);
        assertThat(c.score()).isLessThan(100);
    }

    @Test
    void sentenceOfExactlyTheLimitIsNotLong() {
        assertThat(clarity(words(35) + ".").longSentenceShare()).isZero();
        assertThat(clarity(words(36) + ".").longSentenceShare()).isEqualTo(1.0);
    }

    @Test
    void longSentenceLimitComesFromTheSettings() {
        AnswerAnalyzer strict = new AnswerAnalyzer(AnalyticsSettings.builder().longSentenceWords(10).build());
        assertThat(strict.analyze(AnswerInput.prose(words(12) + ".")).clarity().longSentenceShare()).isEqualTo(1.0);
    }

    @Test
    void abbreviationsAndDecimalsDoNotSplitSentences() {
        Clarity c = clarity("We compared Redis vs. Memcached, e.g. for 3.5 KB values, at approx. 10k QPS.");
        assertThat(c.sentenceCount()).isEqualTo(1);
    }

    @Test
    void lineBreaksDoNotSplitSentences() {
        assertThat(clarity("We shard\nby user\n\nand replicate.").sentenceCount()).isEqualTo(1);
    }

    @Test
    void repeatedPhrasesAreMeasured() {
        Clarity repetitive = clarity("The cache is slow. The cache is slow. The cache is slow. The cache is slow.");
        assertThat(repetitive.repeatedTrigramShare()).isCloseTo(10 / 14.0, offset(1e-9));
        assertThat(repetitive.repeatedWordShare()).isCloseTo(6 / 8.0, offset(1e-9));
        assertThat(repetitive.score()).isLessThan(clarity("The cache is slow. We add a replica. Reads scale out.").score());
    }

    @Test
    void unpunctuatedRamblingScoresLow() {
        String ramble = (words(30) + " and ").repeat(4);
        assertThat(clarity(ramble).score()).isLessThanOrEqualTo(40);
    }

    @Test
    void answerWithoutWordsHasNoSentences() {
        Clarity c = clarity("?!");
        assertThat(c.sentenceCount()).isZero();
        assertThat(c.meanSentenceWords()).isZero();
        assertThat(c.score()).isZero();
    }
}
