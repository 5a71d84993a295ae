package dev.maangtracker.core.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.maangtracker.core.error.InvalidInputException;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class AnswerInputTest {

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", " ", "\n\t ", "\u00A0\u2003"})
    void missingOrBlankTextIsRequired(String text) {
        assertThatThrownBy(() -> AnswerInput.prose(text))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("answer");
                    assertThat(e).hasMessage("answer is required");
                });
    }

    @Test
    void kindIsRequired() {
        assertThatThrownBy(() -> AnswerInput.of("text", null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("kind"));
    }

    @Test
    void durationMustBePositive() {
        AnswerInput input = AnswerInput.prose("We sharded.");
        assertThatThrownBy(() -> input.withSpokenDuration(Duration.ZERO))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("spokenDuration"));
        assertThatThrownBy(() -> input.withSpokenDuration(Duration.ofSeconds(-1)))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void durationHasAnUpperLimit() {
        AnswerInput input = AnswerInput.prose("We sharded.");
        assertThat(input.withSpokenDuration(AnswerInput.MAX_SPOKEN_DURATION).spokenDuration())
                .contains(AnswerInput.MAX_SPOKEN_DURATION);
        assertThatThrownBy(() -> input.withSpokenDuration(AnswerInput.MAX_SPOKEN_DURATION.plusSeconds(1)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.rule()).contains("at most PT3H"));
    }

    @Test
    void nullOptionalsMeanAbsent() {
        AnswerInput input = new AnswerInput("We sharded.", null, AnswerKind.PROSE, null);
        assertThat(input.spokenDuration()).isEmpty();
        assertThat(input.code()).isEmpty();
        assertThat(input.withSpokenDuration(Duration.ofSeconds(5)).withSpokenDuration(null).spokenDuration()).isEmpty();
    }

    @Test
    void blankCodeIsAbsent() {
        assertThat(AnswerInput.codeExplanation("It is O(n).", " \n ").code()).isEmpty();
        assertThat(AnswerInput.prose("x").withCode("return 1;").code()).contains("return 1;");
        assertThat(new AnswerInput("x", Optional.empty(), AnswerKind.PROSE, Optional.of("")).code()).isEmpty();
    }

    @Test
    void factoriesSetTheKind() {
        assertThat(AnswerInput.prose("a").kind()).isEqualTo(AnswerKind.PROSE);
        assertThat(AnswerInput.behavioralStory("a").kind()).isEqualTo(AnswerKind.BEHAVIORAL_STORY);
        assertThat(AnswerInput.codeExplanation("a", "b").kind()).isEqualTo(AnswerKind.CODE_EXPLANATION);
    }
}
