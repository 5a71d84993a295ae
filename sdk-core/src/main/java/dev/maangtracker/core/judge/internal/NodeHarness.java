package dev.maangtracker.core.judge.internal;

import dev.maangtracker.core.question.FunctionSignature;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** JavaScript on Node: harness.js compiles the candidate's script with {@code vm.Script}; a syntax error is a compilation error. */
public final class NodeHarness implements LanguageHarness {

    static final String NODE = "/usr/bin/node";

    @Override
    public Optional<String> unavailableReason() {
        return HarnessResources.missing(NODE);
    }

    @Override
    public void writeSources(Path sourceDir, FunctionSignature signature, String code) {
        HarnessResources.copy("harness.js", sourceDir);
        HarnessResources.write(sourceDir.resolve("solution.js"), code);
    }

    @Override
    public Optional<List<String>> compileCommand(Path sourceDir) {
        return Optional.empty();
    }

    @Override
    public List<String> runCommand(int memoryLimitMb) {
        return List.of(NODE, "--max-old-space-size=" + memoryLimitMb, "--stack-size=32768", "/box/src/harness.js");
    }

    @Override
    public long cgroupMemoryBytes(int memoryLimitMb) {
        return (memoryLimitMb + 128L) << 20;
    }

    @Override
    public Duration startup() {
        return Duration.ofSeconds(4);
    }
}
