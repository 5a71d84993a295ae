package dev.maangtracker.core.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CodeExplanationAnalyzerTest {

    private final AnswerAnalyzer analyzer = new AnswerAnalyzer();

    private CodeExplanation code(String text) {
        return analyzer.analyze(AnswerInput.codeExplanation(text, null)).code().orElseThrow();
    }

    private CodeExplanation code(String text, String source) {
        return analyzer.analyze(AnswerInput.codeExplanation(text, source)).code().orElseThrow();
    }

    @ParameterizedTest(name = "\"{0}\" is time {1}")
    @CsvSource(delimiter = '|', value = {
            "It runs in O(n log n).|O(n log n)",
            "It runs in O(N log N) time.|O(n log n)",
            "Overall O(nlogn).|O(n log n)",
            "Sorting costs O(n * log(n)).|O(n log n)",
            "That's O(n^2).|O(n^2)",
            "That's O(n²) in the worst case.|O(n^2)",
            "BFS is O(V + E).|O(v + e)",
            "Lookup is O(1).|O(1)",
            "The DP is O(n*m).|O(n * m)",
            "Backtracking is O(2^n).|O(2^n)",
            "Permutations cost O(n!).|O(n!)",
            "Binary search is Θ(log n).|O(log n)",
            "It's linear time.|O(n)",
            "It runs in constant time.|O(1)",
            "This is quadratic.|O(n^2)",
            "It is logarithmic.|O(log n)",
            "That gives n log n time.|O(n log n)",
            "Overall it's linearithmic.|O(n log n)",
            "It is exponential.|O(2^n)",
            "It is cubic in the worst case.|O(n^3)",
            "So it's O of n.|O(n)",
            "Big O of n squared for the naive version.|O(n^2)",
            "It is O of n log n overall.|O(n log n)",
            "It is O of one.|O(1)"})
    void statedTimeComplexityIsNormalised(String text, String expected) {
        assertThat(code(text).timeComplexity()).contains(expected);
    }

    @Test
    void timeAndSpaceAreToldApart() {
        CodeExplanation c = code("It is O(n) time and O(1) space.");
        assertThat(c.timeComplexity()).contains("O(n)");
        assertThat(c.spaceComplexity()).contains("O(1)");
        assertThat(c.claims()).extracting(ComplexityClaim::dimension)
                .containsExactly(ComplexityDimension.TIME, ComplexityDimension.SPACE);
    }

    @Test
    void spaceKeywordBeforeTheClaimCounts() {
        CodeExplanation c = code("The time complexity is O(n log n). The space complexity is O(n).");
        assertThat(c.timeComplexity()).contains("O(n log n)");
        assertThat(c.spaceComplexity()).contains("O(n)");
    }

    @Test
    void verbalSpaceComplexityIsRecognised() {
        assertThat(code("We only need constant space.").spaceComplexity()).contains("O(1)");
        assertThat(code("It uses linear extra memory.").spaceComplexity()).contains("O(n)");
        assertThat(code("Memory is constant.").spaceComplexity()).contains("O(1)");
    }

    @Test
    void wordsWithoutComplexityContextAreNotClaims() {
        CodeExplanation c = code("I do a linear scan, ignore the constant factor and use a quadratic probe table.");
        assertThat(c.claims()).isEmpty();
        assertThat(c.timeComplexity()).isEmpty();
    }

    @Test
    void bruteForceComplexityDoesNotOverrideTheFinalOne() {
        CodeExplanation c = code("With a hash map it runs in O(n) time. The brute force was quadratic.");
        assertThat(c.timeComplexity()).contains("O(n)");
        assertThat(c.claims()).extracting(ComplexityClaim::alternative).containsExactly(false, true);
    }

    @Test
    void fromToReadsTheSecondAsFinal() {
        assertThat(code("We improved it from O(n^2) to O(n log n).").timeComplexity()).contains("O(n log n)");
    }

    @Test
    void onlyAlternativeClaimsStillGiveAnAnswer() {
        assertThat(code("The naive solution is O(n^3).").timeComplexity()).contains("O(n^3)");
    }

    @Test
    void codeCommentsAreReadWhenTheTextStatesNothing() {
        String source = "// O(n) time, O(1) extra space\nint f(int[] a) { String s = \"O(n^2) // not a comment\"; return 0; }";
        CodeExplanation c = code("I walk the array once.", source);
        assertThat(c.timeComplexity()).contains("O(n)");
        assertThat(c.spaceComplexity()).contains("O(1)");
        assertThat(c.claims()).hasSize(2);
    }

    @Test
    void theTextWinsOverCodeComments() {
        CodeExplanation c = code("Overall it's O(n log n) time.", "# O(n) time\ndef f(a):\n    return sorted(a)\n");
        assertThat(c.timeComplexity()).contains("O(n log n)");
    }

    @Test
    void edgeCasesAreDetected() {
        CodeExplanation c = code("I check for an empty array and null, a single element, duplicates and negative "
                + "numbers, and I use a long to avoid overflow. For very large input it still works, and if the input "
                + "is already sorted we return early. I also watch for cycles and off-by-one errors, invalid input "
                + "and unicode.");
        assertThat(c.edgeCases()).containsExactly(EdgeCase.EMPTY_INPUT, EdgeCase.NULL_INPUT, EdgeCase.SINGLE_ELEMENT,
                EdgeCase.DUPLICATES, EdgeCase.NEGATIVE_NUMBERS, EdgeCase.OVERFLOW, EdgeCase.LARGE_INPUT,
                EdgeCase.SORTED_INPUT, EdgeCase.CYCLES, EdgeCase.BOUNDARIES, EdgeCase.INVALID_INPUT,
                EdgeCase.SPECIAL_CHARACTERS);
    }

    @Test
    void capitalisedNoneIsPythonNullButNoneOfIsNot() {
        assertThat(code("If the head is None we return.").edgeCases()).containsExactly(EdgeCase.NULL_INPUT);
        assertThat(code("none of the tests failed.").edgeCases()).isEmpty();
    }

    @Test
    void codeAnalysisAppliesToCodeAnswersAndAnswersWithCode() {
        assertThat(analyzer.analyze(AnswerInput.prose("It is O(n).")).code()).isEmpty();
        assertThat(analyzer.analyze(AnswerInput.prose("It is O(n).").withCode("return 1;")).code()).isPresent();
        assertThat(analyzer.analyze(AnswerInput.codeExplanation("It is O(n).", "  ")).code()).isPresent();
    }

    @Test
    void statedComplexityAndEdgeCasesRaiseTheContentScore() {
        int bare = analyzer.analyze(AnswerInput.codeExplanation("I loop over the array.", null)).scores().content().value();
        AnswerAnalytics full = analyzer.analyze(AnswerInput.codeExplanation(
                "I loop once, so it is O(n) time and O(1) space; I handle empty input, duplicates and overflow.", null));
        assertThat(bare).isZero();
        assertThat(full.scores().content().value()).isEqualTo(67);
        assertThat(full.scores().content().explanation()).isEqualTo("specificity 0 (0 metrics, 0 technologies, 0 names, "
                + "0 time references); time O(n), space O(1), 3 edge cases (empty input, duplicates, overflow)");
    }
}
