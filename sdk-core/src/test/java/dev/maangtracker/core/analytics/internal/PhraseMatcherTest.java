package dev.maangtracker.core.analytics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PhraseMatcherTest {

    private final PhraseMatcher<Integer> matcher = PhraseMatcher.of(Map.of("not sure", 1, "i'm not sure", 2, "sure", 3));

    private List<String> phrases(String text) {
        return matcher.findAll(Tokenizer.tokenize(text)).stream().map(PhraseMatcher.Match::phrase).toList();
    }

    @Test
    void longestPhraseWinsAndMatchesDoNotOverlap() {
        assertThat(phrases("I’m not sure, not sure, sure")).containsExactly("i'm not sure", "not sure", "sure");
    }

    @Test
    void punctuationBreaksAPhrase() {
        assertThat(phrases("not, sure")).containsExactly("sure");
    }

    @Test
    void matchingIgnoresCaseAndWhiteSpace() {
        assertThat(phrases("NOT\n  SURE")).containsExactly("not sure");
    }

    @Test
    void matchAtReturnsTheValueAndRange() {
        TokenizedText t = Tokenizer.tokenize("well I'm not sure");
        PhraseMatcher.Match<Integer> match = matcher.matchAt(t, 1);
        assertThat(match.value()).isEqualTo(2);
        assertThat(match.from()).isEqualTo(1);
        assertThat(match.to()).isEqualTo(4);
        assertThat(matcher.matchAt(t, 0)).isNull();
    }

    @Test
    void phrasesCanBeLimitedToARange() {
        TokenizedText t = Tokenizer.tokenize("sure. not sure.");
        assertThat(matcher.findAll(t, 2, t.size())).extracting(PhraseMatcher.Match::phrase).containsExactly("not sure");
    }
}
