package dev.maangtracker.app.ui;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

/** A missing browser skips the browser tests on a laptop and fails them in CI. */
class BrowserTest {

    private static final Path MISSING = Path.of("/nonexistent/chromium");
    private static final Path PRESENT = Path.of("/bin/sh");

    @Test
    void failsInCiWhenTheBrowserIsMissing() {
        assertThatThrownBy(() -> Browser.requireInstalled(Map.of("CI", "true"), MISSING, PRESENT))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("CI=true").hasMessageContaining("scripts/browser.sh");
    }

    @Test
    void skipsOutsideCiWhenTheDriverIsMissing() {
        assertThatThrownBy(() -> Browser.requireInstalled(Map.of(), PRESENT, MISSING))
                .isInstanceOf(TestAbortedException.class);
        assertThatThrownBy(() -> Browser.requireInstalled(Map.of("CI", "false"), PRESENT, MISSING))
                .isInstanceOf(TestAbortedException.class);
    }

    @Test
    void passesWhenBothAreExecutable() {
        assertThatCode(() -> Browser.requireInstalled(Map.of("CI", "true"), PRESENT, PRESENT)).doesNotThrowAnyException();
    }
}
