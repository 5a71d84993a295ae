package dev.maangtracker.boot.embedding;

import dev.maangtracker.core.error.UnavailableException;
import org.springframework.ai.transformers.TransformersEmbeddingModel;
import org.springframework.core.io.DefaultResourceLoader;

/**
 * Builds the local all-MiniLM-L6-v2 model from the ONNX file and tokenizer on the classpath (the
 * Maven Central jar that ships them), with no download and no copy to a cache directory, and checks
 * at once that it embeds: a model that cannot load fails start-up with the reason, not the first
 * user request.
 *
 * <p>The model is Spring AI's {@link TransformersEmbeddingModel} with a single-threaded ONNX Runtime
 * session (see {@code SingleThreadedOrtSession}) and a tokenizer that works on the calling thread
 * ({@code SequentialTokenizer}: sets {@code TOKENIZERS_PARALLELISM=false} for the process unless
 * already set); {@link #embedder()} pairs it with one model call in flight per core, the combination
 * measured fastest per text (docs/benchmarks.md).
 */
public final class LocalMiniLm {

    /** Vector length of all-MiniLM-L6-v2. */
    public static final int DIMENSIONS = 384;
    /** Classpath location of the model. */
    public static final String MODEL = "classpath:all-minilm-l6-v2.onnx";
    /** Classpath location of the tokenizer. */
    public static final String TOKENIZER = "classpath:all-minilm-l6-v2-tokenizer.json";

    private LocalMiniLm() {
    }

    /**
     * The loaded and checked model; each call runs on its caller's thread only.
     *
     * @throws UnavailableException when the model or tokenizer cannot be loaded or does not embed
     */
    public static TransformersEmbeddingModel load() {
        TransformersEmbeddingModel model = new TransformersEmbeddingModel();
        model.setModelResource(MODEL);
        model.setTokenizerResource(TOKENIZER);
        // Caching would copy the 90 MB model to a temp directory at every start (STACK.md: 7 s instead of 2 s).
        model.setDisableCaching(true);
        SequentialTokenizer.apply();
        try {
            model.afterPropertiesSet();
            SingleThreadedOrtSession.install(model, new DefaultResourceLoader().getResource(MODEL).getContentAsByteArray());
            float[] probe = model.embed("interview");
            if (probe.length != DIMENSIONS) {
                throw new IllegalStateException("the model returned " + probe.length + " dimensions, not " + DIMENSIONS);
            }
        } catch (Exception e) {
            throw UnavailableException.of("the local all-MiniLM-L6-v2 embedding model (" + MODEL + ")", e);
        }
        return model;
    }

    /**
     * Texts per model call. One thread's CPU per text through Spring AI, 32 texts sorted by length
     * (docs/benchmarks.md): one text per call costs 16% more than 4 (a call of few tokens keeps the
     * matrix kernels short of work), 8 is 1% dearer and 16 6% (padding to the longest text); 4 also
     * gives 8 calls per 32 texts, so the calls in flight finish together.
     */
    public static final int GROUP_SIZE = 4;

    /**
     * The SDK's embedder over {@link #load()}: groups of {@value #GROUP_SIZE} texts, as many model
     * calls in flight as the JVM has processors, since each call uses one.
     *
     * @throws UnavailableException when the model cannot be loaded
     */
    public static SpringAiEmbedder embedder() {
        return new SpringAiEmbedder(load(), DIMENSIONS, GROUP_SIZE, Runtime.getRuntime().availableProcessors());
    }
}
