package dev.maangtracker.core.judge;

import static dev.maangtracker.core.judge.JudgeFixture.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Peak memory is measured per test: a test after a memory-hungry one reports its own, smaller peak. */
class PeakMemoryIT {

    private static final String HUNGRY_FIRST_TEST = "def pairWithTargetSum(nums, target):\n"
            + "    if nums == [4, 9, 1, 11]:\n        hog = b'x' * (96 * 1024 * 1024)\n        del hog\n"
            + "    seen = {}\n    for j, v in enumerate(nums):\n        if target - v in seen:\n"
            + "            return [seen[target - v], j]\n        seen[v] = j\n";

    @AfterAll
    static void nothingSurvives() throws Exception {
        JudgeFixture.assertNoSlotProcesses();
    }

    @Test
    void aTestAfterAMemoryHungryOneReportsItsOwnPeak() {
        JudgeResult result = run("pair-with-target-sum", Language.PYTHON, HUNGRY_FIRST_TEST, TestSelection.ALL);

        assertThat(result.verdict()).as(result.message()).isEqualTo(Verdict.ACCEPTED);
        List<TestResult> tests = result.tests();
        assertThat(tests.get(0).peakMemoryBytes()).isGreaterThan(96L << 20);
        assertThat(tests.get(1).peakMemoryBytes()).isPositive().isLessThan(48L << 20);
    }
}
