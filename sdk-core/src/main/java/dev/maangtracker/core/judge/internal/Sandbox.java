package dev.maangtracker.core.judge.internal;

import dev.maangtracker.core.question.CodingProblem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs commands under bubblewrap: every namespace unshared, an unprivileged uid (set with setpriv before bwrap, so
 * bwrap itself builds an unprivileged user namespace), read-only system directories, a size-limited tmpfs at
 * {@code /tmp}, the seccomp filter, a cgroup per run, an empty environment for the launcher and an explicit one for
 * the program, deadlines and output caps. A run that passes a limit is killed together with its whole process tree
 * (PID namespace plus cgroup).
 */
public final class Sandbox {

    /** Where bubblewrap is expected. */
    public static final Path BWRAP = Path.of("/usr/bin/bwrap");
    /** Where setpriv is expected. */
    public static final Path SETPRIV = Path.of("/usr/bin/setpriv");

    private final Cgroups cgroups;
    private final Path seccompFile;
    private final List<String> systemBinds;
    private final Optional<Path> library;

    /**
     * Prepares the sandbox.
     *
     * @param cgroups     the detected cgroup hierarchy
     * @param seccompFile a file holding {@link SeccompFilter#program()}
     */
    public Sandbox(Cgroups cgroups, Path seccompFile) {
        this.cgroups = cgroups;
        this.seccompFile = seccompFile;
        this.systemBinds = systemBinds();
        this.library = Optional.empty();
    }

    private Sandbox(Sandbox base, Path library) {
        this.cgroups = base.cgroups;
        this.seccompFile = base.seccompFile;
        this.systemBinds = base.systemBinds;
        this.library = Optional.of(library);
    }

    /** The same sandbox with a trusted library directory mounted read-only at {@code /box/lib} in every run. */
    public Sandbox withLibrary(Path dir) {
        return new Sandbox(this, dir);
    }

    private static List<String> systemBinds() {
        List<String> args = new ArrayList<>(List.of("--ro-bind", "/usr", "/usr"));
        for (String dir : new String[] {"/bin", "/sbin", "/lib", "/lib64", "/lib32"}) {
            Path path = Path.of(dir);
            try {
                if (Files.isSymbolicLink(path)) {
                    args.addAll(List.of("--symlink", Files.readSymbolicLink(path).toString(), dir));
                } else if (Files.isDirectory(path)) {
                    args.addAll(List.of("--ro-bind", dir, dir));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + dir, e);
            }
        }
        for (String etc : new String[] {"/etc/alternatives", "/etc/ld.so.cache", "/etc/java-17-openjdk",
            "/etc/java-21-openjdk"}) {
            if (Files.exists(Path.of(etc))) {
                args.addAll(List.of("--ro-bind", etc, etc));
            }
        }
        return List.copyOf(args);
    }

    /** Runs one command and returns what it did; the cgroup is removed before this returns. */
    public RunOutcome run(RunRequest request) {
        RunCgroup cgroup = cgroups.create(request.limits());
        try {
            return runIn(cgroup, request);
        } finally {
            cgroup.remove();
        }
    }

    /**
     * Starts a long-lived command in the sandbox, with stdin and stdout as pipes and stderr discarded; the request's
     * deadlines only size the CPU-time backstop, and the caller enforces its own deadlines by killing the process.
     */
    public SandboxProcess start(RunRequest request) {
        RunCgroup cgroup = cgroups.create(request.limits());
        try {
            ProcessBuilder builder = launcher(cgroup, request).redirectError(ProcessBuilder.Redirect.DISCARD);
            return new SandboxProcess(builder.start(), cgroup);
        } catch (IOException | RuntimeException e) {
            cgroup.remove();
            throw e instanceof IOException io ? new UncheckedIOException("cannot start the sandbox", io)
                    : (RuntimeException) e;
        }
    }

    private ProcessBuilder launcher(RunCgroup cgroup, RunRequest request) {
        List<String> command = new ArrayList<>(List.of("/bin/sh", "-c", launcherScript(cgroup, request), "sh"));
        command.addAll(bwrapArgs(request));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().clear();
        return builder;
    }

    private RunOutcome runIn(RunCgroup cgroup, RunRequest request) {
        ProcessBuilder builder = launcher(cgroup, request);
        builder.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        long start = System.nanoTime();
        Process process = start(builder);
        AtomicLong deadline = new AtomicLong(start + request.firstDeadline().toNanos());
        AtomicReference<RunOutcome.Kill> kill = new AtomicReference<>(RunOutcome.Kill.NONE);
        long lineNanos = request.lineDeadline().toNanos();
        // The supervisor sleeps until something changes: the process exits, a line moves the deadline (usually
        // earlier: the first deadline includes start-up), or a reader hits the output cap. No polling.
        Object changed = new Object();
        Runnable wake = () -> {
            synchronized (changed) {
                changed.notifyAll();
            }
        };
        process.onExit().thenRun(wake);
        Runnable overflow = () -> {
            kill.compareAndSet(RunOutcome.Kill.NONE, RunOutcome.Kill.OUTPUT);
            wake.run();
        };
        CappedReader out = new CappedReader(process.getInputStream(), request.stdoutLimit(), "judge-stdout",
                line -> {
                    deadline.set(System.nanoTime() + lineNanos);
                    wake.run();
                }, overflow);
        CappedReader err = new CappedReader(process.getErrorStream(), request.stderrLimit(), "judge-stderr",
                line -> { }, overflow);
        try {
            synchronized (changed) {
                long left;
                while (process.isAlive() && kill.get() == RunOutcome.Kill.NONE
                        && (left = deadline.get() - System.nanoTime()) > 0) {
                    TimeUnit.NANOSECONDS.timedWait(changed, left);
                }
            }
            if (process.isAlive()) {
                kill.compareAndSet(RunOutcome.Kill.NONE, RunOutcome.Kill.TIMEOUT);
                process.destroyForcibly();
                cgroup.killAll();
            }
            process.waitFor();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            cgroup.killAll();
            Thread.currentThread().interrupt();
            try {
                process.waitFor(2, TimeUnit.SECONDS);
            } catch (InterruptedException again) {
                Thread.currentThread().interrupt();
            }
        }
        long end = System.nanoTime();
        cgroup.killAll();
        out.join();
        err.join();
        int exitCode = process.isAlive() ? -1 : process.exitValue();
        return new RunOutcome(exitCode, kill.get(), out.lines(), err.text(), cgroup.peakMemoryBytes(),
                cgroup.memoryLimitHit(), Duration.ofNanos(end - start));
    }

    private static Process start(ProcessBuilder builder) {
        try {
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the sandbox", e);
        }
    }

    /** Joins the cgroups, sets rlimits, drops to the slot's uid and execs bwrap with fd 3 holding the filter. */
    private String launcherScript(RunCgroup cgroup, RunRequest request) {
        StringBuilder script = new StringBuilder();
        for (String procs : cgroup.procsFiles()) {
            script.append("echo $$ > '").append(procs).append("' || exit 125; ");
        }
        // A backstop only: the wall-clock deadlines (with the cgroup's one-core quota, also CPU limits) end runs first.
        long cpuSeconds = request.firstDeadline().toSeconds()
                + (request.lineDeadline().toMillis() * CodingProblem.MAX_TESTS) / 1000 + 2;
        script.append("ulimit -c 0; ulimit -n 512; ulimit -s 65536; ulimit -t ").append(cpuSeconds).append("; ");
        script.append("exec '").append(SETPRIV).append("' --reuid=").append(request.uid()).append(" --regid=")
                .append(request.uid()).append(" --clear-groups --inh-caps=-all --bounding-set=-all --no-new-privs -- '")
                .append(BWRAP).append("' \"$@\" 3< '").append(seccompFile).append("'");
        return script.toString();
    }

    private List<String> bwrapArgs(RunRequest request) {
        List<String> args = new ArrayList<>(List.of("--unshare-all", "--die-with-parent", "--new-session",
                "--as-pid-1", "--cap-drop", "ALL", "--hostname", "judge"));
        args.addAll(systemBinds);
        args.addAll(List.of("--proc", "/proc", "--dev", "/dev",
                "--perms", "1777", "--size", Long.toString(request.tmpBytes()), "--tmpfs", "/tmp",
                "--ro-bind", request.sourceDir().toString(), "/box/src"));
        request.outputDir().ifPresent(dir -> args.addAll(List.of("--bind", dir.toString(), "/box/out")));
        request.classesDir().ifPresent(dir -> args.addAll(List.of("--ro-bind", dir.toString(), "/box/classes")));
        library.ifPresent(dir -> args.addAll(List.of("--ro-bind", dir.toString(), "/box/lib")));
        args.addAll(List.of("--remount-ro", "/", "--chdir", "/tmp",
                "--setenv", "PATH", "/usr/bin:/bin", "--setenv", "HOME", "/tmp", "--setenv", "LANG", "C.UTF-8",
                "--seccomp", "3", "--"));
        args.addAll(request.command());
        return args;
    }
}
