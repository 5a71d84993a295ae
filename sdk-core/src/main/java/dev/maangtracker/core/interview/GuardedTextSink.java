package dev.maangtracker.core.interview;

import java.util.Objects;

/**
 * A caller's {@link ModelTextSink} that cannot break the interview: the first exception it throws is
 * logged and the sink is not called again for this interviewer call, whose result is unaffected.
 * Calls come one at a time (see {@link ModelTextSink}); {@code volatile} covers the thread changes
 * between them.
 */
final class GuardedTextSink implements ModelTextSink {

    private static final System.Logger LOG = System.getLogger(GuardedTextSink.class.getName());

    private final ModelTextSink sink;
    private volatile boolean broken;

    GuardedTextSink(ModelTextSink sink) {
        this.sink = Objects.requireNonNull(sink, "sink");
    }

    @Override
    public void text(ModelTextChunk chunk) {
        if (!broken) {
            try {
                sink.text(chunk);
            } catch (RuntimeException failure) {
                stop(failure);
            }
        }
    }

    @Override
    public void discard(ModelStep step) {
        if (!broken) {
            try {
                sink.discard(step);
            } catch (RuntimeException failure) {
                stop(failure);
            }
        }
    }

    private void stop(RuntimeException failure) {
        broken = true;
        LOG.log(System.Logger.Level.WARNING, "a model text sink failed; the interviewer stops streaming to it"
                + " and carries on", failure);
    }
}
