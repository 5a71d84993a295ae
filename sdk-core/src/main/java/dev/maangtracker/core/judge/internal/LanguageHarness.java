package dev.maangtracker.core.judge.internal;

import dev.maangtracker.core.question.FunctionSignature;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** How one language's submissions are laid out, compiled and started inside the sandbox. */
public interface LanguageHarness {

    /** Why the language's runtime is missing, empty when it is installed. */
    Optional<String> unavailableReason();

    /** Writes the candidate's code and the harness sources into {@code sourceDir} (mounted at /box/src). */
    void writeSources(Path sourceDir, FunctionSignature signature, String code);

    /** The compiler command (output to /box/out), empty for interpreted languages. */
    Optional<List<String>> compileCommand(Path sourceDir);

    /** The command that runs the harness. */
    List<String> runCommand(int memoryLimitMb);

    /** Cgroup memory for a run whose program may use {@code memoryLimitMb}. */
    long cgroupMemoryBytes(int memoryLimitMb);

    /** How long the runtime may take to start before the first test begins. */
    Duration startup();
}
