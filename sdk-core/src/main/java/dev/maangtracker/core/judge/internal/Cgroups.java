package dev.maangtracker.core.judge.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/** The cgroup hierarchy found at start (v2 or v1) and a factory of per-run groups under one parent. */
public final class Cgroups {

    /** Name of the judge's parent group. */
    public static final String PARENT = "maang-judge";

    private static final Path ROOT = Path.of("/sys/fs/cgroup");

    private final int version;
    private final String parent;
    private static final AtomicLong COUNTER = new AtomicLong();

    private Cgroups(int version, String parent) {
        this.version = version;
        this.parent = parent;
    }

    /** Detects the hierarchy and creates the parent group, or says why it cannot. */
    public static Result detect() {
        String parent = PARENT + "-" + ProcessHandle.current().pid();
        try {
            if (CgroupV2.present(ROOT)) {
                CgroupV2.prepareParent(ROOT, parent);
                return new Result(Optional.of(new Cgroups(2, parent)), "");
            }
            if (CgroupV1.present(ROOT)) {
                for (String controller : new String[] {"memory", "pids", "cpu"}) {
                    Files.createDirectories(ROOT.resolve(controller).resolve(parent));
                }
                return new Result(Optional.of(new Cgroups(1, parent)), "");
            }
            return new Result(Optional.empty(), "no cgroup v2 with memory, pids and cpu controllers and no cgroup v1 "
                    + "memory, pids and cpu hierarchies under /sys/fs/cgroup");
        } catch (IOException | RuntimeException e) {
            return new Result(Optional.empty(), "cannot create cgroups under /sys/fs/cgroup (needs root): "
                    + e.getMessage());
        }
    }

    /** The detected hierarchy version, 1 or 2. */
    public int version() {
        return version;
    }

    /** Creates the group of one run. */
    public RunCgroup create(CgroupLimits limits) {
        String name = "run-" + COUNTER.incrementAndGet();
        return version == 2 ? CgroupV2.create(ROOT, parent, name, limits) : CgroupV1.create(ROOT, parent, name, limits);
    }

    /** Removes the parent group(s); runs must have been removed first. */
    public void close() {
        if (version == 2) {
            CgroupFiles.rmdir(ROOT.resolve(parent));
        } else {
            for (String controller : new String[] {"memory", "pids", "cpu"}) {
                CgroupFiles.rmdir(ROOT.resolve(controller).resolve(parent));
            }
        }
    }

    /**
     * The outcome of detection.
     *
     * @param cgroups the hierarchy, if usable
     * @param reason  why not, when empty
     */
    public record Result(Optional<Cgroups> cgroups, String reason) {
    }
}
