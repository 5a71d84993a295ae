package dev.maangtracker.core.analytics;

import dev.maangtracker.core.analytics.internal.TechnologyLexicon;
import dev.maangtracker.core.analytics.internal.TokenizedText;
import dev.maangtracker.core.analytics.internal.Tokenizer;
import dev.maangtracker.core.error.InvalidInputException;
import java.util.Optional;

/**
 * Analyses a candidate's answer text (typed, or a voice transcript) and derives the fluency,
 * confidence, clarity and content scores of the answer. Pure computation: synchronous, no I/O, and
 * deterministic (the same input and settings always give an equal result).
 *
 * <p>What is analysed:
 * <ul>
 *   <li>{@link Fillers}: hesitation sounds and filler words, with context. Ambiguous words count
 *       only in filler use; the rules (for "like", "you know", "I mean", "kind of", "actually",
 *       "so", "right?") are listed on {@code FillerDetector} and in {@code docs/analytics.md}.</li>
 *   <li>{@link Pace}: words per minute when the input has a spoken duration.</li>
 *   <li>{@link StarStructure}: Situation, Task, Action and Result for behavioural stories.</li>
 *   <li>{@link Specificity}, {@link Ownership}, {@link Confidence}, {@link Clarity}.</li>
 *   <li>{@link CodeExplanation}: stated complexity and edge cases, for code explanations and any
 *       answer that came with code.</li>
 *   <li>{@link AnswerScores}: the four derived scores, 0–100, each with an explanation.</li>
 * </ul>
 *
 * <p>Text is tokenised robustly: any white space (line breaks, tabs, repeated or no-break spaces)
 * only separates words, so reflowing an answer never changes the result apart from the char
 * offsets of fillers; typographic apostrophes equal ASCII ones.
 *
 * <p>Thread-safe: an instance is immutable and may be shared by any number of threads.
 */
public final class AnswerAnalyzer {

    private final AnalyticsSettings settings;
    private final FillerDetector fillerDetector;
    private final PaceAnalyzer paceAnalyzer;
    private final StarDetector starDetector;
    private final SpecificityAnalyzer specificityAnalyzer;
    private final OwnershipAnalyzer ownershipAnalyzer;
    private final ConfidenceAnalyzer confidenceAnalyzer;
    private final ClarityAnalyzer clarityAnalyzer;
    private final CodeExplanationAnalyzer codeAnalyzer;
    private final ScoreCalculator scoreCalculator;

    /** An analyser with {@link AnalyticsSettings#defaults() the default settings}. */
    public AnswerAnalyzer() {
        this(AnalyticsSettings.defaults());
    }

    /**
     * An analyser with the given settings.
     *
     * @throws InvalidInputException when {@code settings} is {@code null}
     */
    public AnswerAnalyzer(AnalyticsSettings settings) {
        if (settings == null) {
            throw InvalidInputException.required("settings");
        }
        this.settings = settings;
        this.fillerDetector = new FillerDetector(settings.extraFillers(), settings.snippetWords());
        this.paceAnalyzer = new PaceAnalyzer(settings.goodPaceMinWpm(), settings.goodPaceMaxWpm());
        this.starDetector = new StarDetector();
        this.specificityAnalyzer = new SpecificityAnalyzer(TechnologyLexicon.withExtraTerms(settings.extraTechnologies()));
        this.ownershipAnalyzer = new OwnershipAnalyzer();
        this.confidenceAnalyzer = new ConfidenceAnalyzer(settings.extraHedges());
        this.clarityAnalyzer = new ClarityAnalyzer(settings.longSentenceWords());
        this.codeAnalyzer = new CodeExplanationAnalyzer();
        this.scoreCalculator = new ScoreCalculator(paceAnalyzer);
    }

    /** The settings this analyser uses. */
    public AnalyticsSettings settings() {
        return settings;
    }

    /**
     * Analyses one answer.
     *
     * <p>An answer whose text has no words at all (only punctuation or symbols) is valid: every
     * count is 0 and every score is 0 with the explanation "the answer has no words".
     *
     * @param input the answer; its text must not exceed {@link AnalyticsSettings#maxTextChars()}
     *              chars and its code {@link AnalyticsSettings#maxCodeChars()}
     * @return the analytics, never {@code null}
     * @throws InvalidInputException when {@code input} is {@code null} ({@code required("input")}), the
     *                               text is too long ({@code tooLong("answer", ...)}) or the code is too
     *                               long ({@code tooLong("code", ...)}); blank text is already refused by
     *                               {@link AnswerInput}
     */
    public AnswerAnalytics analyze(AnswerInput input) {
        if (input == null) {
            throw InvalidInputException.required("input");
        }
        if (input.text().length() > settings.maxTextChars()) {
            throw InvalidInputException.tooLong("answer", input.text().length(), settings.maxTextChars());
        }
        Optional<String> code = input.code();
        if (code.isPresent() && code.get().length() > settings.maxCodeChars()) {
            throw InvalidInputException.tooLong("code", code.get().length(), settings.maxCodeChars());
        }
        TokenizedText text = Tokenizer.tokenize(input.text());
        FillerScan fillers = fillerDetector.detect(text);
        Optional<Pace> pace = paceAnalyzer.analyze(text.wordCount(), input.spokenDuration());
        Optional<StarStructure> star = starDetector.analyzeIfStory(input.kind(), text);
        Specificity specificity = specificityAnalyzer.analyze(text);
        Ownership ownership = ownershipAnalyzer.analyze(text, fillers);
        Confidence confidence = confidenceAnalyzer.analyze(text, fillers);
        Clarity clarity = clarityAnalyzer.analyze(text);
        Optional<CodeExplanation> codeExplanation = codeAnalyzer.analyzeIfCode(input.kind(), text, code);
        AnswerScores scores = scoreCalculator.score(text.wordCount(), fillers.fillers(), pace, star, specificity,
                confidence, clarity, codeExplanation);
        return new AnswerAnalytics(input.kind(), text.wordCount(), fillers.fillers(), pace, star, specificity, ownership,
                confidence, clarity, codeExplanation, scores);
    }
}
