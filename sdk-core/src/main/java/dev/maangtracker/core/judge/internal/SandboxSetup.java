package dev.maangtracker.core.judge.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Sets the sandbox up at start and proves it with a trial run, or says why it cannot: not Linux x86_64, not root,
 * bwrap or setpriv missing, no usable cgroups, or the trial failing.
 */
public final class SandboxSetup {

    private SandboxSetup() {
    }

    /**
     * The outcome.
     *
     * @param sandbox     the working sandbox, if any
     * @param cgroups     its cgroup hierarchy (to close), if any
     * @param seccompFile the filter file (to delete), if any
     * @param reason      why there is no sandbox, empty otherwise
     */
    public record Result(Optional<Sandbox> sandbox, Optional<Cgroups> cgroups, Optional<Path> seccompFile,
                         String reason) {

        static Result failed(String reason) {
            return new Result(Optional.empty(), Optional.empty(), Optional.empty(), reason);
        }
    }

    /** Builds and probes the sandbox with the given trial uid. */
    public static Result create(int trialUid) {
        return create(trialUid, Sandbox.BWRAP);
    }

    /** As {@link #create(int)}, with bubblewrap expected at {@code bwrap} (a missing path makes it unavailable). */
    public static Result create(int trialUid, Path bwrap) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "");
        if (!os.contains("linux")) {
            return Result.failed("the sandbox needs Linux (this is " + os + ")");
        }
        if (!arch.equals("amd64") && !arch.equals("x86_64")) {
            return Result.failed("the seccomp filter is built for x86_64 (this is " + arch + ")");
        }
        if (!Files.isExecutable(bwrap) || !bwrap.equals(Sandbox.BWRAP)) {
            return Result.failed("bubblewrap is not installed (apt-get install bubblewrap)");
        }
        if (!Files.isExecutable(Sandbox.SETPRIV)) {
            return Result.failed("setpriv is not installed (" + Sandbox.SETPRIV + ", util-linux)");
        }
        if (!"root".equals(System.getProperty("user.name"))) {
            return Result.failed("the sandbox needs root to create cgroups and switch to per-slot uids");
        }
        Cgroups.Result detected = Cgroups.detect();
        if (detected.cgroups().isEmpty()) {
            return Result.failed(detected.reason());
        }
        Cgroups cgroups = detected.cgroups().get();
        Path seccomp;
        try {
            seccomp = Files.createTempFile("maang-judge-seccomp-", ".bpf",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.write(seccomp, SeccompFilter.program());
        } catch (IOException e) {
            cgroups.close();
            return Result.failed("cannot write the seccomp filter: " + e.getMessage());
        }
        Sandbox sandbox = new Sandbox(cgroups, seccomp);
        String trial = trial(sandbox, trialUid);
        if (!trial.isEmpty()) {
            cgroups.close();
            deleteQuietly(seccomp);
            return Result.failed(trial);
        }
        return new Result(Optional.of(sandbox), Optional.of(cgroups), Optional.of(seccomp), "");
    }

    private static String trial(Sandbox sandbox, int uid) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory(WorkDir.PREFIX);
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
            RunOutcome outcome = sandbox.run(new RunRequest(List.of("/bin/sh", "-c", "echo ok"), dir, Optional.empty(),
                    Optional.empty(), uid, new CgroupLimits(64L << 20, 16, 1), Duration.ofSeconds(10),
                    Duration.ofSeconds(10), 4096, 4096, 1 << 20));
            if (outcome.exitCode() != 0 || !outcome.stdoutLines().equals(List.of("ok"))) {
                return "the sandbox trial run failed (status " + outcome.exitCode() + "): "
                        + outcome.stderr().strip();
            }
            return "";
        } catch (IOException | RuntimeException e) {
            return "the sandbox trial run failed: " + e.getMessage();
        } finally {
            if (dir != null) {
                deleteQuietly(dir);
            }
        }
    }

    /** Deletes a file or empty directory, ignoring failure. */
    public static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // nothing more to do
        }
    }
}
