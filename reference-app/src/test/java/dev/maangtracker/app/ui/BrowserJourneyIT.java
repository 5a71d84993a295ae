package dev.maangtracker.app.ui;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** {@link BrowserJourney} against the app in its embedded default (in-memory stores). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BrowserJourneyIT extends BrowserJourney {

    @LocalServerPort
    private int port;

    @Override
    protected String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    @Override
    protected String screenshotPrefix() {
        return "";
    }
}
