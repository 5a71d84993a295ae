package dev.maangtracker.core.analytics.internal;

import java.util.List;
import java.util.Objects;

/**
 * An answer split into tokens and sentences, with the lookups every analyser needs. Immutable and
 * safe to share between threads.
 */
public final class TokenizedText {

    private final String text;
    private final List<Token> tokens;
    private final List<Sentence> sentences;
    private final int[] sentenceOfToken;
    private final int[] wordIndexOfToken;
    private final int wordCount;

    TokenizedText(String text, List<Token> tokens, List<Sentence> sentences) {
        this.text = Objects.requireNonNull(text, "text");
        this.tokens = List.copyOf(tokens);
        this.sentences = List.copyOf(sentences);
        this.sentenceOfToken = new int[this.tokens.size()];
        for (int s = 0; s < this.sentences.size(); s++) {
            Sentence sentence = this.sentences.get(s);
            for (int i = sentence.firstToken(); i < sentence.endToken(); i++) {
                sentenceOfToken[i] = s;
            }
        }
        this.wordIndexOfToken = new int[this.tokens.size()];
        int words = 0;
        for (int i = 0; i < this.tokens.size(); i++) {
            wordIndexOfToken[i] = words;
            if (this.tokens.get(i).isWord()) {
                words++;
            }
        }
        this.wordCount = words;
    }

    /** The analysed text, unchanged. */
    public String text() {
        return text;
    }

    /** All tokens in text order. */
    public List<Token> tokens() {
        return tokens;
    }

    /** All sentences in text order; they cover every token. */
    public List<Sentence> sentences() {
        return sentences;
    }

    /** Number of tokens. */
    public int size() {
        return tokens.size();
    }

    /** The token at an index. */
    public Token token(int index) {
        return tokens.get(index);
    }

    /** Number of word tokens (numbers included). */
    public int wordCount() {
        return wordCount;
    }

    /** The sentence that holds a token. */
    public Sentence sentenceOf(int tokenIndex) {
        return sentences.get(sentenceOfToken[tokenIndex]);
    }

    /** The index of the sentence that holds a token. */
    public int sentenceIndexOf(int tokenIndex) {
        return sentenceOfToken[tokenIndex];
    }

    /** How many words come before a token: the position of a word among the words only. */
    public int wordIndexOf(int tokenIndex) {
        return wordIndexOfToken[tokenIndex];
    }

    /** Whether the token at {@code index} is a word whose normalised form is {@code word}. */
    public boolean isWord(int index, String word) {
        return index >= 0 && index < tokens.size() && tokens.get(index).is(word);
    }

    /** Whether a token is the first word of its sentence (punctuation before it is ignored). */
    public boolean isFirstWordOfSentence(int tokenIndex) {
        if (!tokens.get(tokenIndex).isWord()) {
            return false;
        }
        Sentence sentence = sentenceOf(tokenIndex);
        for (int i = sentence.firstToken(); i < tokenIndex; i++) {
            if (tokens.get(i).isWord()) {
                return false;
            }
        }
        return true;
    }

    /**
     * The text from the start of token {@code from} to the end of token {@code to - 1}, white space
     * collapsed to single spaces.
     */
    public String span(int from, int to) {
        return Tokenizer.collapseWhitespace(text.substring(tokens.get(from).start(), tokens.get(to - 1).end()));
    }
}
