package dev.maangtracker.core.judge.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.stream.Stream;

/** A submission's host directory: {@code src} (read-only in the sandbox) and {@code out} (javac's output). */
public final class WorkDir implements AutoCloseable {

    /** Prefix of every judge temp directory, so tests can check none is left. */
    public static final String PREFIX = "maang-judge-";

    private final Path root;

    private WorkDir(Path root) {
        this.root = root;
    }

    public static WorkDir create(int uid) {
        try {
            Path root = Files.createTempDirectory(PREFIX);
            Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxr-xr-x"));
            Path src = Files.createDirectory(root.resolve("src"));
            Files.setPosixFilePermissions(src, PosixFilePermissions.fromString("rwxr-xr-x"));
            Path out = Files.createDirectory(root.resolve("out"));
            Files.setAttribute(out, "unix:uid", uid);
            Files.setAttribute(out, "unix:gid", uid);
            return new WorkDir(root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the judge work directory", e);
        }
    }

    public Path src() {
        return root.resolve("src");
    }

    public Path out() {
        return root.resolve("out");
    }

    public Path root() {
        return root;
    }

    /** Makes every source file world-readable (the sandbox runs as an unprivileged uid). */
    public void publishSources() {
        try (Stream<Path> files = Files.list(src())) {
            for (Path file : files.toList()) {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the judge sources", e);
        }
    }

    @Override
    public void close() {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the judge work directory", e);
        }
    }
}
