package dev.maangtracker.core.analytics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TechnologyLexiconTest {

    private static String canonicalAt(TechnologyLexicon lexicon, String text, int index) {
        PhraseMatcher.Match<String> match = lexicon.matchAt(Tokenizer.tokenize(text), index);
        return match == null ? null : match.value();
    }

    @Test
    void holdsAtLeastOneHundredFiftyTechnologies() {
        assertThat(TechnologyLexicon.builtIn().technologyCount()).isGreaterThanOrEqualTo(150);
        assertThat(TechnologyLexicon.builtIn().aliasCount()).isGreaterThan(TechnologyLexicon.builtIn().technologyCount());
    }

    @Test
    void aliasesMapToTheCanonicalName() {
        TechnologyLexicon lexicon = TechnologyLexicon.builtIn();
        assertThat(canonicalAt(lexicon, "postgres", 0)).isEqualTo("PostgreSQL");
        assertThat(canonicalAt(lexicon, "K8S", 0)).isEqualTo("Kubernetes");
        assertThat(canonicalAt(lexicon, "golang", 0)).isEqualTo("Go");
        assertThat(canonicalAt(lexicon, "nodejs", 0)).isEqualTo("Node.js");
        assertThat(canonicalAt(lexicon, "Google Cloud Platform", 0)).isEqualTo("GCP");
    }

    @Test
    void longestMultiWordNameWins() {
        assertThat(canonicalAt(TechnologyLexicon.builtIn(), "spring boot app", 0)).isEqualTo("Spring Boot");
        assertThat(canonicalAt(TechnologyLexicon.builtIn(), "Kafka Streams", 0)).isEqualTo("Kafka Streams");
    }

    @Test
    void ordinaryWordsCountOnlyCapitalised() {
        TechnologyLexicon lexicon = TechnologyLexicon.builtIn();
        assertThat(canonicalAt(lexicon, "go", 0)).isNull();
        assertThat(canonicalAt(lexicon, "Go", 0)).isEqualTo("Go");
        assertThat(canonicalAt(lexicon, "react", 0)).isNull();
        assertThat(lexicon.isUnambiguousWord("redis")).isTrue();
        assertThat(lexicon.isUnambiguousWord("rust")).isFalse();
    }

    @Test
    void extraTermsCountInAnyCase() {
        TechnologyLexicon lexicon = TechnologyLexicon.withExtraTerms(List.of("Borg", "spanner"));
        assertThat(canonicalAt(lexicon, "borg", 0)).isEqualTo("Borg");
        assertThat(canonicalAt(lexicon, "spanner", 0)).isEqualTo("spanner");
        assertThat(TechnologyLexicon.withExtraTerms(List.of())).isSameAs(TechnologyLexicon.builtIn());
    }
}
