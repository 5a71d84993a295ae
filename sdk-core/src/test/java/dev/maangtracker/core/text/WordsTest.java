package dev.maangtracker.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordsTest {

    @Test
    void splitsOnAnythingButLettersAndDigitsAndLowerCases() {
        assertThat(Words.of("Cut p99 from 900ms — to 120 ms!", "")).containsExactly("cut", "p99", "from", "900ms", "to", "120", "ms");
    }

    @Test
    void keepsExtraCharactersInsideWordsOnly() {
        assertThat(Words.of("I know C++ and C#, +more", "+#")).containsExactly("i", "know", "c++", "and", "c#", "more");
        assertThat(Words.of("C++", "")).containsExactly("c");
    }

    @Test
    void nullAndBlankGiveNoWords() {
        assertThat(Words.of(null, "")).isEmpty();
        assertThat(Words.of(" ,.- ", "+")).isEmpty();
    }
}
