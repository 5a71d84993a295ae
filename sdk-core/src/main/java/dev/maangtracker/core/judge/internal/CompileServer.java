package dev.maangtracker.core.judge.internal;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;

/**
 * One worker slot's warm Java compiler: a sandboxed JVM running {@code JudgeCompileServer} (same bubblewrap,
 * seccomp, cgroup and uid rules as every run; its own uid), fed the submission's sources over a pipe. It is started
 * on first use, killed when a compilation passes its deadline, and replaced when it dies or after
 * {@link #MAX_COMPILATIONS}. Used by one slot at a time.
 */
public final class CompileServer implements AutoCloseable {

    /** Compilations before the compiler JVM is replaced, bounding what it can accumulate. */
    static final int MAX_COMPILATIONS = 100;
    private static final int CLASS_LIMIT = 256;
    private static final int BYTES_LIMIT = 16 << 20;
    private static final Pattern BINARY_NAME = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*(\\.[A-Za-z_$][A-Za-z0-9_$]*)*");
    private static final ScheduledExecutorService DEADLINES = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "judge-compile-deadline");
        thread.setDaemon(true);
        return thread;
    });

    private final Sandbox sandbox;
    private final RunRequest request;
    private SandboxProcess process;
    private DataOutputStream to;
    private DataInputStream from;
    private int compilations;

    /**
     * A compile server, not started yet.
     *
     * @param sandbox   the sandbox with the Java library mounted at {@code /box/lib}
     * @param sourceDir a trusted directory to mount at {@code /box/src} (the server reads no file from it)
     * @param uid       the unprivileged uid the compiler runs as
     * @param limits    the compiler's cgroup limits
     * @param limit     the longest one compilation may take
     */
    public CompileServer(Sandbox sandbox, Path sourceDir, int uid, CgroupLimits limits, Duration limit) {
        this.sandbox = sandbox;
        // C1 only, one compiler thread: C2 would keep compiling javac in the background and take CPU from runs.
        this.request = new RunRequest(List.of(JavaHarness.JAVA, "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-XX:CICompilerCount=1", "-Xmx320m", "-Xss8m", "-XX:-UsePerfData", "-XX:ReservedCodeCacheSize=64m",
                "-Xshare:auto", "-cp", "/box/lib/classes", "JudgeCompileServer", "/box/lib/classes"), sourceDir,
                Optional.empty(), Optional.empty(), uid, limits, limit, limit, 0, 0, 16L << 20);
    }

    /** The outcome: javac's messages when it failed, and how long it took. */
    public record Result(Optional<String> error, Duration elapsed) {
    }

    /** Compiles the named sources into class files under {@code outDir}, readable by every uid. */
    public Result compile(Map<String, String> sources, Path outDir) {
        long start = System.nanoTime();
        for (int attempt = 0; ; attempt++) {
            ensureStarted();
            SandboxProcess current = process;
            AtomicBoolean timedOut = new AtomicBoolean();
            ScheduledFuture<?> deadline = DEADLINES.schedule(() -> {
                timedOut.set(true);
                current.kill();
            }, request.firstDeadline().toMillis(), TimeUnit.MILLISECONDS);
            try {
                send(sources);
                Optional<String> error = receive(outDir);
                deadline.cancel(false);
                if (timedOut.get() || ++compilations >= MAX_COMPILATIONS) {
                    stop();
                }
                return new Result(error, Duration.ofNanos(System.nanoTime() - start));
            } catch (IOException | RuntimeException e) {
                deadline.cancel(false);
                boolean memory = current.memoryLimitHit();
                stop();
                String why = timedOut.get() ? "compilation timed out" : memory ? "compilation ran out of memory"
                        : e instanceof ProtocolException ? e.getMessage() : null;
                if (why == null && attempt == 0) {
                    continue;
                }
                return new Result(Optional.of(why == null ? "the compiler stopped unexpectedly" : why),
                        Duration.ofNanos(System.nanoTime() - start));
            }
        }
    }

    private void ensureStarted() {
        if (process == null) {
            process = sandbox.start(request);
            compilations = 0;
            to = new DataOutputStream(new BufferedOutputStream(process.input()));
            from = new DataInputStream(new BufferedInputStream(process.output()));
        }
    }

    private void send(Map<String, String> sources) throws IOException {
        to.writeInt(sources.size());
        for (Map.Entry<String, String> source : sources.entrySet()) {
            byte[] bytes = source.getValue().getBytes(StandardCharsets.UTF_8);
            to.writeUTF(source.getKey());
            to.writeInt(bytes.length);
            to.write(bytes);
        }
        to.flush();
    }

    private Optional<String> receive(Path outDir) throws IOException {
        boolean ok = from.readBoolean();
        if (!ok) {
            return Optional.of(new String(readBytes(), StandardCharsets.UTF_8));
        }
        int count = from.readInt();
        if (count < 0 || count > CLASS_LIMIT) {
            throw new ProtocolException("the compiler produced too many classes");
        }
        Map<String, byte[]> classes = new LinkedHashMap<>();
        long total = 0;
        for (int i = 0; i < count; i++) {
            String name = from.readUTF();
            byte[] bytes = readBytes();
            total += bytes.length;
            if (!BINARY_NAME.matcher(name).matches() || total > BYTES_LIMIT) {
                throw new ProtocolException("the compiler produced unexpected output");
            }
            classes.put(name, bytes);
        }
        classes.forEach((name, bytes) -> writeClass(outDir, name, bytes));
        return Optional.empty();
    }

    private byte[] readBytes() throws IOException {
        int length = from.readInt();
        if (length < 0 || length > BYTES_LIMIT) {
            throw new ProtocolException("the compiler produced too much output");
        }
        return from.readNBytes(length);
    }

    private static void writeClass(Path outDir, String name, byte[] bytes) {
        try {
            Path file = outDir.resolve(name.replace('.', '/') + ".class");
            for (Path dir = file.getParent(); !dir.equals(outDir); dir = dir.getParent()) {
                Files.createDirectories(dir);
                Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
            Files.write(file, bytes);
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the compiled classes", e);
        }
    }

    private void stop() {
        if (process != null) {
            process.close();
            process = null;
        }
    }

    /** Kills the compiler JVM and removes its cgroup. */
    @Override
    public void close() {
        stop();
    }

    /** The compiler's answer broke the protocol's limits. */
    private static final class ProtocolException extends IOException {
        ProtocolException(String message) {
            super(message);
        }
    }
}
