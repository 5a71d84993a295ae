package dev.maangtracker.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maangtracker.core.analytics.AnswerAnalyzer;
import dev.maangtracker.core.analytics.AnswerInput;
import dev.maangtracker.core.analytics.AnswerKind;
import dev.maangtracker.core.embedding.HashingEmbedder;
import dev.maangtracker.core.question.InterviewMode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The offline scorer against a labelled set of strong and weak answers to the same questions,
 * written for this project (behavioral, HR, system design). Most weak answers are fluent and free
 * of fillers but vague, so counting fillers cannot pass: the scorer must see missing specifics,
 * ownership, results, estimates and trade-offs.
 */
class LabelledAnswersTest {

    private static final String SET = "/dev/maangtracker/core/evaluation/labelled-answers.json";
    /** Share of pairs the strong answer must win, overall and among fluent-vague pairs. */
    private static final double REQUIRED_ACCURACY = 0.90;

    record Pair(String id, InterviewMode mode, Rubric rubric, String strong, String weak, String weakStyle) {
    }

    record Outcome(Pair pair, RubricScore strong, RubricScore weak) {
        boolean ranked() {
            return strong.overall() > weak.overall();
        }
    }

    private static List<Pair> pairs;
    private static List<Outcome> outcomes;

    @BeforeAll
    static void scoreEveryPair() throws IOException {
        pairs = load();
        RubricScorer scorer = new RubricScorer(new HashingEmbedder(), CoverageCalibration.HASHING);
        AnswerAnalyzer analyzer = new AnswerAnalyzer();
        outcomes = new ArrayList<>();
        for (Pair pair : pairs) {
            outcomes.add(new Outcome(pair, score(scorer, analyzer, pair, pair.strong()), score(scorer, analyzer, pair, pair.weak())));
        }
    }

    private static RubricScore score(RubricScorer scorer, AnswerAnalyzer analyzer, Pair pair, String answer) {
        AnswerKind kind = pair.mode() == InterviewMode.BEHAVIORAL ? AnswerKind.BEHAVIORAL_STORY : AnswerKind.PROSE;
        return scorer.score(pair.rubric(), answer, analyzer.analyze(AnswerInput.of(answer, kind)), 0, false);
    }

    private static String dimensions(RubricScore score) {
        StringBuilder text = new StringBuilder();
        score.dimensions().forEach(d -> text.append(d.dimension()).append('=').append(d.score()).append(' '));
        return text.toString().strip();
    }

    private static List<Pair> load() throws IOException {
        try (InputStream in = LabelledAnswersTest.class.getResourceAsStream(SET)) {
            assertThat(in).as(SET).isNotNull();
            JsonNode root = JsonMapper.builder().build().readTree(in);
            List<Pair> loaded = new ArrayList<>();
            for (JsonNode node : root.path("pairs")) {
                InterviewMode mode = InterviewMode.valueOf(node.path("mode").asString());
                List<RubricPoint> points = new ArrayList<>();
                node.path("rubric").forEach(p -> points.add(new RubricPoint(p.path("dimension").asString(),
                        p.path("text").asString())));
                List<String> redFlags = new ArrayList<>();
                node.path("redFlags").forEach(flag -> redFlags.add(flag.asString()));
                loaded.add(new Pair(node.path("id").asString(), mode,
                        new Rubric(mode, points, redFlags, List.of(), null, null),
                        node.path("strong").asString(), node.path("weak").asString(),
                        node.path("weakStyle").asString()));
            }
            return loaded;
        }
    }

    private static double accuracy(List<Outcome> subset) {
        return subset.isEmpty() ? 0 : (double) subset.stream().filter(Outcome::ranked).count() / subset.size();
    }

    @Test
    void theSetIsLargeAndMostlyFluentButVague() {
        long fluentVague = pairs.stream().filter(p -> p.weakStyle().equals("FLUENT_VAGUE")).count();
        assertThat(pairs).hasSizeGreaterThanOrEqualTo(40);
        assertThat(fluentVague * 2).isGreaterThanOrEqualTo(pairs.size());
        assertThat(pairs).extracting(Pair::mode).contains(InterviewMode.BEHAVIORAL, InterviewMode.HR,
                InterviewMode.SYSTEM_DESIGN);
    }

    @Test
    void ranksTheStrongAnswerAboveTheWeakOne() {
        List<Outcome> fluentVague = outcomes.stream().filter(o -> o.pair().weakStyle().equals("FLUENT_VAGUE")).toList();
        double all = accuracy(outcomes);
        double vague = accuracy(fluentVague);
        System.out.printf(Locale.ROOT, "labelled pairs: strong ranked above weak in %d of %d (%.1f%%); fluent-vague "
                        + "pairs: %d of %d (%.1f%%)%n", outcomes.stream().filter(Outcome::ranked).count(), outcomes.size(),
                100 * all, fluentVague.stream().filter(Outcome::ranked).count(), fluentVague.size(), 100 * vague);
        for (InterviewMode mode : List.of(InterviewMode.BEHAVIORAL, InterviewMode.HR, InterviewMode.SYSTEM_DESIGN)) {
            List<Outcome> ofMode = outcomes.stream().filter(o -> o.pair().mode() == mode).toList();
            System.out.printf(Locale.ROOT, "  %-13s %d of %d%n", mode, ofMode.stream().filter(Outcome::ranked).count(),
                    ofMode.size());
        }
        outcomes.stream().filter(o -> !o.ranked()).forEach(o -> System.out.printf(Locale.ROOT,
                "  misranked %s (%s): strong %d [%s], weak %d [%s]%n", o.pair().id(), o.pair().weakStyle(),
                o.strong().overall(), dimensions(o.strong()), o.weak().overall(), dimensions(o.weak())));
        assertThat(all).as("accuracy over all pairs").isGreaterThanOrEqualTo(REQUIRED_ACCURACY);
        assertThat(vague).as("accuracy over fluent-vague pairs").isGreaterThanOrEqualTo(REQUIRED_ACCURACY);
    }
}
