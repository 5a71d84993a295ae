package dev.maangtracker.app.ui;

import dev.maangtracker.app.FullModeServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * {@link BrowserJourney} against the app in full mode: a scratch PostgreSQL + pgvector database
 * and Redis under a random key prefix (removed afterwards), switched on by the standard properties.
 */
class BrowserJourneyFullModeIT extends BrowserJourney {



    private static FullModeServer full;

    @BeforeAll
    static void startInFullMode() {
        Browser.requireInstalled(System.getenv());
        full = FullModeServer.start("ui");
    }

    @AfterAll
    static void stop() {
        if (full != null) {
            full.close();
        }
    }

    @Override
    protected String baseUrl() {
        return full.baseUrl();
    }

    @Override
    protected String screenshotPrefix() {
        return "full-mode-";
    }
}
