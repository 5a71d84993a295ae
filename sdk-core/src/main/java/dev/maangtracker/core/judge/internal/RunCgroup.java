package dev.maangtracker.core.judge.internal;

import java.util.List;

/** The cgroup (v1: one per controller) that holds one sandboxed run. */
public interface RunCgroup {

    /** The {@code cgroup.procs} files the launcher writes its pid into before it execs the sandbox. */
    List<String> procsFiles();

    /** Peak memory of the run in bytes, 0 if the kernel does not report it. */
    long peakMemoryBytes();

    /** Whether the kernel hit the memory limit (OOM kill or failed charge). */
    boolean memoryLimitHit();

    /** Kills every process in the group and waits until it is empty (at most about a second). */
    void killAll();

    /** Kills what is left and removes the group's directories. */
    void remove();
}
