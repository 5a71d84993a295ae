package dev.maangtracker.core.question;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.maangtracker.core.error.InvalidInputException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Validation of system design prompts and behavioral questions built in code. */
class SystemDesignPromptTest {

    @Test
    void rubricIsCopiedInDimensionOrder() {
        Map<DesignDimension, List<String>> rubric = new HashMap<>(fullRubric());
        SystemDesignPrompt prompt = prompt(rubric);
        rubric.remove(DesignDimension.API);

        assertThat(prompt.rubric().keySet()).containsExactly(DesignDimension.values());
        assertThat(prompt.rubric(DesignDimension.API)).containsExactly("API one", "API two");
        assertThat(prompt.mode()).isEqualTo(InterviewMode.SYSTEM_DESIGN);
    }

    @Test
    void everyDimensionNeedsTwoItems() {
        Map<DesignDimension, List<String>> missing = fullRubric();
        missing.remove(DesignDimension.TRADE_OFFS);
        Map<DesignDimension, List<String>> thin = fullRubric();
        thin.put(DesignDimension.SCALING, List.of("only one"));

        assertThatThrownBy(() -> prompt(missing))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageEndingWith("TRADE_OFFS is missing");
        assertThatThrownBy(() -> prompt(thin)).hasMessage("rubric.SCALING must have at least 2 entries (has 1)");
    }

    @Test
    void behavioralQuestionsAreOnlyForBehavioralOrHrMode() {
        assertThatThrownBy(() -> behavioral(InterviewMode.CODING))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("mode must be BEHAVIORAL or HR (was CODING)");
        assertThat(behavioral(InterviewMode.HR).tags()).isEmpty();
    }

    @Test
    void strongAnswerPointsAreShortSentences() {
        String essay = "x".repeat(BehavioralQuestion.MAX_POINT_LENGTH + 1);
        assertThatThrownBy(() -> new BehavioralQuestion("q", InterviewMode.BEHAVIORAL, "teamwork", Difficulty.EASY, "Text?",
                List.of("Why?"), List.of("a", "b", essay), List.of("r"), List.of()))
                .hasMessage("strongAnswerPoints[2] must be at most 200 long (was 201)");
    }

    private static BehavioralQuestion behavioral(InterviewMode mode) {
        return new BehavioralQuestion("q", mode, "communication", Difficulty.EASY, "Tell me about yourself.",
                List.of("Why?"), List.of("a", "b", "c"), List.of("r"), List.of());
    }

    private static SystemDesignPrompt prompt(Map<DesignDimension, List<String>> rubric) {
        return new SystemDesignPrompt("photo-sharing", "Photo Sharing", Difficulty.MEDIUM, "Design photo sharing.", rubric,
                List.of("How would you find duplicates?"), List.of("cdn"));
    }

    private static Map<DesignDimension, List<String>> fullRubric() {
        Map<DesignDimension, List<String>> rubric = new EnumMap<>(DesignDimension.class);
        for (DesignDimension dimension : DesignDimension.values()) {
            rubric.put(dimension, List.of(dimension + " one", dimension + " two"));
        }
        return rubric;
    }
}
