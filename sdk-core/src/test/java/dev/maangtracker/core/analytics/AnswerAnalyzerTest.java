package dev.maangtracker.core.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.maangtracker.core.error.InvalidInputException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class AnswerAnalyzerTest {

    private static final String STORY = "At my previous company, um, our checkout service was timing out during peak "
            + "traffic in 2022. My task was to cut the p99 latency before Black Friday. I think the issue was, like, "
            + "N+1 queries against PostgreSQL. I decided to add a Redis cache because reads dominated. "
            + "As a result, p99 latency dropped from 900 ms to 120 ms.";

    private final AnswerAnalyzer analyzer = new AnswerAnalyzer();

    @Test
    void analysesEveryAspectOfAStory() {
        AnswerAnalytics a = analyzer.analyze(AnswerInput.behavioralStory(STORY).withSpokenDuration(Duration.ofSeconds(25)));
        assertThat(a.kind()).isEqualTo(AnswerKind.BEHAVIORAL_STORY);
        assertThat(a.wordCount()).isEqualTo(60);
        assertThat(a.fillers().occurrences()).extracting(FillerOccurrence::filler).containsExactly("um", "like");
        assertThat(a.pace()).hasValueSatisfying(p -> assertThat(p.verdict()).isEqualTo(PaceVerdict.GOOD));
        assertThat(a.star()).hasValueSatisfying(s -> assertThat(s.coverage()).isEqualTo(1.0));
        assertThat(a.specificity().technologies()).containsExactly("PostgreSQL", "Redis");
        assertThat(a.ownership().verdict()).isEqualTo(OwnershipVerdict.STRONG);
        assertThat(a.confidence().hedges()).containsExactly("i think");
        assertThat(a.confidence().decisivePhrases()).containsExactly("i decided", "because");
        assertThat(a.clarity().sentenceCount()).isEqualTo(5);
        assertThat(a.code()).isEmpty();
    }

    @Test
    void scoresComeWithExplanations() {
        AnswerScores scores = analyzer.analyze(AnswerInput.behavioralStory(STORY).withSpokenDuration(Duration.ofSeconds(25)))
                .scores();
        assertThat(scores.fluency().explanation())
                .isEqualTo("2 fillers (3.3 per 100 words: \"like\" ×1, \"um\" ×1); 144 wpm is a good pace");
        assertThat(scores.fluency().value()).isEqualTo(77);
        assertThat(scores.clarity().explanation()).startsWith("5 sentences, 12.0 words on average, longest 16");
        assertThat(scores.content().explanation()).contains("STAR 4/4").contains("2 technologies");
        assertThat(scores.confidence().explanation()).isEqualTo("1 hedge (\"i think\"), 2 decisive phrases (\"i decided\", \"because\")");
    }

    @Test
    void documentedExampleGivesTheDocumentedResult() {
        String transcript = "At my last company our search API timed out every evening. Um, my task was to fix it "
                + "before the launch. I profiled it and it was, like, really slow on cold caches, so I added Redis in "
                + "front of PostgreSQL. You know, I also wrote a load test.";
        AnswerAnalytics a = analyzer.analyze(AnswerInput.behavioralStory(transcript).withSpokenDuration(Duration.ofSeconds(20)));
        assertThat(a.fillers().count()).isEqualTo(3);
        assertThat(a.fillers().occurrences().get(1)).isEqualTo(
                new FillerOccurrence("like", 27, 130, 134, "… it and it was, like, really slow on cold …"));
        assertThat(a.pace()).contains(new Pace(147.0, Duration.ofSeconds(20), PaceVerdict.GOOD));
        assertThat(a.star().orElseThrow().missing()).containsExactly(StarComponent.RESULT);
        assertThat(a.scores().fluency()).isEqualTo(new Score(57,
                "3 fillers (6.1 per 100 words: \"like\" ×1, \"um\" ×1, \"you know\" ×1); 147 wpm is a good pace"));
        assertThat(a.scores().content()).isEqualTo(new Score(60,
                "specificity 45 (0 metrics, 2 technologies, 0 names, 0 time references); STAR 3/4, missing result"));
    }

    @Test
    void tooFastPaceIsExplained() {
        Score fluency = analyzer.analyze(AnswerInput.prose("We shard by user id and replicate.").withSpokenDuration(Duration.ofSeconds(1)))
                .scores().fluency();
        assertThat(fluency.explanation()).isEqualTo("no fillers; 420 wpm is too fast (good: 110–170 wpm)");
        assertThat(fluency.value()).isEqualTo(70);
    }

    @Test
    void fillersLowerFluencyInProportionToTheirRate() {
        int clean = analyzer.analyze(AnswerInput.prose("We shard by user id and then replicate every shard twice.")).scores().fluency().value();
        int some = analyzer.analyze(AnswerInput.prose("Um, we shard by user id and then replicate every shard twice, "
                + "once in the same region and once in another region, so that a regional outage never loses "
                + "acknowledged writes.")).scores().fluency().value();
        int many = analyzer.analyze(AnswerInput.prose("Um, uh, we, um, like, shard, uh, basically.")).scores().fluency().value();
        assertThat(clean).isEqualTo(100);
        assertThat(some).isEqualTo(77); // 1 filler in 31 words: 100 - 7 * 3.2
        assertThat(many).isEqualTo(30);
    }

    @Test
    void answerWithoutWordsIsValidAndScoresZero() {
        AnswerAnalytics a = analyzer.analyze(AnswerInput.prose("... ?! —").withSpokenDuration(Duration.ofSeconds(3)));
        assertThat(a.wordCount()).isZero();
        assertThat(a.fillers().ratePer100Words()).isZero();
        assertThat(a.pace()).hasValueSatisfying(p -> assertThat(p.wordsPerMinute()).isZero());
        assertThat(List.of(a.scores().fluency(), a.scores().confidence(), a.scores().clarity(), a.scores().content()))
                .allSatisfy(score -> {
                    assertThat(score.value()).isZero();
                    assertThat(score.explanation()).isEqualTo("the answer has no words");
                });
    }

    @Test
    void rejectsNullInput() {
        assertThatThrownBy(() -> analyzer.analyze(null)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e).hasMessage("input is required"));
    }

    @Test
    void rejectsNullSettings() {
        assertThatThrownBy(() -> new AnswerAnalyzer(null)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.field()).isEqualTo("settings"));
    }

    @Test
    void rejectsTextOverTheLimit() {
        String atLimit = "a".repeat(AnalyticsSettings.DEFAULT_MAX_TEXT_CHARS);
        assertThat(analyzer.analyze(AnswerInput.prose(atLimit)).wordCount()).isEqualTo(1);
        assertThatThrownBy(() -> analyzer.analyze(AnswerInput.prose(atLimit + "b")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("answer");
                    assertThat(e).hasMessage("answer must be at most 20000 long (was 20001)");
                });
    }

    @Test
    void rejectsCodeOverTheLimit() {
        AnswerAnalyzer small = new AnswerAnalyzer(AnalyticsSettings.builder().maxCodeChars(10).build());
        assertThat(small.analyze(AnswerInput.codeExplanation("ok", "x".repeat(10))).code()).isPresent();
        assertThatThrownBy(() -> small.analyze(AnswerInput.codeExplanation("ok", "x".repeat(11))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("code"));
    }

    @Test
    void configuredTextLimitApplies() {
        AnswerAnalyzer small = new AnswerAnalyzer(AnalyticsSettings.builder().maxTextChars(10).build());
        assertThatThrownBy(() -> small.analyze(AnswerInput.prose("eleven chars"))).isInstanceOf(InvalidInputException.class);
        assertThat(small.settings().maxTextChars()).isEqualTo(10);
    }

    @Test
    void largestAnswerIsAnalysedQuickly() {
        StringBuilder text = new StringBuilder();
        while (text.length() < AnalyticsSettings.DEFAULT_MAX_TEXT_CHARS - 200) {
            text.append(STORY).append(' ');
        }
        AnswerAnalytics a = analyzer.analyze(AnswerInput.behavioralStory(text.toString()));
        assertThat(a.wordCount()).isGreaterThan(3_000);
        assertThat(a.clarity().repeatedTrigramShare()).isGreaterThan(0.9);
    }

    @Test
    void unicodeApostrophesNewlinesAndSpacesDoNotChangeTheResult() {
        String plain = "I'd like to add, um, an index. We don't like full scans.";
        String messy = "  I’d   like\tto add,\n um,\r\n an   index.\n\nWe don’t\u00A0like full scans.  ";
        AnswerAnalytics a = analyzer.analyze(AnswerInput.prose(plain));
        AnswerAnalytics b = analyzer.analyze(AnswerInput.prose(messy));
        assertThat(b.wordCount()).isEqualTo(a.wordCount()).isEqualTo(12);
        assertThat(b.fillers().countsByFiller()).isEqualTo(a.fillers().countsByFiller());
        assertThat(b.scores()).isEqualTo(a.scores());
        assertThat(b.clarity()).isEqualTo(a.clarity());
    }

    @Test
    void sameInputGivesEqualResults() {
        AnswerInput input = AnswerInput.behavioralStory(STORY).withSpokenDuration(Duration.ofSeconds(40));
        assertThat(new AnswerAnalyzer().analyze(input)).isEqualTo(analyzer.analyze(input));
    }

    @Test
    void oneInstanceServesManyThreads() throws Exception {
        List<AnswerInput> inputs = List.of(
                AnswerInput.behavioralStory(STORY),
                AnswerInput.prose("It was, like, really slow, you know?"),
                AnswerInput.codeExplanation("It is O(n) time and O(1) space; empty input returns 0.", "// O(n)"));
        List<AnswerAnalytics> expected = inputs.stream().map(analyzer::analyze).toList();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                int k = i % inputs.size();
                Callable<Boolean> task = () -> analyzer.analyze(inputs.get(k)).equals(expected.get(k));
                results.add(pool.submit(task));
            }
            for (Future<Boolean> result : results) {
                assertThat(result.get(30, TimeUnit.SECONDS)).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
