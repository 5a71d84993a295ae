package dev.maangtracker.core.judge.internal;

import dev.maangtracker.core.question.FunctionSignature;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Python 3: the candidate's module is compiled and executed by harness.py; a syntax error is a compilation error. */
public final class PythonHarness implements LanguageHarness {

    static final String PYTHON = "/usr/bin/python3";

    @Override
    public Optional<String> unavailableReason() {
        return HarnessResources.missing(PYTHON);
    }

    @Override
    public void writeSources(Path sourceDir, FunctionSignature signature, String code) {
        HarnessResources.copy("harness.py", sourceDir);
        HarnessResources.write(sourceDir.resolve("solution.py"), code);
    }

    @Override
    public Optional<List<String>> compileCommand(Path sourceDir) {
        return Optional.empty();
    }

    @Override
    public List<String> runCommand(int memoryLimitMb) {
        return List.of(PYTHON, "-I", "-S", "-B", "/box/src/harness.py");
    }

    @Override
    public long cgroupMemoryBytes(int memoryLimitMb) {
        return (memoryLimitMb + 32L) << 20;
    }

    @Override
    public Duration startup() {
        return Duration.ofSeconds(3);
    }
}
