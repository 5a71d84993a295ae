package dev.maangtracker.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maangtracker.app.ApiClient;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The pages for someone on a keyboard alone and on a phone: an interview answered, its report read
 * and the roadmap worked with Tab, Enter, Space, arrows and letters only; a visible focus ring at
 * every Tab stop of every page; and every page at 375 × 812 without sideways scrolling, its key
 * controls on screen. Each page state is audited with axe as well.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BrowserAccessibilityIT {

    @LocalServerPort
    private int port;

    private Browser browser;
    private Pages page;

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
    void aKeyboardAloneAnswersAnInterviewReadsTheReportAndWorksTheRoadmap() {
        String email = ApiClient.newEmail();
        new ApiClient(api()).register(email);
        open(1280, 900);

        // Sign in: Tab to the field, type, Tab, type, Enter.
        page.go("/");
        page.tabTo("#signin-email");
        page.press(email, Keys.TAB);
        assertThat(page.focusIs("#signin-password")).isTrue();
        page.press(ApiClient.PASSWORD, Keys.ENTER);
        page.waitLoaded("/dashboard.html");

        // The interview room through the navigation; an easy behavioral interview.
        page.tabTo("nav a[href='/interview.html']");
        page.press(Keys.ENTER);
        page.waitLoaded("/interview.html");
        page.tabTo("#type");
        page.press("b");
        page.tabTo("#difficulty");
        page.press("e");
        assertThat(page.js("return [document.getElementById('type').value, document.getElementById('difficulty').value]"))
                .isEqualTo(List.of("BEHAVIORAL", "EASY"));
        page.tabTo("#start");
        page.press(Keys.ENTER);
        page.until(d -> page.count("[data-entry=question]") == 1 && page.element("send").isEnabled());

        int answers = 0;
        while (page.count("[data-entry=finished]") == 0) {
            assertThat(answers).as("answers before the interviewer is done").isLessThan(15);
            int questions = page.count("[data-entry=question]");
            page.tabTo("#answer");
            page.press(InterviewsApi.STORY);
            page.tabTo("#send");
            page.press(Keys.ENTER);
            int answered = ++answers;
            page.until(d -> page.count("[data-entry=answer]") == answered
                    && (page.count("[data-entry=question]") > questions || page.count("[data-entry=finished]") > 0));
        }
        // Once every question is answered, focus waits on Finish; then on the result.
        page.until(d -> page.focusIs("#finish"));
        page.press(Keys.ENTER);
        page.until(d -> page.focusIs("#done-title"));
        page.tabTo("#report-link");
        page.press(Keys.ENTER);
        page.waitLoaded("/report.html");

        // A question of the report leads to its turn in the transcript.
        page.tabTo("#questions a");
        String anchor = ((String) page.js("return document.activeElement.getAttribute('href')")).replaceAll(".*#", "");
        page.press(Keys.ENTER);
        page.until(d -> ("#" + anchor).equals(page.js("return location.hash")));
        assertThat(page.count("#" + anchor)).isEqualTo(1);

        // The roadmap: arrows through the graph, Space opens a topic, a letter picks a status, Space saves it.
        page.tabTo("nav a[href='/roadmap.html']");
        page.press(Keys.ENTER);
        page.waitLoaded("/roadmap.html");
        page.tabTo("#graphs .topic-node");
        page.press(Keys.ARROW_DOWN);
        String topic = (String) page.js("return document.activeElement.dataset.topic");
        String name = (String) page.js("return document.activeElement.querySelector('title').textContent");
        page.press(Keys.SPACE);
        page.until(d -> page.focusIs("#topic-title") && name.equals(page.text("topic-title")));
        page.tabTo("#problems select");
        String problem = (String) page.js("return document.activeElement.dataset.problem");
        page.press("s");
        assertThat(page.js("return document.activeElement.value")).isEqualTo("SOLVED");
        page.press(Keys.TAB);
        assertThat(page.focusIs("[data-save='" + problem + "']")).isTrue();
        page.press(Keys.SPACE);
        page.until(d -> "SOLVED".equals(page.text(By.cssSelector("tr[data-problem-row='" + problem + "'] .problem-status"))));
        assertThat(page.focusIs("[data-save='" + problem + "']")).as("focus stays on the saved problem").isTrue();
        assertThat(page.js("return document.querySelector(`#graphs .topic-node[data-topic='${arguments[0]}']`).getAttribute('aria-label')",
                topic)).asString().startsWith(name + ": 1 of ");
        Accessibility.audit(page);
    }

    @Test
    void everyPageShowsAFocusRingAtEveryTabStop() {
        String email = ApiClient.newEmail();
        new ApiClient(api()).register(email);
        String report = reportPath(email);
        open(1280, 900);
        page.go("/");
        Accessibility.assertFocusVisibleAtEveryTabStop(page);
        page.signIn(email, ApiClient.PASSWORD);
        for (String path : List.of("/dashboard.html", "/roadmap.html", "/roadmap.html?topic=trees", "/interview.html",
                report, "/memory.html")) {
            page.go(path);
            page.waitLoaded(path.replaceAll("\\?.*", ""));
            List<String> stops = Accessibility.assertFocusVisibleAtEveryTabStop(page);
            assertThat(stops).as("Tab stops on %s", path).hasSizeGreaterThan(8);
        }
        page.go("/roadmap.html");
        page.waitLoaded("/roadmap.html");
        page.tabTo("#graphs .topic-node");
        browser.screenshot("19-roadmap-focus-ring");
    }

    @Test
    void everyPageFitsAPhoneWithoutSidewaysScrolling() {
        String email = signedInWithAReport(375, 812);
        String report = reportPath(email);
        String[] navigation = {"#sign-out", "nav a[href='/dashboard.html']", "nav a[href='/memory.html']"};

        page.go("/dashboard.html");
        page.waitLoaded("/dashboard.html");
        fits("phone-dashboard", concat(navigation, "#summary", "#interviews-title"));

        page.go("/roadmap.html");
        page.waitLoaded("/roadmap.html");
        assertThat(page.element("view-list").isSelected()).as("a phone starts with the list").isTrue();
        fits("phone-roadmap-list", concat(navigation, "#view-graph", "#topics a[data-topic]"));
        page.click(By.id("view-graph"));
        fits("phone-roadmap-graph", "#graphs .graph-scroll", "#graphs .topic-node[tabindex='0']");
        assertThat(page.js("const s = document.querySelector('#graphs .graph-scroll'); return s.scrollWidth > s.clientWidth"))
                .as("the graph scrolls sideways inside its card").isEqualTo(true);

        page.go("/roadmap.html?topic=arrays-hashing");
        page.waitLoaded("/roadmap.html");
        fits("phone-roadmap-topic", "#topic-title", "#problems select", "#attempt-form button[type=submit]");

        page.go(report);
        page.waitLoaded("/report.html");
        fits("phone-report", concat(navigation, "#overall-score", "#questions a"));

        page.go("/memory.html");
        page.waitLoaded("/memory.html");
        fits("phone-memory", concat(navigation, "#q", "#search-form button[type=submit]", "#content"));

        page.go("/interview.html");
        page.waitLoaded("/interview.html");
        fits("phone-interview-setup", concat(navigation, "#type", "#difficulty", "#start"));
        page.click(By.id("start"));
        page.until(d -> page.count("[data-entry=question]") == 1 && page.element("send").isEnabled());
        fits("phone-interview-room", "#timer", "#answer", "#send", "#hint", "#pause", "#finish");

        page.click(By.id("sign-out"));
        page.until(d -> d.getCurrentUrl().endsWith("/"));
        fits("phone-sign-in", "#signin-email", "#signin-form button[type=submit]", "#register-email");
    }

    /** Fits the width, passes the audit; a screenshot for the record. */
    private void fits(String screenshot, String... keyControls) {
        Accessibility.assertFitsTheWidth(page, keyControls);
        Accessibility.audit(page);
        browser.fullPageScreenshot(screenshot);
    }

    private String signedInWithAReport(int width, int height) {
        String email = ApiClient.newEmail();
        new ApiClient(api()).register(email);
        open(width, height);
        page.signIn(email, ApiClient.PASSWORD);
        return email;
    }

    /** The report page of a new completed interview of the user. */
    private String reportPath(String email) {
        String token = new ApiClient(api()).login(email).access();
        return "/report.html?id=" + InterviewsApi.completedInterview(api(), token);
    }

    private void open(int width, int height) {
        browser = Browser.open(width, height);
        page = new Pages(browser.driver, "http://127.0.0.1:" + port);
    }

    private WebTestClient api() {
        return WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port).build();
    }

    private static String[] concat(String[] first, String... more) {
        String[] all = new String[first.length + more.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }
}
