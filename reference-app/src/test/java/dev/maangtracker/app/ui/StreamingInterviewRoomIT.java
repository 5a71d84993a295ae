package dev.maangtracker.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maangtracker.app.ApiClient;
import dev.maangtracker.app.StreamingModelConfiguration;
import dev.maangtracker.app.StreamingTestModel;
import dev.maangtracker.app.StreamingTestModel.Step;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The interview room in headless Chromium with a language model that streams (the app's embedded
 * mode plus {@link StreamingTestModel}): while the model is held in the middle of a reply, the page
 * already shows the words written so far in a bubble of its own; released, the bubble becomes the
 * final turn; when the reply breaks off, the bubble goes and the offline interviewer's words come.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(StreamingModelConfiguration.class)
class StreamingInterviewRoomIT {

        private static final String STORY = "Last year our team had three urgent deadlines in the same week. "
            + "My task was to decide what to ship first. I listed each request with its customer impact and effort, "
            + "agreed the order with the product manager, and as a result we shipped the payment fix two days early.";

    @LocalServerPort
    private int port;
    @Autowired
    private StreamingTestModel model;

    private Browser browser;
    private Pages pages;

    @BeforeAll
    static void browserInstalled() {
        Browser.requireInstalled(System.getenv());
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void showsTheInterviewersWordsWhileTheModelWritesThem() {
        browser = Browser.open(1280, 900);
        pages = new Pages(browser.driver, "http://127.0.0.1:" + port);
        String email = ApiClient.newEmail();
        new ApiClient(WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port).build()).register(email);
        pages.signIn(email, ApiClient.PASSWORD);
        pages.go("/interview.html");
        pages.waitFor(By.id("setup-form"));
        new Select(browser.driver.findElement(By.id("type"))).selectByValue("BEHAVIORAL");

        // The question: held after a dozen pieces, the page shows them and no question yet.
        CountDownLatch question = model.holdNext(Step.QUESTION, 12);
        pages.click(By.id("start"));
        String partial = streamed("QUESTION", "text");
        assertThat(pages.count("[data-entry=question]")).isZero();
        assertThat(pages.js("return document.querySelector('[data-entry=streaming]').getAttribute('aria-busy')"))
                .isEqualTo("true");
        browser.screenshot("16-interview-streaming");
        question.countDown();
        pages.until(driver -> pages.count("[data-entry=question]") == 1
                && pages.count("[data-entry=streaming]") == 0);
        String asked = lastText("[data-entry=question]");
        assertThat(asked).startsWith(partial).startsWith(StreamingTestModel.FRAMING.strip()).hasSizeGreaterThan(partial.length());

        // The feedback: its strengths show under their label before the evaluation is stored.
        CountDownLatch evaluation = model.holdNext(Step.EVALUATION, 45);
        pages.until(driver -> browser.driver.findElement(By.id("send")).isEnabled());
        pages.type("answer", STORY);
        pages.click(By.id("send"));
        String strengths = streamed("FEEDBACK", "strengths");
        assertThat(String.join("\n", StreamingTestModel.STRENGTHS)).startsWith(strengths);
        assertThat(pages.js("return document.querySelector('[data-kind=FEEDBACK] [data-field=strengths] strong').textContent"))
                .isEqualTo("Strengths: ");
        assertThat(pages.count("[data-entry=feedback]")).isZero();
        evaluation.countDown();
        pages.until(driver -> pages.count("[data-entry=feedback]") == 1 && pages.count("[data-entry=streaming]") == 0
                && pages.count("[data-entry=question]") == 2);
        assertThat(lastText("[data-entry=feedback]")).contains(String.join("; ", StreamingTestModel.STRENGTHS));
        assertThat(lastText("[data-entry=question]")).isEqualTo(StreamingTestModel.FOLLOW_UP);

        // A hint whose reply breaks off: the bubble goes and the offline interviewer's hint comes.
        CountDownLatch hint = model.holdNextThenBreak(Step.HINT, 10);
        pages.click(By.id("hint"));
        String halfHint = streamed("HINT", "text");
        assertThat(StreamingTestModel.HINT).startsWith(halfHint);
        hint.countDown();
        pages.until(driver -> pages.count("[data-entry=hint]") == 1
                && pages.count("[data-entry=streaming]") == 0);
        assertThat(lastText("[data-entry=hint]")).isNotEqualTo(StreamingTestModel.HINT).doesNotStartWith(halfHint);
    }

    /** Waits for the kind's bubble to show text in the field; answers that text. */
    private String streamed(String kind, String field) {
        String script = "const part = document.querySelector('[data-entry=streaming][data-kind=" + kind
                + "] [data-field=" + field + "]'); return part ? part.lastChild.textContent : '';";
        pages.until(driver -> !((String) pages.js(script)).isEmpty());
        return (String) pages.js(script);
    }

    /** The words of the last conversation entry matching the selector (its text node, without the speaker). */
    private String lastText(String selector) {
        return (String) pages.js("const items = document.querySelectorAll('" + selector + "');"
                + " return items[items.length - 1].lastChild.textContent;");
    }
}
