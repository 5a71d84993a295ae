package dev.maangtracker.core.judge.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Copies the harness sources shipped in this jar into a run's source directory. */
public final class HarnessResources {

    private static final String BASE = "/dev/maangtracker/core/judge/harness/";

    private HarnessResources() {
    }

    static String text(String name) {
        try (InputStream in = HarnessResources.class.getResourceAsStream(BASE + name)) {
            if (in == null) {
                throw new IllegalStateException("harness resource missing: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void copy(String name, Path dir) {
        write(dir.resolve(name), text(name));
    }

    public static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file.getFileName(), e);
        }
    }

    static Optional<String> missing(String... programs) {
        for (String program : programs) {
            if (!Files.isExecutable(Path.of(program))) {
                return Optional.of(program + " is not installed");
            }
        }
        return Optional.empty();
    }
}
