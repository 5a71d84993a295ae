package dev.maangtracker.core.judge;

import static dev.maangtracker.core.judge.JudgeFixture.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Each verdict, per language, over real sandboxed processes, on the pair-with-target-sum problem. */
class VerdictsIT {

    private static final String PROBLEM = "pair-with-target-sum";

    private static final Map<Language, String> CORRECT = Map.of(
            Language.PYTHON, "def pairWithTargetSum(nums, target):\n    seen = {}\n    for j, v in enumerate(nums):\n"
                    + "        if target - v in seen:\n            return [seen[target - v], j]\n        seen[v] = j\n",
            Language.JAVASCRIPT, "function pairWithTargetSum(nums, target) {\n  const seen = new Map();\n"
                    + "  for (let j = 0; j < nums.length; j++) {\n    if (seen.has(target - nums[j])) return [seen.get(target - nums[j]), j];\n"
                    + "    seen.set(nums[j], j);\n  }\n  return [];\n}\n",
            Language.JAVA, "class Solution {\n  public int[] pairWithTargetSum(int[] nums, int target) {\n"
                    + "    Map<Integer, Integer> seen = new HashMap<>();\n    for (int j = 0; j < nums.length; j++) {\n"
                    + "      Integer i = seen.get(target - nums[j]);\n      if (i != null) return new int[] {i, j};\n"
                    + "      seen.put(nums[j], j);\n    }\n    return new int[0];\n  }\n}\n");

    private static final Map<Language, String> OFF_BY_ONE = Map.of(
            Language.PYTHON, "def pairWithTargetSum(nums, target):\n    for i in range(len(nums)):\n"
                    + "        for j in range(i + 1, len(nums) - 1):\n            if nums[i] + nums[j] == target:\n"
                    + "                return [i, j]\n    return []\n",
            Language.JAVASCRIPT, "function pairWithTargetSum(nums, target) {\n  for (let i = 0; i < nums.length; i++)\n"
                    + "    for (let j = i + 1; j < nums.length - 1; j++)\n      if (nums[i] + nums[j] === target) return [i, j];\n"
                    + "  return [];\n}\n",
            Language.JAVA, "class Solution {\n  public int[] pairWithTargetSum(int[] nums, int target) {\n"
                    + "    for (int i = 0; i < nums.length; i++)\n      for (int j = i + 1; j < nums.length - 1; j++)\n"
                    + "        if (nums[i] + nums[j] == target) return new int[] {i, j};\n    return new int[0];\n  }\n}\n");

    private static final Map<Language, String> INFINITE = Map.of(
            Language.PYTHON, "def pairWithTargetSum(nums, target):\n    while True:\n        pass\n",
            Language.JAVASCRIPT, "function pairWithTargetSum(nums, target) {\n  for (;;) {}\n}\n",
            Language.JAVA, "class Solution {\n  public int[] pairWithTargetSum(int[] nums, int target) {\n"
                    + "    long x = 0;\n    while (x >= 0) { x += nums.length; if (x > 1L << 62) x = 0; }\n    return null;\n  }\n}\n");

    private static final Map<Language, String> MEMORY_BOMB = Map.of(
            Language.PYTHON, "def pairWithTargetSum(nums, target):\n    hog = []\n    while True:\n"
                    + "        hog.append(bytearray(16 * 1024 * 1024))\n",
            Language.JAVASCRIPT, "function pairWithTargetSum(nums, target) {\n  const hog = [];\n"
                    + "  for (;;) hog.push(new Array(1 << 20).fill(7));\n}\n",
            Language.JAVA, "class Solution {\n  public int[] pairWithTargetSum(int[] nums, int target) {\n"
                    + "    List<long[]> hog = new ArrayList<>();\n    while (true) hog.add(new long[1 << 20]);\n  }\n}\n");

    private static final Map<Language, String> PRINT_FLOOD = Map.of(
            Language.PYTHON, "def pairWithTargetSum(nums, target):\n    while True:\n        print('x' * 1000)\n",
            Language.JAVASCRIPT, "function pairWithTargetSum(nums, target) {\n  for (;;) console.log('x'.repeat(1000));\n}\n",
            Language.JAVA, "class Solution {\n  public int[] pairWithTargetSum(int[] nums, int target) {\n"
                    + "    while (true) System.out.println(\"x\".repeat(1000));\n  }\n}\n");

    private static final Map<Language, String> SYNTAX_ERROR = Map.of(
            Language.PYTHON, "def pairWithTargetSum(nums, target)\n    return []\n",
            Language.JAVASCRIPT, "function pairWithTargetSum(nums, target) {\n  return [;\n}\n",
            Language.JAVA, "class Solution {\n  public int[] pairWithTargetSum(int[] nums, int target) {\n    return new int[0]\n  }\n}\n");

    @AfterAll
    static void nothingSurvives() throws Exception {
        JudgeFixture.assertNoSlotProcesses();
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void correctSolutionIsAccepted(Language language) {
        JudgeResult result = run(PROBLEM, language, CORRECT.get(language), TestSelection.ALL);

        assertThat(result.verdict()).as(result.message()).isEqualTo(Verdict.ACCEPTED);
        assertThat(result.tests()).hasSize(JudgeFixture.problem(PROBLEM).tests().size())
                .allSatisfy(t -> assertThat(t.peakMemoryBytes()).isPositive());
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void offByOneGetsWrongAnswerWithTheFailingCase(Language language) {
        JudgeResult result = run(PROBLEM, language, OFF_BY_ONE.get(language), TestSelection.VISIBLE);

        assertThat(result.verdict()).as(result.message()).isEqualTo(Verdict.WRONG_ANSWER);
        assertThat(result.failedCase()).hasValueSatisfying(failed -> {
            assertThat(failed.args()).isEqualTo("[[6,2,6],12]");
            assertThat(failed.expected()).isEqualTo("[0,2]");
            assertThat(failed.actual()).isEqualTo("[]");
        });
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void infiniteLoopIsTimeLimitExceededWithinTheLimitPlusAMargin(Language language) {
        long start = System.nanoTime();
        JudgeResult result = run(PROBLEM, language, INFINITE.get(language), TestSelection.VISIBLE);
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(result.verdict()).as(result.message()).isEqualTo(Verdict.TIME_LIMIT_EXCEEDED);
        Duration allowance = Duration.ofMillis(language == Language.JAVA ? 4000 : 1500);
        assertThat(took).isLessThan(JudgeFixture.TIME_LIMIT.plus(allowance));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void memoryBombIsMemoryLimitExceeded(Language language) {
        long heapBefore = Runtime.getRuntime().maxMemory();
        JudgeResult result = run(PROBLEM, language, MEMORY_BOMB.get(language), TestSelection.VISIBLE);

        assertThat(result.verdict()).as(result.message()).isEqualTo(Verdict.MEMORY_LIMIT_EXCEEDED);
        assertThat(Runtime.getRuntime().maxMemory()).isEqualTo(heapBefore);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void printFloodIsOutputLimitExceeded(Language language) {
        JudgeResult result = run(PROBLEM, language, PRINT_FLOOD.get(language), TestSelection.VISIBLE);

        assertThat(result.verdict()).as(result.message()).isEqualTo(Verdict.OUTPUT_LIMIT_EXCEEDED);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void syntaxErrorIsCompilationErrorWithoutHostPaths(Language language) {
        JudgeResult result = run(PROBLEM, language, SYNTAX_ERROR.get(language), TestSelection.VISIBLE);

        assertThat(result.verdict()).isEqualTo(Verdict.COMPILATION_ERROR);
        assertThat(result.message()).isNotBlank().doesNotContain("/tmp/").doesNotContain("/box/");
    }
}
