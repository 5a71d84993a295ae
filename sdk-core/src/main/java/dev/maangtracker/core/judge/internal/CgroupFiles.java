package dev.maangtracker.core.judge.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Small helpers for reading and writing cgroup control files. */
final class CgroupFiles {

    private CgroupFiles() {
    }

    static void write(Path file, String value) {
        try {
            Files.writeString(file, value, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file.getFileName(), e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.US_ASCII).trim();
        } catch (IOException e) {
            return "";
        }
    }

    static long readLong(Path file) {
        String text = read(file);
        try {
            return text.isEmpty() ? 0 : Long.parseLong(text);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The value after {@code key } in a flat-keyed file such as {@code memory.events}. */
    static long keyed(Path file, String key) {
        for (String line : read(file).split("\n")) {
            String[] parts = line.trim().split("\\s+");
            if (parts.length == 2 && parts[0].equals(key)) {
                try {
                    return Long.parseLong(parts[1]);
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 0;
    }

    static List<Long> pids(Path procsFile) {
        String text = read(procsFile);
        if (text.isEmpty()) {
            return List.of();
        }
        return text.lines().map(String::trim).filter(s -> !s.isEmpty()).map(Long::parseLong).toList();
    }

    /** SIGKILLs the listed pids. */
    static void killPids(List<Long> pids) {
        for (long pid : pids) {
            ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
        }
    }

    /** Removes an (empty) cgroup directory, retrying briefly while the kernel finishes reaping. */
    static void rmdir(Path dir) {
        for (int attempt = 0; attempt < 50 && Files.exists(dir); attempt++) {
            try {
                Files.deleteIfExists(dir);
            } catch (IOException e) {
                sleep(20);
            }
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
