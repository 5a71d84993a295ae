package dev.maangtracker.core.judge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Recursive solutions get a deep stack in every language, and unbounded recursion is a runtime error, not a crash. */
class DeepRecursionIT {

    private static final Map<Language, String> DEEP = Map.of(
            Language.PYTHON, "def depth(n):\n    return 0 if n == 0 else 1 + depth(n - 1)\n\n"
                    + "def pairWithTargetSum(nums, target):\n    depth(50000)\n    return []\n",
            Language.JAVASCRIPT, "function depth(n) { return n === 0 ? 0 : 1 + depth(n - 1); }\n"
                    + "function pairWithTargetSum(nums, target) { depth(50000); return []; }\n",
            Language.JAVA, "class Solution {\n  int depth(int n) { return n == 0 ? 0 : 1 + depth(n - 1); }\n"
                    + "  public int[] pairWithTargetSum(int[] nums, int target) { depth(50000); return new int[0]; }\n}\n");

    private static final Map<Language, String> UNBOUNDED = Map.of(
            Language.PYTHON, "def down(n):\n    return down(n + 1)\n\ndef pairWithTargetSum(nums, target):\n"
                    + "    return down(0)\n",
            Language.JAVASCRIPT, "function down(n) { return down(n + 1); }\n"
                    + "function pairWithTargetSum(nums, target) { return down(0); }\n",
            Language.JAVA, "class Solution {\n  int down(int n) { return down(n + 1); }\n"
                    + "  public int[] pairWithTargetSum(int[] nums, int target) { down(0); return null; }\n}\n");

    @ParameterizedTest
    @EnumSource(Language.class)
    void deepRecursionRuns(Language language) {
        JudgeResult result = JudgeFixture.run("pair-with-target-sum", language, DEEP.get(language), TestSelection.VISIBLE);

        assertThat(result.verdict()).as(result.message()).isEqualTo(Verdict.WRONG_ANSWER);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void unboundedRecursionIsARuntimeErrorOrTimeLimit(Language language) {
        JudgeResult result = JudgeFixture.run("pair-with-target-sum", language, UNBOUNDED.get(language),
                TestSelection.VISIBLE);

        assertThat(result.verdict()).as(result.message()).isIn(Verdict.RUNTIME_ERROR, Verdict.TIME_LIMIT_EXCEEDED,
                Verdict.MEMORY_LIMIT_EXCEEDED);
        assertThat(result.message()).doesNotContain("/tmp/maang-judge");
    }
}
