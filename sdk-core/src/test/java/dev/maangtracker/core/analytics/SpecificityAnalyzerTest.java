package dev.maangtracker.core.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpecificityAnalyzerTest {

    private final AnswerAnalyzer analyzer = new AnswerAnalyzer();

    private Specificity specificity(String text) {
        return analyzer.analyze(AnswerInput.prose(text)).specificity();
    }

    @Test
    void metricsAreNumbersWithUnits() {
        Specificity s = specificity("Latency fell 40% from 900 ms to 120ms, we got 10x the throughput, "
                + "served 2 million users at 5k QPS for $2M and p99 stayed under 3 seconds.");
        assertThat(s.metrics()).containsExactly("40%", "900 ms", "120ms", "10x", "2 million", "5k", "$2M", "p99",
                "3 seconds");
    }

    @Test
    void repeatedMetricsAreListedOnce() {
        assertThat(specificity("p99 was bad. We fixed p99.").metrics()).containsExactly("p99");
    }

    @Test
    void plainNumbersCountButAreNotMetrics() {
        Specificity s = specificity("We had 3 problems and 12 engineers on 2 teams.");
        assertThat(s.numberCount()).isEqualTo(3);
        assertThat(s.metrics()).containsExactly("12 engineers", "2 teams");
    }

    @Test
    void termsInFormulasAreNotMetrics() {
        assertThat(specificity("We had N+1 queries everywhere.").metrics()).isEmpty();
    }

    @Test
    void numbersInsideBigONotationAreNotCounted() {
        Specificity s = specificity("It is O(1) per lookup and O(n^2) to build, or O(2^n) naively.");
        assertThat(s.numberCount()).isZero();
        assertThat(s.score()).isZero();
    }

    @Test
    void technologiesAreNamedCanonicallyOnce() {
        Specificity s = specificity("We moved from postgres to PostgreSQL 15 on k8s, with Redis, Kafka, "
                + "gRPC, Spring Boot and node.js, plus C++ and C# services.");
        assertThat(s.technologies()).containsExactly("PostgreSQL", "Kubernetes", "Redis", "Kafka", "gRPC",
                "Spring Boot", "Node.js", "C++", "C#");
    }

    @Test
    void ambiguousTechnologyNamesCountOnlyCapitalised() {
        assertThat(specificity("We go to the spring offsite and react quickly to rust.").technologies()).isEmpty();
        assertThat(specificity("We wrote it in Go, then Rust, with React and Spring.").technologies())
                .containsExactly("Go", "Rust", "React", "Spring");
    }

    @Test
    void properNounsAreCapitalisedWordsInsideSentences() {
        Specificity s = specificity("I worked with Goldman Sachs and Priya on the API. Then Amazon called.");
        assertThat(s.properNouns()).containsExactly("Goldman Sachs", "Priya", "Amazon");
    }

    @Test
    void sentenceInitialWordsAndTheWordIAreNotNames() {
        assertThat(specificity("Then I left. Later I'm back.").properNouns()).isEmpty();
    }

    @Test
    void timeReferencesIncludeYearsQuartersMonthsAndRelativePhrases() {
        Specificity s = specificity("In 2021 we planned it for Q3, shipped in March, fixed it last year, "
                + "and two years ago we started.");
        assertThat(s.timeReferences()).containsExactly("2021", "Q3", "March", "last year", "two years ago");
        assertThat(s.numberCount()).isZero();
    }

    @Test
    void spelledOutNumbersAreDetailsButOneIsNot() {
        Specificity s = specificity("It failed for about one order in two hundred, and three teams had looked at it.");
        assertThat(s.numberCount()).isEqualTo(3);
        assertThat(specificity("No one on the team knew, and one of us had to ask.").numberCount()).isZero();
    }

    @Test
    void vagueAnswerScoresZero() {
        Specificity s = specificity("We improved things a lot and made the system better for everyone.");
        assertThat(s.score()).isZero();
        assertThat(s.metrics()).isEmpty();
        assertThat(s.technologies()).isEmpty();
    }

    @Test
    void concreteAnswerScoresHigh() {
        Specificity s = specificity("We cut p99 from 900 ms to 120 ms in Q3 by adding Redis in front of PostgreSQL.");
        // 3 metrics * 2 + 2 technologies * 1.5 + 1 time reference = 10 points: 100 * (1 - e^-2)
        assertThat(s.score()).isEqualTo(86);
    }

    @Test
    void scoreGrowsWithDetailButSaturates() {
        int one = specificity("We used Kafka.").score();
        int three = specificity("We used Kafka, Redis and Cassandra.").score();
        assertThat(one).isEqualTo(26);
        assertThat(three).isGreaterThan(one);
        String many = "We used Kafka, Redis, Cassandra, Spark, Flink, Airflow, Docker, Kubernetes, Terraform, "
                + "with 40% less cost, 3x throughput, 200 ms latency, 10k users and 99% uptime in 2023.";
        assertThat(specificity(many).score()).isBetween(95, 100);
    }

    @Test
    void configuredTechnologiesCountInAnyCase() {
        AnswerAnalyzer custom = new AnswerAnalyzer(AnalyticsSettings.builder()
                .addTechnologies(List.of("Borg", "Monarch")).build());
        assertThat(custom.analyze(AnswerInput.prose("We ran it on borg and watched monarch.")).specificity().technologies())
                .containsExactly("Borg", "Monarch");
    }
}
