package dev.maangtracker.core.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConfidenceAnalyzerTest {

    private final AnswerAnalyzer analyzer = new AnswerAnalyzer();

    private Confidence confidence(String text) {
        return analyzer.analyze(AnswerInput.prose(text)).confidence();
    }

    @Test
    void hedgesAreFoundInOrder() {
        Confidence c = confidence("I think it's probably the cache, but I'm not sure. Maybe it might be the index.");
        assertThat(c.hedges()).containsExactly("i think", "probably", "i'm not sure", "maybe", "might");
    }

    @Test
    void decisiveLanguageIsFound() {
        Confidence c = confidence("I decided to shard because writes dominated, so that each shard fits in memory. "
                + "I measured it first.");
        assertThat(c.decisivePhrases()).containsExactly("i decided", "because", "so that", "measured");
    }

    @Test
    void hedgingKindOfCountsButNounKindOfDoesNot() {
        assertThat(confidence("It was kind of slow.").hedges()).containsExactly("kind of");
        assertThat(confidence("A trie is a kind of tree.").hedges()).isEmpty();
    }

    @Test
    void neutralStatementScoresSeventy() {
        Confidence c = confidence("The service reads from a replica and writes to the primary.");
        assertThat(c.score()).isEqualTo(70);
        assertThat(c.hedgeCount()).isZero();
        assertThat(c.decisiveCount()).isZero();
    }

    @Test
    void hedgingLowersAndDecisiveLanguageRaisesTheScore() {
        int hedged = confidence("I guess maybe we could probably try a cache, hopefully.").score();
        int neutral = confidence("We could try a cache in front of the database here.").score();
        int decisive = confidence("I chose a cache because reads dominate; I measured a 90% hit rate.").score();
        assertThat(hedged).isLessThan(neutral);
        assertThat(decisive).isGreaterThan(neutral);
        assertThat(hedged).isZero();
    }

    @Test
    void hedgeRateIsPerHundredWords() {
        Confidence c = confidence("Maybe we shard the table by user.");
        assertThat(c.hedgesPer100Words()).isEqualTo(100.0 / 7);
    }

    @Test
    void configuredHedgesCount() {
        AnswerAnalyzer custom = new AnswerAnalyzer(AnalyticsSettings.builder().addHedges(List.of("in theory")).build());
        assertThat(custom.analyze(AnswerInput.prose("In theory it scales.")).confidence().hedges())
                .containsExactly("in theory");
    }

    @Test
    void explanationNamesTheSignals() {
        Score score = analyzer.analyze(AnswerInput.prose("I think it works because of the index.")).scores().confidence();
        assertThat(score.explanation()).isEqualTo("1 hedge (\"i think\"), 1 decisive phrase (\"because\")");
    }
}
