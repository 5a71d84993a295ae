package dev.maangtracker.core.analytics;

import dev.maangtracker.core.analytics.internal.Token;
import dev.maangtracker.core.analytics.internal.TokenizedText;
import dev.maangtracker.core.analytics.internal.Tokenizer;
import dev.maangtracker.core.error.InvalidInputException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Limits and extra word lists for an {@link AnswerAnalyzer}. Immutable and thread-safe; build one
 * with {@link #builder()}, or use {@link #defaults()}.
 *
 * <p>Extra word lists add to the built-in ones; they never replace them. Each entry is one to
 * {@link #MAX_TERM_WORDS} words and at most {@link #MAX_TERM_CHARS} chars; a list holds at most
 * {@link #MAX_EXTRA_TERMS} entries.
 */
public final class AnalyticsSettings {

    /** Default longest answer text accepted, in chars. */
    public static final int DEFAULT_MAX_TEXT_CHARS = 20_000;
    /** The highest text limit a caller may configure. */
    public static final int MAX_TEXT_CHARS_CEILING = 200_000;
    /** Default longest code accepted, in chars. */
    public static final int DEFAULT_MAX_CODE_CHARS = 20_000;
    /** The highest code limit a caller may configure. */
    public static final int MAX_CODE_CHARS_CEILING = 200_000;
    /** Default lower end of the good speaking pace, words per minute. */
    public static final int DEFAULT_GOOD_PACE_MIN_WPM = 110;
    /** Default upper end of the good speaking pace, words per minute. */
    public static final int DEFAULT_GOOD_PACE_MAX_WPM = 170;
    /** The highest pace bound a caller may configure. */
    public static final int MAX_PACE_WPM = 1_000;
    /** Default number of words above which a sentence counts as long. */
    public static final int DEFAULT_LONG_SENTENCE_WORDS = 35;
    /** Smallest long-sentence limit accepted. */
    public static final int MIN_LONG_SENTENCE_WORDS = 5;
    /** Largest long-sentence limit accepted. */
    public static final int MAX_LONG_SENTENCE_WORDS = 200;
    /** Default words of context on each side of a filler in its snippet. */
    public static final int DEFAULT_SNIPPET_WORDS = 4;
    /** Most words of context a snippet may show on each side. */
    public static final int MAX_SNIPPET_WORDS = 20;
    /** Most entries in one extra word list. */
    public static final int MAX_EXTRA_TERMS = 500;
    /** Most chars in one extra word-list entry. */
    public static final int MAX_TERM_CHARS = 60;
    /** Most words in one extra word-list entry. */
    public static final int MAX_TERM_WORDS = 6;

    private static final AnalyticsSettings DEFAULTS = builder().build();

    private final int maxTextChars;
    private final int maxCodeChars;
    private final int goodPaceMinWpm;
    private final int goodPaceMaxWpm;
    private final int longSentenceWords;
    private final int snippetWords;
    private final List<String> extraFillers;
    private final List<String> extraHedges;
    private final List<String> extraTechnologies;

    private AnalyticsSettings(Builder builder) {
        this.maxTextChars = builder.maxTextChars;
        this.maxCodeChars = builder.maxCodeChars;
        this.goodPaceMinWpm = builder.goodPaceMinWpm;
        this.goodPaceMaxWpm = builder.goodPaceMaxWpm;
        this.longSentenceWords = builder.longSentenceWords;
        this.snippetWords = builder.snippetWords;
        this.extraFillers = List.copyOf(builder.extraFillers);
        this.extraHedges = List.copyOf(builder.extraHedges);
        this.extraTechnologies = List.copyOf(builder.extraTechnologies);
    }

    /** The default settings: 20,000-char answers, good pace 110–170 wpm, long sentences over 35 words. */
    public static AnalyticsSettings defaults() {
        return DEFAULTS;
    }

    /** A builder starting from the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from these settings. */
    public Builder toBuilder() {
        Builder builder = new Builder()
                .maxTextChars(maxTextChars)
                .maxCodeChars(maxCodeChars)
                .goodPace(goodPaceMinWpm, goodPaceMaxWpm)
                .longSentenceWords(longSentenceWords)
                .snippetWords(snippetWords);
        builder.extraFillers.addAll(extraFillers);
        builder.extraHedges.addAll(extraHedges);
        builder.extraTechnologies.addAll(extraTechnologies);
        return builder;
    }

    /** Longest answer text accepted, in chars. */
    public int maxTextChars() {
        return maxTextChars;
    }

    /** Longest code accepted, in chars. */
    public int maxCodeChars() {
        return maxCodeChars;
    }

    /** Lower end of the good pace band, words per minute, included. */
    public int goodPaceMinWpm() {
        return goodPaceMinWpm;
    }

    /** Upper end of the good pace band, words per minute, included. */
    public int goodPaceMaxWpm() {
        return goodPaceMaxWpm;
    }

    /** Sentences with more words than this count as long. */
    public int longSentenceWords() {
        return longSentenceWords;
    }

    /** Words of context on each side of a filler in its snippet. */
    public int snippetWords() {
        return snippetWords;
    }

    /** Extra words or phrases that always count as fillers. */
    public List<String> extraFillers() {
        return extraFillers;
    }

    /** Extra words or phrases that count as hedges. */
    public List<String> extraHedges() {
        return extraHedges;
    }

    /** Extra technology names, matched in any letter case. */
    public List<String> extraTechnologies() {
        return extraTechnologies;
    }

    /**
     * Builds {@link AnalyticsSettings}; {@link #build()} validates every value and fails with
     * {@link InvalidInputException} naming the setting. Not thread-safe.
     */
    public static final class Builder {

        private int maxTextChars = DEFAULT_MAX_TEXT_CHARS;
        private int maxCodeChars = DEFAULT_MAX_CODE_CHARS;
        private int goodPaceMinWpm = DEFAULT_GOOD_PACE_MIN_WPM;
        private int goodPaceMaxWpm = DEFAULT_GOOD_PACE_MAX_WPM;
        private int longSentenceWords = DEFAULT_LONG_SENTENCE_WORDS;
        private int snippetWords = DEFAULT_SNIPPET_WORDS;
        private final Set<String> extraFillers = new LinkedHashSet<>();
        private final Set<String> extraHedges = new LinkedHashSet<>();
        private final Set<String> extraTechnologies = new LinkedHashSet<>();

        private Builder() {
        }

        /** Longest answer text, 1 to {@link #MAX_TEXT_CHARS_CEILING} chars. */
        public Builder maxTextChars(int chars) {
            this.maxTextChars = chars;
            return this;
        }

        /** Longest code, 1 to {@link #MAX_CODE_CHARS_CEILING} chars. */
        public Builder maxCodeChars(int chars) {
            this.maxCodeChars = chars;
            return this;
        }

        /** The good pace band in words per minute, both ends included; {@code 1 <= min < max <= 1000}. */
        public Builder goodPace(int minWpm, int maxWpm) {
            this.goodPaceMinWpm = minWpm;
            this.goodPaceMaxWpm = maxWpm;
            return this;
        }

        /** Sentences with more words than this count as long; 5 to 200. */
        public Builder longSentenceWords(int words) {
            this.longSentenceWords = words;
            return this;
        }

        /** Words of context on each side of a filler snippet; 0 to 20. */
        public Builder snippetWords(int words) {
            this.snippetWords = words;
            return this;
        }

        /** Adds words or phrases that always count as fillers (e.g. a speaker's own tic). */
        public Builder addFillers(Collection<String> fillers) {
            addAll(extraFillers, fillers, "fillers");
            return this;
        }

        /** Adds words or phrases that count as hedges. */
        public Builder addHedges(Collection<String> hedges) {
            addAll(extraHedges, hedges, "hedges");
            return this;
        }

        /** Adds technology names (e.g. in-house systems) that count toward specificity. */
        public Builder addTechnologies(Collection<String> technologies) {
            addAll(extraTechnologies, technologies, "technologies");
            return this;
        }

        /**
         * Validates and builds.
         *
         * @throws InvalidInputException when a value is outside its documented range or a list entry is
         *                               not one to six words
         */
        public AnalyticsSettings build() {
            checkRange("maxTextChars", maxTextChars, 1, MAX_TEXT_CHARS_CEILING);
            checkRange("maxCodeChars", maxCodeChars, 1, MAX_CODE_CHARS_CEILING);
            checkRange("goodPaceMinWpm", goodPaceMinWpm, 1, MAX_PACE_WPM - 1);
            checkRange("goodPaceMaxWpm", goodPaceMaxWpm, goodPaceMinWpm + 1, MAX_PACE_WPM);
            checkRange("longSentenceWords", longSentenceWords, MIN_LONG_SENTENCE_WORDS, MAX_LONG_SENTENCE_WORDS);
            checkRange("snippetWords", snippetWords, 0, MAX_SNIPPET_WORDS);
            return new AnalyticsSettings(this);
        }

        private static void addAll(Set<String> target, Collection<String> terms, String field) {
            if (terms == null) {
                throw InvalidInputException.required(field);
            }
            List<String> checked = new ArrayList<>(terms.size());
            for (String term : terms) {
                checked.add(checkTerm(term, field));
            }
            if (target.size() + checked.size() > MAX_EXTRA_TERMS) {
                throw InvalidInputException.tooLong(field, (long) target.size() + checked.size(), MAX_EXTRA_TERMS);
            }
            target.addAll(checked);
        }

        private static String checkTerm(String term, String field) {
            if (term == null || term.isBlank()) {
                throw InvalidInputException.of(field, "entries must not be blank");
            }
            String collapsed = Tokenizer.collapseWhitespace(term);
            if (collapsed.length() > MAX_TERM_CHARS) {
                throw InvalidInputException.tooLong(field + " entry", collapsed.length(), MAX_TERM_CHARS);
            }
            TokenizedText tokens = Tokenizer.tokenize(collapsed);
            boolean wordsOnly = tokens.tokens().stream().allMatch(Token::isWord);
            if (!wordsOnly || tokens.size() > MAX_TERM_WORDS) {
                throw InvalidInputException.of(field, "entries must be 1 to " + MAX_TERM_WORDS
                        + " words without punctuation (was '" + collapsed + "')");
            }
            return collapsed;
        }

        private static void checkRange(String field, int value, int min, int max) {
            if (value < min || value > max) {
                throw InvalidInputException.outOfRange(field, value, min, max);
            }
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AnalyticsSettings that && maxTextChars == that.maxTextChars
                && maxCodeChars == that.maxCodeChars && goodPaceMinWpm == that.goodPaceMinWpm
                && goodPaceMaxWpm == that.goodPaceMaxWpm && longSentenceWords == that.longSentenceWords
                && snippetWords == that.snippetWords && extraFillers.equals(that.extraFillers)
                && extraHedges.equals(that.extraHedges) && extraTechnologies.equals(that.extraTechnologies);
    }

    @Override
    public int hashCode() {
        return Objects.hash(maxTextChars, maxCodeChars, goodPaceMinWpm, goodPaceMaxWpm, longSentenceWords, snippetWords,
                extraFillers, extraHedges, extraTechnologies);
    }

    @Override
    public String toString() {
        return "AnalyticsSettings[maxTextChars=" + maxTextChars + ", maxCodeChars=" + maxCodeChars + ", goodPace="
                + goodPaceMinWpm + ".." + goodPaceMaxWpm + ", longSentenceWords=" + longSentenceWords + ", snippetWords="
                + snippetWords + ", extraFillers=" + extraFillers + ", extraHedges=" + extraHedges
                + ", extraTechnologies=" + extraTechnologies + "]";
    }
}
