package dev.maangtracker.core.judge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Java and JavaScript code sees the same bare environment as Python (EscapeIT): its own variables and those of
 * pid 1 are only PATH, HOME and LANG. The findings come back as a runtime error's message.
 */
class EnvironmentIT {

    private static final Map<Language, String> LEAK = Map.of(
            Language.JAVASCRIPT, "function pairWithTargetSum(nums, target) {\n"
                    + "  const fs = process.mainModule.require('fs');\n"
                    + "  throw new Error(JSON.stringify(process.env) + '|' + fs.readFileSync('/proc/1/environ', 'utf8'));\n"
                    + "}\n",
            Language.JAVA, "class Solution {\n  public int[] pairWithTargetSum(int[] nums, int target) {\n"
                    + "    try {\n      throw new IllegalStateException(System.getenv() + \"|\"\n"
                    + "          + new String(java.nio.file.Files.readAllBytes(java.nio.file.Path.of(\"/proc/1/environ\"))));\n"
                    + "    } catch (java.io.IOException e) {\n      throw new IllegalStateException(\"unreadable\");\n    }\n"
                    + "  }\n}\n");

    @ParameterizedTest
    @EnumSource(value = Language.class, names = {"JAVA", "JAVASCRIPT"})
    void onlyTheSandboxVariablesAreVisible(Language language) {
        JudgeResult result = JudgeFixture.run("pair-with-target-sum", language, LEAK.get(language), TestSelection.VISIBLE);

        assertThat(result.verdict()).isEqualTo(Verdict.RUNTIME_ERROR);
        String found = result.message();
        assertThat(found).contains("PATH").doesNotContain("/root").doesNotContain("JAVA_HOME");
        for (String name : System.getenv().keySet()) {
            if (Stream.of("PATH", "HOME", "LANG", "PWD", "SHLVL", "_").noneMatch(name::equals)) {
                assertThat(found).doesNotContain(name + "=").doesNotContain("\"" + name + "\"");
            }
        }
    }
}
