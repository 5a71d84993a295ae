package dev.maangtracker.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maangtracker.app.ApiClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The pages in headless Chromium against the app on a loopback port: a new candidate registers,
 * signs in, holds a behavioral interview in the interview room, reads its report, sees the
 * dashboard change, marks a roadmap problem solved and searches memory; a coding answer is edited
 * with the keyboard and judged per test; and a second user's pages show none of the first user's
 * data. Screenshots of every page go to {@code target/screenshots/}. Subclasses start the app
 * (embedded or full mode) and say where it listens.
 */
abstract class BrowserJourney {

    private static final String STORY = InterviewsApi.STORY;

    private Browser browser;

    /** Where the app listens, e.g. {@code http://127.0.0.1:8080}. */
    protected abstract String baseUrl();

    /** Prefixes screenshot names, so that each mode's pictures are kept. */
    protected abstract String screenshotPrefix();

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
    void aCandidateInterviewsReadsTheReportAndTracksProgress() {
        browser = Browser.open(1280, 900);
        String email = ApiClient.newEmail();

        // Register: a too-short password is refused with the field's message next to the field.
        go("/");
        type("register-email", email);
        type("register-password", "short");
        click(By.cssSelector("#register-form button[type=submit]"));
        WebElement passwordError = waitFor(By.id("register-password-error"));
        assertThat(passwordError.getText()).contains("10");
        assertThat(element("register-password").getAttribute("aria-invalid")).isEqualTo("true");
        auditAccessibility();
        browser.screenshot(screenshotPrefix() + "01-register-error");
        type("register-name", "Ada Candidate");
        type("register-password", ApiClient.PASSWORD);
        click(By.cssSelector("#register-form button[type=submit]"));
        waitLoaded("/dashboard.html");
        assertThat(text("interviews")).contains("No interviews yet");
        auditAccessibility();
        browser.fullPageScreenshot(screenshotPrefix() + "02-dashboard-new");

        // Sign out clears the session: the dashboard sends us to sign in; sign in again.
        click(By.id("sign-out"));
        until(driver -> driver.getCurrentUrl().endsWith("/"));
        go("/dashboard.html");
        until(driver -> driver.getCurrentUrl().contains("/?next="));
        assertThat(js("return sessionStorage.length")).isEqualTo(0L);
        type("signin-email", email);
        type("signin-password", "wrong password here");
        click(By.cssSelector("#signin-form button[type=submit]"));
        until(driver -> !text(By.cssSelector("#signin-form .form-status")).isEmpty());
        browser.screenshot(screenshotPrefix() + "03-sign-in-error");
        type("signin-password", ApiClient.PASSWORD);
        click(By.cssSelector("#signin-form button[type=submit]"));
        waitLoaded("/dashboard.html");

        // A behavioral interview in the interview room.
        go("/interview.html");
        waitFor(By.id("setup-form"));
        new Select(element("type")).selectByValue("BEHAVIORAL");
        new Select(element("difficulty")).selectByValue("MEDIUM");
        type("targetRole", "Backend Engineer");
        assertThat(text("voice-support")).isNotBlank();
        auditAccessibility();
        browser.screenshot(screenshotPrefix() + "04-interview-setup");
        click(By.id("start"));
        until(driver -> count("[data-entry=question]") == 1 && element("send").isEnabled());
        assertThat(text("connection")).contains("Connected");

        click(By.id("hint"));
        until(driver -> count("[data-entry=hint]") == 1);
        click(By.id("pause"));
        until(driver -> "Resume".equals(element("pause").getText()));
        assertThat(element("send").isEnabled()).isFalse();
        click(By.id("pause"));
        until(driver -> "Pause".equals(element("pause").getText()) && element("send").isEnabled());

        int answers = 0;
        while (count("[data-entry=finished]") == 0) {
            assertThat(answers).as("answers before the interviewer is done").isLessThan(15);
            int questions = count("[data-entry=question]");
            type("answer", STORY);
            if (answers == 0) {
                // Answer the first question at a speaking pace: the timer runs and durationSeconds
                // gives the analytics a believable words per minute.
                until(driver -> text("timer").compareTo("0:25") >= 0);
            }
            click(By.id("send"));
            answers++;
            int answered = answers;
            until(driver -> count("[data-entry=answer]") == answered && element("answer-score").isDisplayed()
                    && (count("[data-entry=question]") > questions || count("[data-entry=finished]") > 0));
            if (answers == 1) {
                // 64 words in the 25 s or more the question was open.
                assertThat(Integer.parseInt(text("wpm").replaceAll(" .*", ""))).isBetween(20, 160);
                assertThat(text("fillers")).matches("\\d+ \\(.*per 100 words\\)");
                auditAccessibility();
                browser.fullPageScreenshot(screenshotPrefix() + "05-interview-room");
            }
        }
        click(By.id("finish"));
        waitFor(By.id("final-score"));
        until(driver -> element("done").isDisplayed() && !text("final-score").isEmpty());
        String finalScore = text("final-score");
        browser.fullPageScreenshot(screenshotPrefix() + "06-interview-complete");

        // The report: overall score, dimensions with evidence, and links to each turn.
        click(By.id("report-link"));
        waitLoaded("/report.html");
        assertThat(text("overall-score")).isEqualTo(finalScore);
        assertThat(browser.driver.findElements(By.cssSelector("#dimensions .dimension"))).isNotEmpty();
        assertThat(browser.driver.findElements(By.cssSelector("#dimensions blockquote"))).isNotEmpty();
        List<WebElement> questionLinks = browser.driver.findElements(By.cssSelector("#questions a"));
        assertThat(questionLinks).isNotEmpty();
        String anchor = questionLinks.get(0).getAttribute("href").replaceAll(".*#", "");
        assertThat(browser.driver.findElements(By.id(anchor))).hasSize(1);
        auditAccessibility();
        browser.fullPageScreenshot(screenshotPrefix() + "07-report");

        // The dashboard shows the interview and its score.
        go("/dashboard.html");
        waitLoaded("/dashboard.html");
        assertThat(text("interviews")).contains("BEHAVIORAL").contains("COMPLETED");
        assertThat(texts(By.cssSelector("#interviews .interview-score"))).contains(finalScore);
        auditAccessibility();
        browser.fullPageScreenshot(screenshotPrefix() + "08-dashboard");

        // The roadmap: open the first topic in the graph, mark its first problem solved, then log an attempt.
        go("/roadmap.html");
        waitLoaded("/roadmap.html");
        assertThat(count("#graphs .topic-node")).isEqualTo(count("#topics li"));
        click(By.cssSelector("#graphs .topic-node[data-topic='arrays-hashing']"));
        WebElement firstRow = waitFor(By.cssSelector("#problems tr[data-problem-row]"));
        String slug = firstRow.getAttribute("data-problem-row");
        new Select(element("status-" + slug)).selectByValue("SOLVED");
        click(By.cssSelector("button[data-save='" + slug + "']"));
        until(driver -> "SOLVED".equals(text(By.cssSelector("tr[data-problem-row='" + slug + "'] .problem-status"))));
        assertThat(text("overall")).contains("1 problem solved");
        new Select(element("attempt-outcome")).selectByValue("PARTIAL");
        type("attempt-minutes", "700");
        click(By.cssSelector("#attempt-form button[type=submit]"));
        WebElement minutesError = waitFor(By.id("attempt-minutes-error"));
        assertThat(minutesError.getText()).isNotBlank();
        auditAccessibility();
        browser.fullPageScreenshot(screenshotPrefix() + "09-roadmap");
        browser.screenshot(screenshotPrefix() + "09-roadmap-graph", element("graphs"));
        type("attempt-minutes", "25");
        click(By.cssSelector("#attempt-form button[type=submit]"));
        until(driver -> text("topic-summary").startsWith("Attempt logged"));
        assertThat(element("graphs").findElement(By.cssSelector(".topic-node[data-topic='arrays-hashing']"))
                .getAttribute("aria-label")).startsWith("Arrays and hashing: 1 of ").contains(" problems solved");
        click(By.id("view-list"));
        assertThat(element("graphs").isDisplayed()).isFalse();
        auditAccessibility();
        browser.fullPageScreenshot(screenshotPrefix() + "09-roadmap-list");

        // Memory: the interview's answers can be found and deleted.
        go("/memory.html");
        waitLoaded("/memory.html");
        type("q", "urgent deadlines customer impact");
        click(By.cssSelector("#search-form button[type=submit]"));
        until(driver -> count("#results li") > 0);
        auditAccessibility();
        browser.fullPageScreenshot(screenshotPrefix() + "10-memory");
        int found = count("#results li");
        click(By.cssSelector("#results li button"));
        until(driver -> count("#results li") == found - 1);
        click(By.id("forget-all"));
        click(By.id("forget-confirm"));
        until(driver -> text("forget-status").contains("deleted"));
    }

    @Test
    void aSecondUsersPagesShowNoneOfTheFirstUsersData() {
        WebTestClient api = WebTestClient.bindToServer().baseUrl(baseUrl())
                .responseTimeout(Duration.ofSeconds(30)).build();
        ApiClient accounts = new ApiClient(api);
        ApiClient.Tokens first = accounts.newUser();
        String interviewId = InterviewsApi.completedInterview(api, first.access());
        InterviewsApi.post(api, first.access(), "/api/v1/problems/two-sum/attempts", Map.of("outcome", "SOLVED", "minutes", 15));
        InterviewsApi.post(api, first.access(), "/api/v1/memory", Map.of("content", "My secret plan involves quokkas and zeppelins."));

        browser = Browser.open(390, 844); // a phone's width
        String second = ApiClient.newEmail();
        accounts.register(second);
        go("/");
        type("signin-email", second);
        type("signin-password", ApiClient.PASSWORD);
        click(By.cssSelector("#signin-form button[type=submit]"));
        waitLoaded("/dashboard.html");
        assertThat(text("interviews")).contains("No interviews yet");
        assertThat(text("summary")).contains("Problems solved\n0");
        browser.fullPageScreenshot(screenshotPrefix() + "11-second-user-dashboard-phone");

        go("/report.html?id=" + interviewId);
        until(driver -> element("page-alert").isDisplayed());
        assertThat(text("page-alert")).containsIgnoringCase("not found");
        assertThat(text("overall-score")).isEmpty();
        assertThat(text("transcript")).isEmpty();
        auditAccessibility();
        browser.screenshot(screenshotPrefix() + "12-second-user-foreign-report");

        go("/interview.html?id=" + interviewId);
        until(driver -> element("page-alert").isDisplayed());
        assertThat(element("room").isDisplayed()).isFalse();

        go("/roadmap.html?topic=arrays-hashing");
        waitLoaded("/roadmap.html");
        // On a phone the status shows in its control (the status column gives way).
        assertThat(element("status-two-sum").getAttribute("value")).isEqualTo("TODO");

        go("/memory.html");
        waitLoaded("/memory.html");
        type("q", "secret plan quokkas zeppelins");
        click(By.cssSelector("#search-form button[type=submit]"));
        until(driver -> !text("result-count").isEmpty());
        assertThat(text("results")).doesNotContain("quokkas");
        browser.screenshot(screenshotPrefix() + "13-second-user-memory-phone");
    }

    @Test
    void aCodingAnswerIsEditedWithTheKeyboardAndJudgedPerTest() {
        browser = Browser.open(1280, 900);
        String email = ApiClient.newEmail();
        new ApiClient(WebTestClient.bindToServer().baseUrl(baseUrl()).build()).register(email);
        go("/");
        type("signin-email", email);
        type("signin-password", ApiClient.PASSWORD);
        click(By.cssSelector("#signin-form button[type=submit]"));
        waitLoaded("/dashboard.html");

        go("/interview.html");
        waitFor(By.id("setup-form"));
        new Select(element("type")).selectByValue("CODING");
        new Select(element("difficulty")).selectByValue("EASY");
        click(By.id("start"));
        until(driver -> count("[data-entry=question]") == 1);
        assertThat(element("coding").isDisplayed()).isTrue();
        new Select(element("language")).selectByValue("python");

        // Tab indents inside the editor; Esc hands focus on to the next control.
        WebElement code = element("code");
        code.clear();
        code.sendKeys("def f():", Keys.ENTER, Keys.TAB, "return 1");
        assertThat(code.getAttribute("value")).isEqualTo("def f():\n    return 1");
        assertThat(js("return document.activeElement.id")).isEqualTo("code");
        code.sendKeys(Keys.ESCAPE);
        assertThat(js("return document.activeElement.id")).isEqualTo("run-tests");

        // The visible tests run and each gets its verdict (this code solves nothing).
        String function = waitFor(By.id("signature")).getText().replaceAll("^.*?(\\w+)\\(.*$", "$1");
        code.clear();
        code.sendKeys("def " + function + "(*args):", Keys.ENTER, Keys.TAB, "return None");
        click(By.id("run-tests"));
        until(driver -> count("#verdicts tbody tr") > 0 || text("verdicts").contains("unavailable"));
        assertThat(text(By.cssSelector("#verdicts caption"))).matches("WRONG_ANSWER: 0 of \\d+ tests passed.*");
        assertThat(texts(By.cssSelector("#verdicts tbody tr td:nth-child(2)"))).first().isEqualTo("WRONG_ANSWER");
        auditAccessibility();
        browser.fullPageScreenshot(screenshotPrefix() + "14-interview-coding");
    }

    @Test
    void theInterviewRoomFallsBackToHttpWhenWebSocketsAreBlocked() {
        browser = Browser.open(1280, 900);
        // As behind a proxy that refuses the upgrade: every page of this browser fails to open a socket.
        browser.driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                "window.WebSocket = function () { throw new Error('WebSocket blocked by the test'); };"));
        String email = ApiClient.newEmail();
        new ApiClient(WebTestClient.bindToServer().baseUrl(baseUrl()).build()).register(email);
        go("/");
        type("signin-email", email);
        type("signin-password", ApiClient.PASSWORD);
        click(By.cssSelector("#signin-form button[type=submit]"));
        waitLoaded("/dashboard.html");

        go("/interview.html");
        waitFor(By.id("setup-form"));
        new Select(element("type")).selectByValue("HR");
        click(By.id("start"));
        until(driver -> count("[data-entry=question]") == 1 && element("send").isEnabled());
        assertThat(text("connection")).isEqualTo("Connected over HTTP (no WebSocket).");
        click(By.id("hint"));
        until(driver -> count("[data-entry=hint]") == 1);
        click(By.id("pause"));
        until(driver -> "Resume".equals(element("pause").getText()));
        click(By.id("pause"));
        until(driver -> element("send").isEnabled());
        int answers = 0;
        while (count("[data-entry=finished]") == 0) {
            assertThat(answers).as("answers before the interviewer is done").isLessThan(15);
            int questions = count("[data-entry=question]");
            type("answer", STORY);
            click(By.id("send"));
            answers++;
            int answered = answers;
            until(driver -> count("[data-entry=answer]") == answered
                    && (count("[data-entry=question]") > questions || count("[data-entry=finished]") > 0));
        }
        click(By.id("finish"));
        until(driver -> element("done").isDisplayed() && !text("final-score").isEmpty());
        browser.fullPageScreenshot(screenshotPrefix() + "15-interview-over-http");
    }

    /** Accessible names and an axe audit of the page as it is now (Accessibility). */
    private void auditAccessibility() {
        Accessibility.audit(page());
    }

    private Pages page() {
        return new Pages(browser.driver, baseUrl());
    }

    private void go(String path) {
        page().go(path);
    }

    private void waitLoaded(String path) {
        page().waitLoaded(path);
    }

    private WebElement waitFor(By locator) {
        return page().waitFor(locator);
    }

    private void until(Function<WebDriver, Boolean> condition) {
        page().until(condition);
    }

    private WebElement element(String id) {
        return page().element(id);
    }

    private String text(String id) {
        return page().text(id);
    }

    private String text(By locator) {
        return page().text(locator);
    }

    private List<String> texts(By locator) {
        return page().texts(locator);
    }

    private int count(String css) {
        return page().count(css);
    }

    private void type(String id, String value) {
        page().type(id, value);
    }

    private void click(By locator) {
        page().click(locator);
    }

    private Object js(String script) {
        return page().js(script);
    }
}
