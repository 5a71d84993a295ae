package dev.maangtracker.core.analytics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {

    private static List<String> texts(String text) {
        return Tokenizer.tokenize(text).tokens().stream().map(Token::text).toList();
    }

    private static List<String> sentences(String text) {
        return Tokenizer.tokenize(text).sentences().stream().map(Sentence::text).toList();
    }

    @Test
    void splitsWordsAndPunctuation() {
        assertThat(texts("Well, it works!")).containsExactly("Well", ",", "it", "works", "!");
    }

    @Test
    void keepsInnerApostrophesHyphensDotsAndSlashesInWords() {
        assertThat(texts("don't re-run node.js I/O max_value AT&T")).containsExactly("don't", "re-run", "node.js", "I/O",
                "max_value", "AT&T");
    }

    @Test
    void normalisesTypographicApostrophesAndCase() {
        Token token = Tokenizer.tokenize("Don’t").token(0);
        assertThat(token.text()).isEqualTo("Don’t");
        assertThat(token.norm()).isEqualTo("don't");
    }

    @Test
    void keepsNumbersWithDecimalsThousandsAndUnitsTogether() {
        assertThat(texts("3.5 1,000 200ms 10x 2.5M 10-20")).containsExactly("3.5", "1,000", "200ms", "10x", "2.5M", "10-20");
        assertThat(texts("1, 2, 3")).containsExactly("1", ",", "2", ",", "3");
    }

    @Test
    void symbolsAreSeparateTokens() {
        List<Token> tokens = Tokenizer.tokenize("40% $5 a+b").tokens();
        assertThat(tokens).extracting(Token::text).containsExactly("40", "%", "$", "5", "a", "+", "b");
        assertThat(tokens.get(1).isSymbol()).isTrue();
        assertThat(tokens.get(2).isSymbol()).isTrue();
    }

    @Test
    void recognisesLanguageNamesWithSymbols() {
        assertThat(texts("C++ and C# and F#, not c+")).containsExactly("C++", "and", "C#", "and", "F#", ",", "not", "c", "+");
    }

    @Test
    void dottedAbbreviationsKeepTheirFinalDot() {
        assertThat(texts("e.g. i.e. U.S.")).containsExactly("e.g.", "i.e.", "U.S.");
    }

    @Test
    void anyWhiteSpaceOnlySeparates() {
        assertThat(texts(" a\tb\nc\r\nd\u00A0e\u2003f\u200Bg ")).containsExactly("a", "b", "c", "d", "e", "f", "g");
    }

    @Test
    void emptyTextHasNoTokensOrSentences() {
        TokenizedText t = Tokenizer.tokenize("");
        assertThat(t.size()).isZero();
        assertThat(t.sentences()).isEmpty();
        assertThat(t.wordCount()).isZero();
    }

    @Test
    void emojiAndLoneSurrogatesAreSymbols() {
        TokenizedText t = Tokenizer.tokenize("ok 👍 \uD800 done");
        assertThat(t.tokens()).extracting(Token::text).containsExactly("ok", "👍", "\uD800", "done");
        assertThat(t.wordCount()).isEqualTo(2);
    }

    @Test
    void offsetsPointIntoTheOriginalText() {
        String text = "  We  shard.";
        Token shard = Tokenizer.tokenize(text).token(1);
        assertThat(text.substring(shard.start(), shard.end())).isEqualTo("shard");
    }

    @Test
    void splitsSentencesAtTerminators() {
        assertThat(sentences("We shard. Why?! Because writes dominate")).containsExactly("We shard.", "Why?!",
                "Because writes dominate");
    }

    @Test
    void abbreviationsDoNotEndSentences() {
        assertThat(sentences("Redis vs. Memcached, e.g. for sessions. Then we chose one.")).containsExactly(
                "Redis vs. Memcached, e.g. for sessions.", "Then we chose one.");
        assertThat(sentences("Caching, batching, etc. all help. We used caching etc. Then we shipped.")).containsExactly(
                "Caching, batching, etc. all help.", "We used caching etc.", "Then we shipped.");
    }

    @Test
    void ellipsisEndsASentenceOnlyBeforeACapital() {
        assertThat(sentences("It was... slow. Then… We fixed it")).containsExactly("It was... slow.", "Then…", "We fixed it");
    }

    @Test
    void lineBreaksNeverEndSentences() {
        assertThat(sentences("first line\nsecond line\n\nthird")).containsExactly("first line second line third");
    }

    @Test
    void sentenceIndexAndWordIndexAreKept() {
        TokenizedText t = Tokenizer.tokenize("A b. C, d.");
        assertThat(t.sentenceIndexOf(0)).isZero();
        assertThat(t.sentenceIndexOf(3)).isEqualTo(1);
        assertThat(t.wordIndexOf(5)).isEqualTo(3);
        assertThat(t.isFirstWordOfSentence(3)).isTrue();
        assertThat(t.isFirstWordOfSentence(5)).isFalse();
    }

    @Test
    void collapsesWhiteSpace() {
        assertThat(Tokenizer.collapseWhitespace("\n a \t\u00A0 b  ")).isEqualTo("a b");
        assertThat(Tokenizer.collapseWhitespace("")).isEmpty();
    }
}
