package dev.maangtracker.core.judge.internal;

import dev.maangtracker.core.question.FunctionSignature;
import dev.maangtracker.core.question.Parameter;
import dev.maangtracker.core.question.ValueType;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Java 17: the candidate writes {@code class Solution} with the problem's method; javac compiles it with the harness
 * (JudgeMain, JudgeJson, a generated JudgeCall, ListNode, TreeNode) inside the sandbox.
 */
public final class JavaHarness implements LanguageHarness {

    private final Optional<JavaToolchain> toolchain;

    /** A harness that uses the prepared library when there is one, else compiles the harness with each submission. */
    public JavaHarness(Optional<JavaToolchain> toolchain) {
        this.toolchain = toolchain;
    }

    static final String JAVA = "/usr/bin/java";
    static final String JAVAC = "/usr/bin/javac";
    static final String IMPORTS = "import java.util.*;import java.util.function.*;import java.util.stream.*; ";
    static final List<String> HARNESS_FILES = List.of("JudgeMain.java", "JudgeJson.java", "ListNode.java",
            "TreeNode.java");
    /** What the prepared library compiles: the harness and the warm compiler. */
    static final List<String> LIBRARY_FILES = List.of("JudgeMain.java", "JudgeJson.java", "ListNode.java",
            "TreeNode.java", "JudgeCompileServer.java");
    /** The per-submission sources a compilation takes when the harness is precompiled. */
    public static final List<String> SUBMISSION_FILES = List.of("Solution.java", "JudgeCall.java");

    /** Whether the harness is precompiled, so a warm {@link CompileServer} can compile submissions. */
    public boolean compilesWarm() {
        return toolchain.isPresent();
    }

    @Override
    public Optional<String> unavailableReason() {
        return HarnessResources.missing(JAVA, JAVAC);
    }

    @Override
    public void writeSources(Path sourceDir, FunctionSignature signature, String code) {
        if (toolchain.isEmpty()) {
            for (String file : HARNESS_FILES) {
                HarnessResources.copy(file, sourceDir);
            }
        }
        HarnessResources.write(sourceDir.resolve("JudgeCall.java"), callSource(signature));
        HarnessResources.write(sourceDir.resolve("Solution.java"), IMPORTS + code);
    }

    /** The generated class that converts the JSON arguments and calls {@code new Solution().name(...)}. */
    static String callSource(FunctionSignature signature) {
        StringBuilder call = new StringBuilder("import java.util.List;\n\nfinal class JudgeCall {\n"
                + "    static Object call(List<Object> a) {\n        return new Solution()." + signature.name() + "(");
        List<Parameter> parameters = signature.parameters();
        for (int i = 0; i < parameters.size(); i++) {
            call.append(i == 0 ? "" : ", ").append("JudgeJson.").append(converter(parameters.get(i).type()))
                    .append("(a.get(").append(i).append("))");
        }
        return call.append(");\n    }\n}\n").toString();
    }

    private static String converter(ValueType type) {
        switch (type) {
            case INT: return "toInt";
            case LONG: return "toLong";
            case DOUBLE: return "toDouble";
            case BOOLEAN: return "toBoolean";
            case STRING: return "toStr";
            case INT_ARRAY: return "toIntArray";
            case LONG_ARRAY: return "toLongArray";
            case DOUBLE_ARRAY: return "toDoubleArray";
            case BOOLEAN_ARRAY: return "toBooleanArray";
            case STRING_ARRAY: return "toStrArray";
            case INT_MATRIX: return "toIntMatrix";
            case STRING_MATRIX: return "toStrMatrix";
            case LIST_NODE: return "toListNode";
            case TREE_NODE: return "toTreeNode";
            default: throw new IllegalArgumentException("no converter for " + type);
        }
    }

    @Override
    public Optional<List<String>> compileCommand(Path sourceDir) {
        List<String> command = new ArrayList<>(List.of(JAVAC));
        command.addAll(JavaToolchain.JAVAC_JVM_FLAGS);
        if (toolchain.isPresent() && toolchain.get().hasArchive()) {
            command.addAll(List.of("-J-Xshare:auto", "-J-XX:SharedArchiveFile=/box/lib/javac.jsa", "-J-Xlog:cds=off",
                    "-J-Xlog:cds+dynamic=off"));
        }
        command.addAll(List.of("-encoding", "UTF-8", "-nowarn", "-proc:none", "-Xmaxerrs", "20", "-g:source,lines",
                "-d", "/box/out", "-cp", "/box/lib/classes", "/box/src/Solution.java", "/box/src/JudgeCall.java"));
        if (toolchain.isEmpty()) {
            for (String file : HARNESS_FILES) {
                command.add("/box/src/" + file);
            }
        }
        return Optional.of(command);
    }

    /** Compiler memory: the javac JVM. */
    public static long compileMemoryBytes() {
        return 640L << 20;
    }

    @Override
    public List<String> runCommand(int memoryLimitMb) {
        return List.of(JAVA, "-Xmx" + memoryLimitMb + "m", "-Xss16m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-XX:-UsePerfData", "-Xshare:auto", "-XX:ReservedCodeCacheSize=32m", "-XX:MaxMetaspaceSize=64m",
                "-cp", "/box/classes:/box/lib/classes", "JudgeMain");
    }

    @Override
    public long cgroupMemoryBytes(int memoryLimitMb) {
        return (memoryLimitMb + 192L) << 20;
    }

    @Override
    public Duration startup() {
        return Duration.ofSeconds(5);
    }
}
