package dev.maangtracker.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maangtracker.app.ApiClient;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Voice mode in the interview room with the Web Speech API replaced, before any page script runs,
 * by fakes the test drives: speech synthesis records what it is asked to read, and the recogniser
 * fires the events a real one fires while the candidate speaks (speechstart, interim and final
 * results, speechend). The WebSocket's outgoing frames are recorded too, to see what the API gets.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BrowserVoiceIT {

    /** Installed on every new document before the page's own scripts. */
    private static final String FAKES = """
            (() => {
                const voice = window.__voice = { spoken: [], frames: [], results: [], active: null };
                window.SpeechSynthesisUtterance = class {
                    constructor(text) { this.text = text; }
                };
                Object.defineProperty(window, 'speechSynthesis', { configurable: true, value: {
                    speak(utterance) { voice.spoken.push(utterance.text); },
                    cancel() {},
                } });
                class FakeRecognition extends EventTarget {
                    start() { voice.active = this; voice.results = []; this.dispatchEvent(new Event('start')); }
                    stop() {
                        if (voice.active === this) {
                            voice.active = null;
                            this.dispatchEvent(new Event('end'));
                        }
                    }
                    abort() { this.stop(); }
                }
                window.SpeechRecognition = window.webkitSpeechRecognition = FakeRecognition;
                const fire = (type, fields = {}) => voice.active.dispatchEvent(Object.assign(new Event(type), fields));
                voice.speechStart = () => { voice.spokeAt = performance.now(); fire('speechstart'); };
                voice.speechEnd = () => { voice.stoppedAt = performance.now(); fire('speechend'); };
                // As a recogniser reports: the session's results so far, an interim one replaced by what follows it.
                voice.hear = (transcript, isFinal) => {
                    const results = voice.results;
                    if (results.length && !results[results.length - 1].isFinal) {
                        results.pop();
                    }
                    results.push(Object.assign([{ transcript, confidence: 0.9 }], { isFinal }));
                    fire('result', { resultIndex: results.length - 1, results: [...results] });
                };
                const send = WebSocket.prototype.send;
                WebSocket.prototype.send = function (data) {
                    voice.frames.push(JSON.parse(data));
                    return send.call(this, data);
                };
            })();
            """;
    /** What the candidate says, as a recogniser writes it: lower case, no punctuation; fillers um, like, you know. */
    private static final List<String> PHRASES = List.of(
            "um last year our team had three urgent deadlines in the same week",
            "and like we had to decide what to ship first then I listed each request with its customer impact and effort",
            "you know we shipped the payment fix two days early and churn fell by twelve percent");
    private static final int FILLERS = 3;
    /** How long the candidate speaks: the 50 words at 150 words per minute, a good pace. */
    private static final long SPEAKING_MS = 20_000;

    @LocalServerPort
    private int port;

    private Browser browser;

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
    void readsTheQuestionAloudAndScoresADictatedAnswerAtItsSpeakingPace() {
        String baseUrl = "http://127.0.0.1:" + port;
        WebTestClient api = WebTestClient.bindToServer().baseUrl(baseUrl).build();
        ApiClient accounts = new ApiClient(api);
        String email = ApiClient.newEmail();
        accounts.register(email);
        browser = Browser.open(1280, 900);
        browser.driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", FAKES));
        Pages page = new Pages(browser.driver, baseUrl);
        page.signIn(email, ApiClient.PASSWORD);

        page.go("/interview.html");
        page.waitLoaded("/interview.html");
        assertThat(page.text("voice-support")).isEqualTo("This browser can read questions aloud and transcribe your answers.");
        page.click(By.id("voice"));
        page.click(By.id("start"));
        page.until(d -> page.count("[data-entry=question]") == 1 && page.element("send").isEnabled());
        assertThat(page.element("dictate").isDisplayed()).isTrue();

        // The question is read aloud.
        String question = lastQuestion(page);
        page.until(d -> spoken(page).contains(question));

        // Dictation: the phrase being recognised shows beside the box, only final phrases go into it.
        page.until(d -> page.text("timer").compareTo("0:03") >= 0); // the question has been open a while
        page.click(By.id("dictate"));
        assertThat(page.element("dictate").getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(page.text("dictation-state")).isEqualTo("Listening…");
        page.js("__voice.speechStart(); __voice.hear(arguments[0], false);", "um last year our team");
        assertThat(page.element("answer").getAttribute("value")).isEmpty();
        assertThat(page.text("dictation-interim")).isEqualTo("um last year our team");
        for (String phrase : PHRASES) {
            page.js("__voice.hear(arguments[0], true);", phrase);
        }
        assertThat(page.text("dictation-interim")).isEmpty();
        String dictated = String.join(" ", PHRASES);
        assertThat(page.element("answer").getAttribute("value")).isEqualTo(dictated);
        page.until(d -> ((Number) page.js("return performance.now() - __voice.spokeAt")).longValue() >= SPEAKING_MS);
        page.js("__voice.speechEnd();");
        int openSeconds = seconds(page.text("timer"));
        page.click(By.id("send"));
        page.until(d -> page.count("[data-entry=answer]") == 1 && page.element("answer-score").isDisplayed());
        assertThat(page.element("dictate").getAttribute("aria-pressed")).as("sending stops dictation").isEqualTo("false");

        // The API got the time spent speaking, not the time the question was open.
        Map<?, ?> frame = (Map<?, ?>) page.js(
                "return __voice.frames.find(f => f.type === 'interview:answer').payload");
        assertThat(frame.get("answer")).isEqualTo(dictated);
        int durationSeconds = ((Number) frame.get("durationSeconds")).intValue();
        double measured = ((Number) page.js("return (__voice.stoppedAt - __voice.spokeAt) / 1000")).doubleValue();
        assertThat((double) durationSeconds).isBetween(Math.floor(measured), Math.ceil(measured));
        assertThat(durationSeconds).isLessThan(openSeconds);

        // The analytics on the page come from the dictated words over that duration.
        int words = dictated.split(" ").length;
        assertThat(definition(page, "Words")).isEqualTo(String.valueOf(words));
        long wpm = Math.round(words * 60.0 / durationSeconds);
        assertThat(page.text("wpm")).isEqualTo(wpm + " (good)");
        assertThat(page.text("fillers")).isEqualTo(String.format(Locale.ROOT, "%d (%.1f per 100 words)", FILLERS, FILLERS * 100.0 / words));

        // The stored answer says the same, and names the fillers.
        String token = accounts.login(email).access();
        String id = browser.driver.getCurrentUrl().replaceAll(".*[?&]id=([^&]+).*", "$1");
        List<Map<String, Object>> turns = InterviewsApi.get(api, token, "/api/v1/interviews/" + id + "/turns",
                new ParameterizedTypeReference<List<Map<String, Object>>>() { });
        Map<?, ?> analytics = turns.stream().filter(t -> "ANSWER".equals(t.get("kind")))
                .map(t -> (Map<?, ?>) t.get("analytics")).findFirst().orElseThrow();
        assertThat(((Number) analytics.get("wordsPerMinute")).longValue()).isEqualTo(wpm);
        assertThat(((Map<?, ?>) ((Map<?, ?>) analytics.get("fillers")).get("byFiller")).keySet())
                .isEqualTo(Set.of("um", "like", "you know"));

        // The next question is read aloud too.
        page.until(d -> page.count("[data-entry=question]") == 2 || page.count("[data-entry=finished]") == 1);
        if (page.count("[data-entry=question]") == 2) {
            String next = lastQuestion(page);
            page.until(d -> spoken(page).contains(next));
        }
        Accessibility.audit(page);
        browser.fullPageScreenshot("18-interview-voice");
    }

    /** The text of the latest question in the conversation, without its speaker label. */
    private static String lastQuestion(Pages page) {
        return (String) page.js("""
                const items = document.querySelectorAll('[data-entry=question]');
                const item = items[items.length - 1];
                return [...item.childNodes].filter(n => !(n.classList && n.classList.contains('who')))
                    .map(n => n.textContent).join('').trim();
                """);
    }

    private static List<?> spoken(Pages page) {
        return (List<?>) page.js("return __voice.spoken.map(text => text.trim())");
    }

    /** The value next to a term of the last answer's figures. */
    private static String definition(Pages page, String term) {
        return (String) page.js("""
                const term = [...document.querySelectorAll('#latest-body dt')].find(dt => dt.textContent === arguments[0]);
                return term ? term.nextElementSibling.textContent : null;
                """, term);
    }

    private static int seconds(String clock) {
        int[] parts = Arrays.stream(clock.split(":")).mapToInt(Integer::parseInt).toArray();
        return parts[0] * 60 + parts[1];
    }
}
