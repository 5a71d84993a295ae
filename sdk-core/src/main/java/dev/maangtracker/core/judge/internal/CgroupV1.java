package dev.maangtracker.core.judge.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A run's cgroups on a v1 hierarchy: memory, pids and cpu controllers mounted separately. */
final class CgroupV1 implements RunCgroup {

    private final Path memory;
    private final Path pids;
    private final Path cpu;

    private CgroupV1(Path memory, Path pids, Path cpu) {
        this.memory = memory;
        this.pids = pids;
        this.cpu = cpu;
    }

    static boolean present(Path root) {
        return Files.isDirectory(root.resolve("memory")) && Files.isDirectory(root.resolve("pids"))
                && Files.isDirectory(root.resolve("cpu"));
    }

    static CgroupV1 create(Path root, String parent, String name, CgroupLimits limits) {
        Path memory = dir(root.resolve("memory").resolve(parent).resolve(name));
        Path pids = dir(root.resolve("pids").resolve(parent).resolve(name));
        Path cpu = dir(root.resolve("cpu").resolve(parent).resolve(name));
        CgroupV1 group = new CgroupV1(memory, pids, cpu);
        try {
            CgroupFiles.write(memory.resolve("memory.limit_in_bytes"), Long.toString(limits.memoryBytes()));
            if (Files.exists(memory.resolve("memory.memsw.limit_in_bytes"))) {
                CgroupFiles.write(memory.resolve("memory.memsw.limit_in_bytes"), Long.toString(limits.memoryBytes()));
            }
            CgroupFiles.write(memory.resolve("memory.swappiness"), "0");
            CgroupFiles.write(pids.resolve("pids.max"), Integer.toString(limits.maxProcesses()));
            CgroupFiles.write(cpu.resolve("cpu.cfs_period_us"), "100000");
            CgroupFiles.write(cpu.resolve("cpu.cfs_quota_us"), Long.toString(100_000L * limits.cpus()));
        } catch (UncheckedIOException e) {
            group.remove();
            throw e;
        }
        return group;
    }

    private static Path dir(Path path) {
        try {
            return Files.createDirectories(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create cgroup " + path.getFileName(), e);
        }
    }

    @Override
    public List<String> procsFiles() {
        return List.of(memory.resolve("cgroup.procs").toString(), pids.resolve("cgroup.procs").toString(),
                cpu.resolve("cgroup.procs").toString());
    }

    @Override
    public long peakMemoryBytes() {
        return CgroupFiles.readLong(memory.resolve("memory.max_usage_in_bytes"));
    }

    @Override
    public boolean memoryLimitHit() {
        return CgroupFiles.keyed(memory.resolve("memory.oom_control"), "oom_kill") > 0
                || CgroupFiles.readLong(memory.resolve("memory.failcnt")) > 0;
    }

    @Override
    public void killAll() {
        Path procs = pids.resolve("cgroup.procs");
        for (int round = 0; round < 100; round++) {
            List<Long> left = CgroupFiles.pids(procs);
            if (left.isEmpty()) {
                return;
            }
            CgroupFiles.killPids(left);
            CgroupFiles.sleep(10);
        }
    }

    @Override
    public void remove() {
        killAll();
        CgroupFiles.rmdir(memory);
        CgroupFiles.rmdir(pids);
        CgroupFiles.rmdir(cpu);
    }
}
