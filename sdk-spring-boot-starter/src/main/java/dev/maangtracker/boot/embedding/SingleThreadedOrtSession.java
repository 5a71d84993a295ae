package dev.maangtracker.boot.embedding;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.maangtracker.core.error.InvalidStateException;
import java.lang.reflect.Field;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.ai.transformers.TransformersEmbeddingModel;

/**
 * Gives Spring AI's {@link TransformersEmbeddingModel} an ONNX Runtime session that runs each call on
 * the calling thread alone, built from the same model bytes; tokenizer, pooling and vectors stay
 * Spring AI's.
 *
 * <p>Why: Spring AI 2.0.0 creates its session with default options, an intra-op pool of one thread
 * per core that spin-waits between operators. With {@link SpringAiEmbedder} running one model call per
 * core at once, those pools oversubscribe the cores and the spinning burns CPU that embeds nothing:
 * profiling a call showed over 90% of its time in {@code OrtSession.run}, and one thread per call cut the
 * CPU per text by about 35% on a busy machine and 22% on an idle one (EmbeddingBenchmark,
 * docs/benchmarks.md). Parallelism comes from several calls in flight instead, which needs no
 * synchronisation between operators. The cost: one text alone uses one core.
 *
 * <p>Spring AI offers no hook for session options, so the session is swapped through the model's
 * private {@code session} field before the model is shared. If a Spring AI release renames that
 * field, the swap is skipped with a warning and Spring AI's own session serves: same vectors,
 * slower; {@code SingleThreadedOrtSessionTest} fails first.
 */
final class SingleThreadedOrtSession {

    private static final Logger LOG = LoggerFactory.getLogger(SingleThreadedOrtSession.class);
    /** The private field of {@link TransformersEmbeddingModel} holding its session (Spring AI 2.0.0). */
    static final String SESSION_FIELD = "session";

    private SingleThreadedOrtSession() {
    }

    /** One intra-op thread (the caller's: ORT then starts no pool and nothing spins), all graph optimisations. */
    static OrtSession.SessionOptions options() throws OrtException {
        OrtSession.SessionOptions options = new OrtSession.SessionOptions();
        options.setIntraOpNumThreads(1);
        options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
        return options;
    }

    /**
     * Replaces {@code model}'s session with one built from {@code onnxModel} and closes the old one.
     * Call before the model is used by more than one thread.
     *
     * @param model     an initialised Spring AI model ({@code afterPropertiesSet} done)
     * @param onnxModel the ONNX file the model was built from
     * @return whether the session was replaced; when not, the model keeps Spring AI's session and a
     *         warning says why
     * @throws InvalidStateException when {@code model} has no session yet
     */
    static boolean install(TransformersEmbeddingModel model, byte[] onnxModel) {
        Field field;
        OrtSession previous;
        try {
            field = TransformersEmbeddingModel.class.getDeclaredField(SESSION_FIELD);
            field.setAccessible(true);
            previous = (OrtSession) field.get(model);
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.warn("Spring AI's TransformersEmbeddingModel has no accessible OrtSession field '{}' ({}): keeping its "
                    + "default session, embeddings use more CPU", SESSION_FIELD, e.toString());
            return false;
        }
        if (previous == null) {
            throw InvalidStateException.of("the transformers embedding model", "not initialised", "replace the session of");
        }
        OrtSession replacement;
        try (OrtSession.SessionOptions options = options()) {
            replacement = OrtEnvironment.getEnvironment().createSession(onnxModel, options);
        } catch (OrtException e) {
            LOG.warn("Could not build a single-threaded ONNX session ({}): keeping Spring AI's default session", e.toString());
            return false;
        }
        try {
            field.set(model, replacement);
        } catch (IllegalAccessException | RuntimeException e) {
            LOG.warn("Could not swap in the single-threaded ONNX session ({}): keeping Spring AI's default session",
                    e.toString());
            close(replacement);
            return false;
        }
        close(previous);
        return true;
    }

    /** Frees an unused session's native memory; a failure only leaks it, so it is logged, not thrown. */
    private static void close(OrtSession session) {
        try {
            session.close();
        } catch (OrtException e) {
            LOG.warn("Closing an unused ONNX session failed: its native memory stays allocated", e);
        }
    }
}
