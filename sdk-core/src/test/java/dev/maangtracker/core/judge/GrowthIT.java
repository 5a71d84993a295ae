package dev.maangtracker.core.judge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The growth check on real sandboxed runs: a linear solution matches O(n); a quadratic one is flagged. */
class GrowthIT {

    private static GrowthCheck growth(String code) {
        SandboxJudge judge = JudgeFixture.judge();
        return judge.checkGrowth(new Submission(JudgeFixture.problem("pair-with-target-sum"), Language.PYTHON, code,
                TestSelection.ALL)).block(Duration.ofSeconds(60)).orElseThrow();
    }

    @Test
    void linearSolutionMatchesTheDeclaredComplexity() {
        GrowthCheck check = growth("def pairWithTargetSum(nums, target):\n    seen = {}\n"
                + "    for j, v in enumerate(nums):\n        if target - v in seen:\n"
                + "            return [seen[target - v], j]\n        seen[v] = j\n    return []\n");

        assertThat(check.matches()).as(check.summary()).isTrue();
    }

    @Test
    void quadraticSolutionIsFlagged() {
        GrowthCheck check = growth("def pairWithTargetSum(nums, target):\n    best = []\n"
                + "    for i in range(len(nums)):\n        for j in range(i + 1, len(nums)):\n"
                + "            if nums[i] + nums[j] == target + 10**12:\n                best = [i, j]\n    return best\n");

        assertThat(check.matches()).as(check.summary()).isFalse();
    }
}
