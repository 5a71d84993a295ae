package dev.maangtracker.core.judge.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The control-file logic of both hierarchies, against temporary directories laid out like cgroupfs (the kernel's
 * side is played by the test: it writes the counters the kernel would). The real v1 hierarchy is exercised by the
 * sandbox ITs; no machine of ours runs v2, so this is where its file writing is checked.
 */
class CgroupLayoutTest {

    private static final CgroupLimits RUN = new CgroupLimits(256L << 20, 64, 1);
    private static final CgroupLimits COMPILE = new CgroupLimits(640L << 20, 64, 2);

    @TempDir
    Path root;

    private static String read(Path file) throws IOException {
        return Files.readString(file).strip();
    }

    private Path v1(String controller, String group) {
        return root.resolve(controller).resolve("maang-judge-1").resolve(group);
    }

    /** Pre-creates the group's memory directory with the swap-accounting file, as a kernel with swap accounting has. */
    private void withSwapAccounting(String group) throws IOException {
        Files.createDirectories(v1("memory", group));
        Files.writeString(v1("memory", group).resolve("memory.memsw.limit_in_bytes"), "9223372036854771712");
    }

    @Test
    void v1WritesLimitsToEachController() throws IOException {
        withSwapAccounting("run-1");
        CgroupV1.create(root, "maang-judge-1", "run-1", RUN);

        assertThat(read(v1("memory", "run-1").resolve("memory.limit_in_bytes"))).isEqualTo(Long.toString(256L << 20));
        assertThat(read(v1("memory", "run-1").resolve("memory.memsw.limit_in_bytes"))).isEqualTo(Long.toString(256L << 20));
        assertThat(read(v1("memory", "run-1").resolve("memory.swappiness"))).isEqualTo("0");
        assertThat(read(v1("pids", "run-1").resolve("pids.max"))).isEqualTo("64");
        assertThat(read(v1("cpu", "run-1").resolve("cpu.cfs_quota_us"))).isEqualTo("100000");
        assertThat(read(v1("cpu", "run-1").resolve("cpu.cfs_period_us"))).isEqualTo("100000");
    }

    @Test
    void v1ReadsPeakAndLimitHitsFromTheMemoryController() throws IOException {
        withSwapAccounting("run-1");
        CgroupV1 group = CgroupV1.create(root, "maang-judge-1", "run-1", RUN);
        Path memory = v1("memory", "run-1");
        Files.writeString(memory.resolve("memory.max_usage_in_bytes"), "98765432\n");
        Files.writeString(memory.resolve("memory.failcnt"), "0\n");
        Files.writeString(memory.resolve("memory.oom_control"), "oom_kill_disable 0\nunder_oom 0\noom_kill 0\n");

        assertThat(group.peakMemoryBytes()).isEqualTo(98_765_432L);
        assertThat(group.memoryLimitHit()).isFalse();
        Files.writeString(memory.resolve("memory.failcnt"), "4\n");
        assertThat(group.memoryLimitHit()).as("charges failed at the limit").isTrue();
        Files.writeString(memory.resolve("memory.failcnt"), "0\n");
        Files.writeString(memory.resolve("memory.oom_control"), "oom_kill_disable 0\nunder_oom 0\noom_kill 1\n");
        assertThat(group.memoryLimitHit()).as("an OOM kill").isTrue();
        assertThat(group.procsFiles()).containsExactly(memory.resolve("cgroup.procs").toString(),
                v1("pids", "run-1").resolve("cgroup.procs").toString(), v1("cpu", "run-1").resolve("cgroup.procs").toString());
    }

    @Test
    void v2IsDetectedFromItsControllersAndDelegatesThemToTheJudgesGroups() throws IOException {
        Files.writeString(root.resolve("cgroup.controllers"), "cpuset cpu io memory hugetlb pids rdma misc\n");
        assertThat(CgroupV2.present(root)).isTrue();
        assertThat(CgroupV1.present(root)).isFalse();

        CgroupV2.prepareParent(root, "maang-judge-1");

        assertThat(read(root.resolve("cgroup.subtree_control"))).isEqualTo("+memory +pids +cpu");
        assertThat(read(root.resolve("maang-judge-1/cgroup.subtree_control"))).isEqualTo("+memory +pids +cpu");
    }

    @Test
    void v2WithoutTheMemoryControllerIsNotUsed() throws IOException {
        Files.writeString(root.resolve("cgroup.controllers"), "cpu pids\n");
        assertThat(CgroupV2.present(root)).isFalse();
    }

    @Test
    void v2WritesLimitsAndReadsPeakAndLimitEvents() throws IOException {
        Path dir = Files.createDirectories(root.resolve("maang-judge-1/run-1"));
        Files.writeString(dir.resolve("memory.swap.max"), "max");

        CgroupV2 group = CgroupV2.create(root, "maang-judge-1", "run-1", COMPILE);

        assertThat(read(dir.resolve("memory.max"))).isEqualTo(Long.toString(640L << 20));
        assertThat(read(dir.resolve("memory.swap.max"))).isEqualTo("0");
        assertThat(read(dir.resolve("pids.max"))).isEqualTo("64");
        assertThat(read(dir.resolve("cpu.max"))).isEqualTo("200000 100000");
        assertThat(group.procsFiles()).containsExactly(dir.resolve("cgroup.procs").toString());

        Files.writeString(dir.resolve("memory.peak"), "123456789\n");
        Files.writeString(dir.resolve("memory.events"), "low 0\nhigh 0\nmax 0\noom 0\noom_kill 0\n");
        assertThat(group.peakMemoryBytes()).isEqualTo(123_456_789L);
        assertThat(group.memoryLimitHit()).isFalse();
        Files.writeString(dir.resolve("memory.events"), "low 0\nhigh 0\nmax 3\noom 0\noom_kill 0\n");
        assertThat(group.memoryLimitHit()).as("charges failed at memory.max").isTrue();
        Files.writeString(dir.resolve("memory.events"), "low 0\nhigh 0\nmax 0\noom 1\noom_kill 1\n");
        assertThat(group.memoryLimitHit()).as("an OOM kill").isTrue();
    }


    @Test
    void v2KillsThroughCgroupKillWhenTheKernelOffersIt() throws IOException {
        Path dir = Files.createDirectories(root.resolve("maang-judge-1/run-1"));
        CgroupV2 group = CgroupV2.create(root, "maang-judge-1", "run-1", RUN);
        // A pid above any pid_max, so nothing real is signalled; the group never empties and killAll gives up.
        Files.writeString(dir.resolve("cgroup.procs"), "2147483646\n");
        Files.writeString(dir.resolve("cgroup.kill"), "");

        group.killAll();

        assertThat(read(dir.resolve("cgroup.kill"))).isEqualTo("1");
    }
}
