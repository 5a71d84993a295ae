package dev.maangtracker.core.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import org.junit.jupiter.api.Test;

class OwnershipAnalyzerTest {

    private final AnswerAnalyzer analyzer = new AnswerAnalyzer();

    private Ownership ownership(String text) {
        return analyzer.analyze(AnswerInput.behavioralStory(text)).ownership();
    }

    @Test
    void storyToldOnlyWithWeShowsWeakOwnership() {
        Ownership o = ownership("We had an outage. We found the bug in our code and we shipped a fix for us.");
        assertThat(o.singular()).isZero();
        assertThat(o.plural()).isEqualTo(5);
        assertThat(o.singularShare()).isZero();
        assertThat(o.verdict()).isEqualTo(OwnershipVerdict.WEAK);
    }

    @Test
    void storyToldWithIShowsStrongOwnership() {
        Ownership o = ownership("I found the bug in my code, I wrote the fix and our team reviewed it.");
        assertThat(o.singular()).isEqualTo(3);
        assertThat(o.plural()).isEqualTo(1);
        assertThat(o.singularShare()).isCloseTo(0.75, offset(1e-9));
        assertThat(o.verdict()).isEqualTo(OwnershipVerdict.STRONG);
    }

    @Test
    void balancedStoryIsShared() {
        Ownership o = ownership("We planned it together. I wrote the migration and we rolled it out.");
        assertThat(o.verdict()).isEqualTo(OwnershipVerdict.SHARED);
    }

    @Test
    void contractionsCount() {
        Ownership o = ownership("I’m sure I've seen it; we're fixing it and we'll ship.");
        assertThat(o.singular()).isEqualTo(2);
        assertThat(o.plural()).isEqualTo(2);
    }

    @Test
    void theCountryUsAndFillerPronounsAreNotCounted() {
        Ownership o = ownership("We expanded to the US. I mean, you know what I mean?");
        assertThat(o.singular()).isZero();
        assertThat(o.plural()).isEqualTo(1);
    }

    @Test
    void noFirstPersonIsNoSignal() {
        Ownership o = ownership("The service was slow until the cache was added.");
        assertThat(o.verdict()).isEqualTo(OwnershipVerdict.NO_SIGNAL);
        assertThat(o.singularShare()).isZero();
    }
}
