package dev.maangtracker.core.analytics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EnglishWordsTest {

    @ParameterizedTest
    @ValueSource(strings = {"built", "wrote", "led", "decided", "negotiated", "implemented", "agreed", "rewrote"})
    void pastTenseFormsAreRecognised(String word) {
        assertThat(EnglishWords.isPastTense(word)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"need", "speed", "embed", "hundred", "red", "build", "write", "java", "3ed"})
    void otherWordsAreNotPastTense(String word) {
        assertThat(EnglishWords.isPastTense(word)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"um, um", "ummm, um", "uhm, um", "uh, uh", "uhhh, uh", "er, er", "errr, er", "erm, erm", "hmm, hmm",
            "hmmmm, hmm", "mhm, mhm"})
    void hesitationSoundsAreCanonicalised(String word, String canonical) {
        assertThat(EnglishWords.isDisfluency(word)).isTrue();
        assertThat(EnglishWords.canonicalDisfluency(word)).isEqualTo(canonical);
    }

    @ParameterizedTest
    @ValueSource(strings = {"umbrella", "mm", "ur", "hum", "mum", "ere", "her"})
    void otherWordsAreNotHesitationSounds(String word) {
        assertThat(EnglishWords.isDisfluency(word)).isFalse();
    }
}
