package dev.maangtracker.boot.embedding;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the Hugging Face tokenizers library (inside DJL, which Spring AI's
 * {@code TransformersEmbeddingModel} uses) tokenise a batch on the calling thread instead of its own
 * thread pool, by setting {@value #VARIABLE}{@code =false} in this process's environment, the
 * library's documented switch, read at every batch.
 *
 * <p>Why: {@link SpringAiEmbedder} already keeps one model call per core in flight. The library's
 * pool then competes with those calls for the same cores for a few microseconds of work per text:
 * on an idle 2-core machine, turning it off raised batched throughput by 11% at the same CPU per
 * text (docs/benchmarks.md).
 *
 * <p>An operator's own setting of the variable wins: it is only set when absent. The JVM cannot set
 * environment variables, so this calls the C library's {@code setenv} through JNA (on the classpath
 * with DJL); on Windows nothing is changed.
 */
final class SequentialTokenizer {

    /** The tokenizers library's switch for its thread pool. */
    static final String VARIABLE = "TOKENIZERS_PARALLELISM";

    private static final Logger LOG = LoggerFactory.getLogger(SequentialTokenizer.class);

    /** The C library calls used; {@code getenv} reads what native code sees (System.getenv is a start-up copy). */
    interface CLibrary extends Library {
        int setenv(String name, String value, int overwrite);

        String getenv(String name);
    }

    private SequentialTokenizer() {
    }

    /**
     * Sets {@value #VARIABLE}{@code =false} unless the environment already has a value. Call before
     * tokenising; safe to call more than once.
     *
     * @return the value native code now sees, or {@code null} where it cannot be set (Windows, no C library)
     */
    static String apply() {
        if (Platform.isWindows()) {
            LOG.debug("{} left as it is on Windows", VARIABLE);
            return null;
        }
        try {
            CLibrary c = Native.load(Platform.C_LIBRARY_NAME, CLibrary.class);
            // overwrite = 0: a value the operator set is kept.
            if (c.setenv(VARIABLE, "false", 0) != 0) {
                LOG.warn("Could not set {}=false: the tokenizer keeps its own thread pool", VARIABLE);
            }
            return c.getenv(VARIABLE);
        } catch (UnsatisfiedLinkError | RuntimeException e) {
            LOG.warn("Could not set {}=false ({}): the tokenizer keeps its own thread pool", VARIABLE, e.toString());
            return null;
        }
    }
}
