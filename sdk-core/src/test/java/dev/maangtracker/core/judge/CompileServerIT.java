package dev.maangtracker.core.judge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The warm Java compiler: it compiles consecutive submissions, is replaced when it dies, still reports compilation
 * errors, and is gone once the judge is closed. Uses its own judge on uids that no other IT uses.
 */
class CompileServerIT {

    private static final int FIRST_UID = 61100;
    private static final int COMPILER_UID = FIRST_UID + 16;
    private static final String CORRECT = "class Solution {\n  public int[] pairWithTargetSum(int[] nums, int target) {\n"
            + "    Map<Integer, Integer> seen = new HashMap<>();\n    for (int j = 0; j < nums.length; j++) {\n"
            + "      Integer i = seen.get(target - nums[j]);\n      if (i != null) return new int[] {i, j};\n"
            + "      seen.put(nums[j], j);\n    }\n    return new int[0];\n  }\n}\n";
    private static final String BROKEN = "class Solution {\n  public int[] pairWithTargetSum(int[] nums, int target) {\n"
            + "    return nums.lenght;\n  }\n}\n";

    @Test
    void compilesAgainAfterTheCompilerDiesAndStopsWithTheJudge() throws Exception {
        JudgeFixture.judge();
        JudgeSettings defaults = JudgeSettings.defaults();
        SandboxJudge judge = SandboxJudge.create(new JudgeSettings(1, defaults.queueCapacity(), defaults.timeLimit(),
                defaults.memoryLimitMb(), defaults.outputLimitKb(), FIRST_UID));
        try {
            assertThat(judge(judge, CORRECT).verdict()).isEqualTo(Verdict.ACCEPTED);
            assertThat(judge(judge, CORRECT).verdict()).isEqualTo(Verdict.ACCEPTED);
            List<Long> compiler = processesOf(COMPILER_UID);
            assertThat(compiler).as("the warm compiler's processes").isNotEmpty();
            compiler.forEach(pid -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly));

            assertThat(judge(judge, CORRECT).verdict()).isEqualTo(Verdict.ACCEPTED);
            JudgeResult broken = judge(judge, BROKEN);
            assertThat(broken.verdict()).isEqualTo(Verdict.COMPILATION_ERROR);
            assertThat(broken.message()).contains("lenght").doesNotContain("/tmp/");
        } finally {
            judge.close();
        }
        for (int i = 0; i < 40 && !processesOf(COMPILER_UID).isEmpty(); i++) {
            Thread.sleep(50);
        }
        assertThat(processesOf(COMPILER_UID)).as("compiler processes after close").isEmpty();
    }

    private static JudgeResult judge(SandboxJudge judge, String code) {
        return judge.judge(new Submission(JudgeFixture.problem("pair-with-target-sum"), Language.JAVA, code,
                TestSelection.ALL)).block(Duration.ofSeconds(60));
    }

    private static List<Long> processesOf(int uid) throws IOException {
        return JudgeFixture.processes((owner, proc) -> owner == uid).stream().map(Long::parseLong).toList();
    }
}
