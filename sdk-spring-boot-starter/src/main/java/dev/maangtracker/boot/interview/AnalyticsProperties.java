package dev.maangtracker.boot.interview;

import dev.maangtracker.core.analytics.AnalyticsSettings;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How answers are analysed ({@code maang.analytics.*}): limits, the good pace band and extra
 * vocabulary. Defaults equal {@link AnalyticsSettings#defaults()}. Each extra term is one to six words
 * without punctuation; the SDK rejects others at start-up.
 */
@ConfigurationProperties(prefix = "maang.analytics")
@Validated
public class AnalyticsProperties {

    /** Longest answer text analysed, in characters. */
    @Min(1)
    @Max(AnalyticsSettings.MAX_TEXT_CHARS_CEILING)
    private int maxTextChars = 20_000;

    /** Longest code analysed, in characters. */
    @Min(1)
    @Max(AnalyticsSettings.MAX_CODE_CHARS_CEILING)
    private int maxCodeChars = 20_000;

    /** Slowest good speaking pace, in words per minute. */
    @Min(1)
    @Max(AnalyticsSettings.MAX_PACE_WPM - 1)
    private int goodPaceMinWpm = 110;

    /** Fastest good speaking pace, in words per minute. */
    @Min(2)
    @Max(AnalyticsSettings.MAX_PACE_WPM)
    private int goodPaceMaxWpm = 170;

    /** Sentences with more words than this count as long. */
    @Min(AnalyticsSettings.MIN_LONG_SENTENCE_WORDS)
    @Max(AnalyticsSettings.MAX_LONG_SENTENCE_WORDS)
    private int longSentenceWords = 35;

    /** Words of context shown on each side of a filler. */
    @Min(0)
    @Max(AnalyticsSettings.MAX_SNIPPET_WORDS)
    private int snippetWords = 4;

    /** Words or phrases that always count as fillers (a speaker's own tic). */
    @NotNull
    @Size(max = AnalyticsSettings.MAX_EXTRA_TERMS)
    private List<String> extraFillers = new ArrayList<>();

    /** Words or phrases that count as hedges. */
    @NotNull
    @Size(max = AnalyticsSettings.MAX_EXTRA_TERMS)
    private List<String> extraHedges = new ArrayList<>();

    /** Technology names (in-house systems, say) that count toward specificity. */
    @NotNull
    @Size(max = AnalyticsSettings.MAX_EXTRA_TERMS)
    private List<String> extraTechnologies = new ArrayList<>();

    /** The good pace band must not be empty. */
    @AssertTrue(message = "maang.analytics.good-pace-min-wpm must be below maang.analytics.good-pace-max-wpm")
    public boolean isGoodPaceBand() {
        return goodPaceMinWpm < goodPaceMaxWpm;
    }

    /** The SDK settings these properties describe. */
    public AnalyticsSettings toSettings() {
        return AnalyticsSettings.builder().maxTextChars(maxTextChars).maxCodeChars(maxCodeChars)
                .goodPace(goodPaceMinWpm, goodPaceMaxWpm).longSentenceWords(longSentenceWords)
                .snippetWords(snippetWords).addFillers(extraFillers).addHedges(extraHedges)
                .addTechnologies(extraTechnologies).build();
    }

    public int getMaxTextChars() {
        return maxTextChars;
    }

    public void setMaxTextChars(int maxTextChars) {
        this.maxTextChars = maxTextChars;
    }

    public int getMaxCodeChars() {
        return maxCodeChars;
    }

    public void setMaxCodeChars(int maxCodeChars) {
        this.maxCodeChars = maxCodeChars;
    }

    public int getGoodPaceMinWpm() {
        return goodPaceMinWpm;
    }

    public void setGoodPaceMinWpm(int goodPaceMinWpm) {
        this.goodPaceMinWpm = goodPaceMinWpm;
    }

    public int getGoodPaceMaxWpm() {
        return goodPaceMaxWpm;
    }

    public void setGoodPaceMaxWpm(int goodPaceMaxWpm) {
        this.goodPaceMaxWpm = goodPaceMaxWpm;
    }

    public int getLongSentenceWords() {
        return longSentenceWords;
    }

    public void setLongSentenceWords(int longSentenceWords) {
        this.longSentenceWords = longSentenceWords;
    }

    public int getSnippetWords() {
        return snippetWords;
    }

    public void setSnippetWords(int snippetWords) {
        this.snippetWords = snippetWords;
    }

    public List<String> getExtraFillers() {
        return extraFillers;
    }

    public void setExtraFillers(List<String> extraFillers) {
        this.extraFillers = extraFillers;
    }

    public List<String> getExtraHedges() {
        return extraHedges;
    }

    public void setExtraHedges(List<String> extraHedges) {
        this.extraHedges = extraHedges;
    }

    public List<String> getExtraTechnologies() {
        return extraTechnologies;
    }

    public void setExtraTechnologies(List<String> extraTechnologies) {
        this.extraTechnologies = extraTechnologies;
    }
}
