package dev.maangtracker.core.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import org.junit.jupiter.api.Test;

class StarDetectorTest {

    private final AnswerAnalyzer analyzer = new AnswerAnalyzer();

    private StarStructure star(String story) {
        return analyzer.analyze(AnswerInput.behavioralStory(story)).star().orElseThrow();
    }

    @Test
    void completeStoryHasAllFourPartsWithTheirSentences() {
        StarStructure star = star("At my previous company our checkout service was timing out during peak traffic. "
                + "My task was to cut the p99 latency before Black Friday. "
                + "I profiled the service and I rewrote the hot path with a Redis cache. "
                + "As a result, p99 latency dropped from 900 ms to 120 ms.");
        assertThat(star.present()).containsExactly(StarComponent.SITUATION, StarComponent.TASK, StarComponent.ACTION,
                StarComponent.RESULT);
        assertThat(star.coverage()).isEqualTo(1.0);
        assertThat(star.missing()).isEmpty();
        assertThat(star.evidence()).containsExactly(
                entry(StarComponent.SITUATION, "At my previous company our checkout service was timing out during peak traffic."),
                entry(StarComponent.TASK, "My task was to cut the p99 latency before Black Friday."),
                entry(StarComponent.ACTION, "I profiled the service and I rewrote the hot path with a Redis cache."),
                entry(StarComponent.RESULT, "As a result, p99 latency dropped from 900 ms to 120 ms."));
    }

    @Test
    void storyWithoutResultMissesResult() {
        StarStructure star = star("When I was at Stripe, the billing job kept failing. "
                + "I was responsible for making it reliable. I added retries and I wrote an alert.");
        assertThat(star.present()).containsExactly(StarComponent.SITUATION, StarComponent.TASK, StarComponent.ACTION);
        assertThat(star.missing()).containsExactly(StarComponent.RESULT);
        assertThat(star.coverage()).isEqualTo(0.75);
    }

    @Test
    void firstPersonPastTenseVerbsAreActions() {
        assertThat(star("I built a dashboard.").present()).contains(StarComponent.ACTION);
        assertThat(star("I decided to split the service.").present()).contains(StarComponent.ACTION);
        assertThat(star("I then negotiated a new deadline.").present()).contains(StarComponent.ACTION);
        assertThat(star("I led the migration.").present()).contains(StarComponent.ACTION);
    }

    @Test
    void statesAndTeamVerbsAloneAreNotEnoughForAction() {
        assertThat(star("I was tired. I felt stuck.").present()).doesNotContain(StarComponent.ACTION);
        assertThat(star("We migrated the database.").present()).doesNotContain(StarComponent.ACTION);
        assertThat(star("We migrated the database and we rewrote the jobs.").present()).contains(StarComponent.ACTION);
    }

    @Test
    void metricsAndOutcomePhrasesAreResults() {
        assertThat(star("Latency went down by 40%.").present()).contains(StarComponent.RESULT);
        assertThat(star("In the end the team adopted it.").present()).contains(StarComponent.RESULT);
        assertThat(star("We shipped it two weeks early.").present()).contains(StarComponent.RESULT);
        assertThat(star("This reduced errors.").present()).contains(StarComponent.RESULT);
    }

    @Test
    void aChangeVerbWithoutAMetricIsNotEnoughForResult() {
        assertThat(star("Errors dropped.").present()).doesNotContain(StarComponent.RESULT);
        assertThat(star("Errors dropped by 30%.").present()).contains(StarComponent.RESULT);
    }

    @Test
    void taskCuesAreRecognised() {
        assertThat(star("The goal was to halve the build time.").present()).contains(StarComponent.TASK);
        assertThat(star("I was asked to own the on-call rotation.").present()).contains(StarComponent.TASK);
        assertThat(star("We needed to migrate off Oracle.").present()).contains(StarComponent.TASK);
    }

    @Test
    void situationCuesIncludeCompanyNamesAndYears() {
        assertThat(star("Back in 2021 the team had no tests.").present()).contains(StarComponent.SITUATION);
        assertThat(star("Our API was slow. At Google, everything had an SLO.").evidence())
                .containsEntry(StarComponent.SITUATION, "At Google, everything had an SLO.");
    }

    @Test
    void resultEvidenceIsTheLatestOfEquallyStrongSentences() {
        StarStructure star = star("I fixed it. Latency fell 20%. Errors fell 50%.");
        assertThat(star.evidence()).containsEntry(StarComponent.RESULT, "Errors fell 50%.");
    }

    @Test
    void vagueStoryHasLowCoverage() {
        StarStructure star = star("It was a hard time. Things were difficult. Everyone worked hard.");
        assertThat(star.present()).isEmpty();
        assertThat(star.coverage()).isZero();
        assertThat(star.missing()).hasSize(4);
    }

    @Test
    void starIsOnlyComputedForBehavioralStories() {
        assertThat(analyzer.analyze(AnswerInput.prose("I built it. As a result latency fell 40%.")).star()).isEmpty();
        assertThat(analyzer.analyze(AnswerInput.codeExplanation("I built it.", null)).star()).isEmpty();
    }

    @Test
    void starCoverageRaisesTheContentScoreOfStories() {
        String vague = "It was hard. Things were difficult. Everyone worked hard.";
        String star = "At my last job the deploys were slow. My task was to speed them up. "
                + "I parallelised the pipeline. As a result deploys took 8 minutes instead of 40.";
        int vagueContent = analyzer.analyze(AnswerInput.behavioralStory(vague)).scores().content().value();
        int starContent = analyzer.analyze(AnswerInput.behavioralStory(star)).scores().content().value();
        assertThat(starContent).isGreaterThan(vagueContent + 50);
        assertThat(analyzer.analyze(AnswerInput.behavioralStory(vague)).scores().content().explanation())
                .contains("STAR 0/4, missing situation, task, action, result");
    }
}
