package dev.maangtracker.core.interview;

/** The sink of {@link ModelTextSink#none()}: nobody listens, so nothing is kept. */
enum SilentTextSink implements ModelTextSink {
    INSTANCE;

    @Override
    public void text(ModelTextChunk chunk) {
        // Nobody listens.
    }

    @Override
    public void discard(ModelStep step) {
        // Nothing was sent.
    }
}
