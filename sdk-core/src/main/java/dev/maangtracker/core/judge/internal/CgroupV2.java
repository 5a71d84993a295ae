package dev.maangtracker.core.judge.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A run's cgroup on the unified (v2) hierarchy. */
final class CgroupV2 implements RunCgroup {

    private final Path dir;

    private CgroupV2(Path dir) {
        this.dir = dir;
    }

    /** Whether the root is a cgroup2 mount offering the memory, pids and cpu controllers. */
    static boolean present(Path root) {
        String controllers = CgroupFiles.read(root.resolve("cgroup.controllers"));
        return controllers.contains("memory") && controllers.contains("pids") && controllers.contains("cpu");
    }

    /** Creates the judge's parent group and delegates the controllers to its children. */
    static void prepareParent(Path root, String parent) {
        try {
            Path dir = Files.createDirectories(root.resolve(parent));
            CgroupFiles.write(root.resolve("cgroup.subtree_control"), "+memory +pids +cpu");
            CgroupFiles.write(dir.resolve("cgroup.subtree_control"), "+memory +pids +cpu");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create cgroup " + parent, e);
        }
    }

    static CgroupV2 create(Path root, String parent, String name, CgroupLimits limits) {
        Path dir;
        try {
            dir = Files.createDirectories(root.resolve(parent).resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create cgroup " + name, e);
        }
        CgroupV2 group = new CgroupV2(dir);
        try {
            CgroupFiles.write(dir.resolve("memory.max"), Long.toString(limits.memoryBytes()));
            if (Files.exists(dir.resolve("memory.swap.max"))) {
                CgroupFiles.write(dir.resolve("memory.swap.max"), "0");
            }
            CgroupFiles.write(dir.resolve("pids.max"), Integer.toString(limits.maxProcesses()));
            CgroupFiles.write(dir.resolve("cpu.max"), (100_000L * limits.cpus()) + " 100000");
        } catch (UncheckedIOException e) {
            group.remove();
            throw e;
        }
        return group;
    }

    @Override
    public List<String> procsFiles() {
        return List.of(dir.resolve("cgroup.procs").toString());
    }

    @Override
    public long peakMemoryBytes() {
        return CgroupFiles.readLong(dir.resolve("memory.peak"));
    }

    @Override
    public boolean memoryLimitHit() {
        Path events = dir.resolve("memory.events");
        return CgroupFiles.keyed(events, "oom_kill") > 0 || CgroupFiles.keyed(events, "max") > 0;
    }

    @Override
    public void killAll() {
        Path kill = dir.resolve("cgroup.kill");
        Path procs = dir.resolve("cgroup.procs");
        for (int round = 0; round < 100; round++) {
            List<Long> left = CgroupFiles.pids(procs);
            if (left.isEmpty()) {
                return;
            }
            if (Files.exists(kill)) {
                CgroupFiles.write(kill, "1");
            } else {
                CgroupFiles.killPids(left);
            }
            CgroupFiles.sleep(10);
        }
    }

    @Override
    public void remove() {
        killAll();
        CgroupFiles.rmdir(dir);
    }
}
