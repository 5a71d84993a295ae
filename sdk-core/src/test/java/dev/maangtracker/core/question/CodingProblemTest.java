package dev.maangtracker.core.question;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.maangtracker.core.error.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Validation of coding problems built in code, including their signatures and test cases. */
class CodingProblemTest {

    private static final FunctionSignature SUM = new FunctionSignature("sum",
            List.of(new Parameter("nums", ValueType.INT_ARRAY)), ValueType.LONG);

    @Test
    void copiesItsListsAndSplitsVisibleFromHiddenTests() {
        List<String> hints = new ArrayList<>(List.of("one", "two", "three"));
        CodingProblem problem = problem(SUM, tests(), hints);
        hints.add("four");

        assertThat(problem.hints()).hasSize(3);
        assertThat(problem.mode()).isEqualTo(InterviewMode.CODING);
        assertThat(problem.visibleTests()).extracting(TestCase::expected).containsExactly("3", "0");
        assertThat(problem.hiddenTests()).hasSize(4);
    }

    @Test
    void rejectsTestsThatDoNotFitTheSignature() {
        List<TestCase> wrongArity = new ArrayList<>(tests());
        wrongArity.set(2, new TestCase("[[1], 2]", "1", true));
        List<TestCase> wrongType = new ArrayList<>(tests());
        wrongType.set(3, new TestCase("[[1, 2.5]]", "3", true));
        List<TestCase> wrongResult = new ArrayList<>(tests());
        wrongResult.set(0, new TestCase("[[1, 2]]", "\"3\"", false));

        assertThatThrownBy(() -> problem(SUM, wrongArity, hints()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("tests[2].args must hold 1 arguments for long sum(int[] nums) (has 2)");
        assertThatThrownBy(() -> problem(SUM, wrongType, hints()))
                .hasMessage("tests[3].args[0] must be a JSON int[] value for parameter 'nums'");
        assertThatThrownBy(() -> problem(SUM, wrongResult, hints()))
                .hasMessage("tests[0].expected must be a JSON long value (the return type)");
    }

    @Test
    void requiresEnoughVisibleAndHiddenTestsAndHints() {
        List<TestCase> oneVisible = tests().subList(1, 6);
        List<TestCase> threeHidden = tests().subList(0, 5);

        assertThatThrownBy(() -> problem(SUM, oneVisible, hints()))
                .hasMessage("tests must include at least 2 visible tests (has 1)");
        assertThatThrownBy(() -> problem(SUM, threeHidden, hints()))
                .hasMessage("tests must include at least 4 hidden tests (has 3)");
        assertThatThrownBy(() -> problem(SUM, tests(), List.of("one", "two")))
                .hasMessage("hints must have at least 3 entries (has 2)");
    }

    @Test
    void rejectsMalformedIdsAndComplexities() {
        assertThatThrownBy(() -> new CodingProblem("Two Sum", "t", Difficulty.EASY, List.of("arrays-hashing"), "s",
                List.of("c"), examples(), SUM, tests(), hints(), "O(n)", "O(1)", keyPoints()))
                .hasMessageStartingWith("id must be kebab-case");
        assertThatThrownBy(() -> new CodingProblem("two-sum", "t", Difficulty.EASY, List.of("arrays-hashing"), "s",
                List.of("c"), examples(), SUM, tests(), hints(), "linear", "O(1)", keyPoints()))
                .hasMessage("timeComplexity must be in big-O form such as O(n log n) (was 'linear')");
        assertThatThrownBy(() -> new CodingProblem("two-sum", "t", Difficulty.EASY, List.of("graphs", "graphs"), "s",
                List.of("c"), examples(), SUM, tests(), hints(), "O(n)", "O(1)", keyPoints()))
                .hasMessage("topics[1] repeats 'graphs'");
    }

    @Test
    void testCasesAreStoredAsCanonicalJson() {
        TestCase test = new TestCase(" [ [1, 2 ,3] ]", "{\"a\" : 1}", true);

        assertThat(test.args()).isEqualTo("[[1,2,3]]");
        assertThat(test.expected()).isEqualTo("{\"a\":1}");
        assertThat(test).isEqualTo(new TestCase("[[1,2,3]]", "{\"a\":1}", true));
        assertThatThrownBy(() -> new TestCase("{\"nums\": []}", "1", false))
                .hasMessage("args must be a JSON array with one element per parameter");
        assertThatThrownBy(() -> new TestCase("[1] [2]", "1", false)).hasMessageStartingWith("args is not valid JSON");
        assertThatThrownBy(() -> new TestCase("[1]", "null", false)).hasMessage("expected must hold a JSON value other than null");
    }

    @Test
    void signatureRejectsReservedRepeatedOrMalformedNames() {
        assertThatThrownBy(() -> new Parameter("class", ValueType.INT)).hasMessage("name must not be the reserved word 'class'");
        assertThatThrownBy(() -> new Parameter("my_nums", ValueType.INT)).hasMessageStartingWith("name must be a lower-camel-case identifier");
        assertThatThrownBy(() -> new FunctionSignature("f",
                List.of(new Parameter("a", ValueType.INT), new Parameter("a", ValueType.LONG)), ValueType.INT))
                .hasMessage("parameters[1].name repeats 'a'");
        assertThat(SUM.declaration()).isEqualTo("long sum(int[] nums)");
        assertThat(SUM.comparison()).isEqualTo(Comparison.EXACT);
    }

    @Test
    void comparisonMustSuitTheReturnType() {
        assertThatThrownBy(() -> new FunctionSignature("f", List.of(), ValueType.INT, Comparison.UNORDERED))
                .hasMessage("comparison UNORDERED cannot compare values of type int");
        assertThatThrownBy(() -> new FunctionSignature("f", List.of(), ValueType.INT_ARRAY, Comparison.FLOAT_TOLERANCE))
                .hasMessage("comparison FLOAT_TOLERANCE cannot compare values of type int[]");
        assertThat(Comparison.UNORDERED.supports(ValueType.STRING_MATRIX)).isTrue();
        assertThat(Comparison.UNORDERED.supports(ValueType.TREE_NODE)).isFalse();
        assertThat(Comparison.FLOAT_TOLERANCE.supports(ValueType.DOUBLE_ARRAY)).isTrue();
    }

    private static CodingProblem problem(FunctionSignature signature, List<TestCase> tests, List<String> hints) {
        return new CodingProblem("array-sum", "Array Sum", Difficulty.EASY, List.of("arrays-hashing"),
                "Return the sum of `nums`.", List.of("0 <= nums.length <= 10^5"), examples(), signature, tests, hints,
                "O(n)", "O(1)", keyPoints());
    }

    private static List<TestCase> tests() {
        return List.of(
                new TestCase("[[1,2]]", "3", false),
                new TestCase("[[]]", "0", false),
                new TestCase("[[5]]", "5", true),
                new TestCase("[[-1,1]]", "0", true),
                new TestCase("[[2147483647,2147483647]]", "4294967294", true),
                new TestCase("[[1,1,1]]", "3", true));
    }

    private static List<String> hints() {
        return List.of("Visit each element.", "Keep a running total.", "Use a 64-bit accumulator.");
    }

    private static List<Example> examples() {
        return List.of(new Example("nums = [1, 2]", "3", ""));
    }

    private static List<String> keyPoints() {
        return List.of("Single pass", "Avoids overflow");
    }
}
