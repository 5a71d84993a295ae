package dev.maangtracker.core.judge.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Drains a stream on its own thread, keeping at most a byte budget and reporting lines and overflow. */
final class CappedReader implements Runnable {

    private final InputStream in;
    private final int limit;
    private final Consumer<String> onLine;
    private final Runnable onOverflow;
    private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
    private final List<String> lines = new ArrayList<>();
    private final Thread thread;

    CappedReader(InputStream in, int limit, String name, Consumer<String> onLine, Runnable onOverflow) {
        this.in = in;
        this.limit = limit;
        this.onLine = onLine;
        this.onOverflow = onOverflow;
        this.thread = new Thread(this, name);
        this.thread.setDaemon(true);
        this.thread.start();
    }

    @Override
    public void run() {
        byte[] buffer = new byte[8192];
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        long total = 0;
        boolean overflowed = false;
        try {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                total += n;
                if (total > limit) {
                    if (!overflowed) {
                        overflowed = true;
                        onOverflow.run();
                    }
                    continue;
                }
                synchronized (this) {
                    kept.write(buffer, 0, n);
                }
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        String text = line.toString(StandardCharsets.UTF_8);
                        line.reset();
                        synchronized (this) {
                            lines.add(text);
                        }
                        onLine.accept(text);
                    } else {
                        line.write(buffer[i]);
                    }
                }
            }
        } catch (IOException e) {
            // the process is gone; what was read is kept
        }
    }

    /** Waits for the stream to close (the process tree is dead by then). */
    void join() {
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    synchronized List<String> lines() {
        return List.copyOf(lines);
    }

    synchronized String text() {
        return kept.toString(StandardCharsets.UTF_8);
    }
}
