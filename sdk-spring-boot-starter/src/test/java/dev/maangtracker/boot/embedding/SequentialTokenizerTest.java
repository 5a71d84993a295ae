package dev.maangtracker.boot.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.sun.jna.Native;
import com.sun.jna.Platform;
import org.junit.jupiter.api.Test;

/** The tokenizer's thread pool is switched off for the process, unless the environment decided already. */
class SequentialTokenizerTest {

    private final SequentialTokenizer.CLibrary c = Native.load(Platform.C_LIBRARY_NAME, SequentialTokenizer.CLibrary.class);

    @Test
    void setsTheVariableNativeCodeReads() {
        assumeFalse(Platform.isWindows(), "left alone on Windows");
        String before = c.getenv(SequentialTokenizer.VARIABLE);
        unset();
        try {
            assertThat(SequentialTokenizer.apply()).isEqualTo("false");
            assertThat(c.getenv(SequentialTokenizer.VARIABLE)).isEqualTo("false");
        } finally {
            restore(before);
        }
    }

    @Test
    void keepsAValueTheOperatorSet() {
        assumeFalse(Platform.isWindows(), "left alone on Windows");
        String before = c.getenv(SequentialTokenizer.VARIABLE);
        c.setenv(SequentialTokenizer.VARIABLE, "true", 1);
        try {
            assertThat(SequentialTokenizer.apply()).isEqualTo("true");
        } finally {
            restore(before);
        }
    }

    private void unset() {
        Native.load(Platform.C_LIBRARY_NAME, Unset.class).unsetenv(SequentialTokenizer.VARIABLE);
    }

    private void restore(String value) {
        if (value == null) {
            unset();
        } else {
            c.setenv(SequentialTokenizer.VARIABLE, value, 1);
        }
    }

    /** {@code unsetenv}, which production code never needs. */
    interface Unset extends com.sun.jna.Library {
        int unsetenv(String name);
    }
}
