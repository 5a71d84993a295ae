package dev.maangtracker.core.judge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maangtracker.core.judge.internal.CgroupLimits;
import dev.maangtracker.core.judge.internal.CompileServer;
import dev.maangtracker.core.judge.internal.JavaToolchain;
import dev.maangtracker.core.judge.internal.Sandbox;
import dev.maangtracker.core.judge.internal.SandboxSetup;
import dev.maangtracker.core.judge.internal.WorkDir;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** A warm compilation that passes its deadline is killed and reported; a fresh compiler then works. */
class CompileDeadlineIT {

    private static final int UID = 61200;
    private static final Map<String, String> SOURCES = Map.of("Solution.java", "class Solution { int one() { return 1; } }",
            "JudgeCall.java", "final class JudgeCall { static Object call(java.util.List<Object> a) { "
                    + "return new Solution().one(); } }");

    @Test
    void aCompilationPastItsDeadlineIsReportedAndTheNextServerCompiles() throws Exception {
        JudgeFixture.judge();
        SandboxSetup.Result setup = SandboxSetup.create(UID);
        JavaToolchain toolchain = JavaToolchain.prepare().orElse(null);
        Assumptions.assumeTrue(toolchain != null, "no in-process Java compiler");
        Sandbox sandbox = setup.sandbox().orElseThrow().withLibrary(toolchain.dir());
        CgroupLimits limits = new CgroupLimits(640L << 20, 64, 2);
        try (WorkDir work = WorkDir.create(UID)) {
            try (CompileServer tooSlow = new CompileServer(sandbox, toolchain.dir().resolve("src"), UID + 16, limits,
                    Duration.ofMillis(1))) {
                assertThat(tooSlow.compile(SOURCES, work.out()).error()).contains("compilation timed out");
            }
            try (CompileServer server = new CompileServer(sandbox, toolchain.dir().resolve("src"), UID + 16, limits,
                    Duration.ofSeconds(20))) {
                assertThat(server.compile(SOURCES, work.out()).error()).isEmpty();
            }
            assertThat(Files.isRegularFile(work.out().resolve("Solution.class"))).isTrue();
            assertThat(Files.isRegularFile(work.out().resolve("JudgeCall.class"))).isTrue();
        } finally {
            toolchain.close();
            setup.seccompFile().ifPresent(SandboxSetup::deleteQuietly);
            setup.cgroups().ifPresent(cgroups -> cgroups.close());
        }
    }
}
