package dev.maangtracker.core.judge.internal;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.TimeUnit;

/**
 * A long-lived sandboxed process (the warm compiler) with its own cgroup, talked to over stdin and stdout; its stderr
 * is discarded. {@link #close()} kills the whole process tree and removes the cgroup.
 */
public final class SandboxProcess implements AutoCloseable {

    private final Process process;
    private final RunCgroup cgroup;

    SandboxProcess(Process process, RunCgroup cgroup) {
        this.process = process;
        this.cgroup = cgroup;
    }

    /** The process's stdin. */
    public OutputStream input() {
        return process.getOutputStream();
    }

    /** The process's stdout. */
    public InputStream output() {
        return process.getInputStream();
    }

    /** Whether the kernel hit the cgroup's memory limit. */
    public boolean memoryLimitHit() {
        return cgroup.memoryLimitHit();
    }

    /** Kills every process of the sandbox; safe to call from another thread and more than once. */
    public void kill() {
        process.destroyForcibly();
        cgroup.killAll();
    }

    @Override
    public void close() {
        kill();
        try {
            process.waitFor(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        cgroup.remove();
    }
}
