package dev.maangtracker.core.judge.internal;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * One command to run in the sandbox.
 *
 * @param command       the command line inside the sandbox (absolute program path first)
 * @param sourceDir     host directory mounted read-only at {@code /box/src}
 * @param outputDir     host directory mounted writable at {@code /box/out} (compilation), or empty
 * @param classesDir    host directory mounted read-only at {@code /box/classes}, or empty
 * @param uid           the unprivileged uid the run uses
 * @param limits        cgroup limits
 * @param firstDeadline how long until the first line on stdout must appear (start-up plus one test)
 * @param lineDeadline  how long each later line on stdout may take (one test)
 * @param stderrLimit   bytes of stderr (the program's own prints) before the run is killed
 * @param stdoutLimit   bytes of stdout (the harness's results) before the run is killed
 * @param tmpBytes      size of the writable tmpfs at {@code /tmp}
 */
public record RunRequest(List<String> command, Path sourceDir, Optional<Path> outputDir, Optional<Path> classesDir,
                         int uid, CgroupLimits limits, Duration firstDeadline, Duration lineDeadline, int stderrLimit,
                         int stdoutLimit, long tmpBytes) {

    /** Copies the command. */
    public RunRequest {
        command = List.copyOf(command);
    }
}
