package dev.maangtracker.core.judge.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Speeds Java submissions up once per judge: compiles the trusted harness classes (JudgeMain, JudgeJson, ListNode,
 * TreeNode) and the warm compiler ({@code JudgeCompileServer}) in-process, and records a class-data-sharing archive of javac by compiling a sample submission, outside
 * the sandbox since only our own code is involved. Both are mounted read-only at {@code /box/lib}; sandboxed javac
 * then compiles only Solution and JudgeCall, and starts from the archive.
 */
public final class JavaToolchain {

    /** Prefix of the library directory (distinct from per-submission work dirs). */
    public static final String PREFIX = "maang-judgelib-";
    /** The javac flags that must match between recording and using the archive. */
    static final List<String> JAVAC_JVM_FLAGS = List.of("-J-XX:TieredStopAtLevel=1", "-J-XX:+UseSerialGC",
            "-J-XX:-UsePerfData", "-J-Xmx256m");
    private static final String SAMPLE = "class Solution { public int[] twoSum(int[] a, int t) { "
            + "java.util.Map<Integer, Integer> m = new java.util.HashMap<>(); return new int[] {m.size(), t}; } }";

    private final Path dir;

    private JavaToolchain(Path dir) {
        this.dir = dir;
    }

    /** The library directory with {@code src/}, {@code classes/} and, when recording worked, {@code javac.jsa}. */
    public Path dir() {
        return dir;
    }

    /** Whether the javac archive exists. */
    boolean hasArchive() {
        return Files.isRegularFile(dir.resolve("javac.jsa"));
    }

    /** Prepares the library, or empty when there is no in-process compiler (then everything compiles in the sandbox). */
    public static Optional<JavaToolchain> prepare() {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            return Optional.empty();
        }
        Path dir;
        try {
            dir = Files.createTempDirectory(PREFIX);
            Path src = Files.createDirectory(dir.resolve("src"));
            Path classes = Files.createDirectory(dir.resolve("classes"));
            List<String> args = new ArrayList<>(List.of("-nowarn", "-d", classes.toString()));
            for (String file : JavaHarness.LIBRARY_FILES) {
                HarnessResources.copy(file, src);
                args.add(src.resolve(file).toString());
            }
            args.add(0, "-proc:none");
            int status = compiler.run(null, null, null, args.toArray(String[]::new));
            if (status != 0) {
                delete(dir);
                return Optional.empty();
            }
            recordArchive(dir);
            publish(dir);
            return Optional.of(new JavaToolchain(dir));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the Java harness", e);
        }
    }

    private static void recordArchive(Path dir) throws IOException {
        Path sample = Files.createDirectory(dir.resolve("sample"));
        HarnessResources.write(sample.resolve("Solution.java"), SAMPLE);
        HarnessResources.write(sample.resolve("JudgeCall.java"),
                "final class JudgeCall { static Object call(java.util.List<Object> a) { return new Solution()"
                        + ".twoSum(JudgeJson.toIntArray(a.get(0)), JudgeJson.toInt(a.get(1))); } }");
        List<String> command = new ArrayList<>(List.of(JavaHarness.JAVAC));
        command.addAll(JAVAC_JVM_FLAGS);
        command.add("-J-XX:ArchiveClassesAtExit=" + dir.resolve("javac.jsa"));
        command.addAll(List.of("-nowarn", "-proc:none", "-cp", dir.resolve("classes").toString(), "-d",
                sample.toString(), sample.resolve("Solution.java").toString(), sample.resolve("JudgeCall.java").toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().clear();
        try {
            Process process = builder.start();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                Files.deleteIfExists(dir.resolve("javac.jsa"));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            delete(sample);
        }
    }

    private static void publish(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path path : all.toList()) {
                Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(
                        Files.isDirectory(path) ? "rwxr-xr-x" : "rw-r--r--"));
            }
        }
    }

    /** Removes the library directory. */
    public void close() {
        delete(dir);
    }

    private static void delete(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the Java harness library", e);
        }
    }
}
