package dev.maangtracker.core.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.maangtracker.core.error.InvalidInputException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PromptTemplateTest {

    @Test
    void fillsEveryPlaceholderAndLeavesValuesUnexpanded() {
        PromptTemplate template = PromptTemplate.of("t", "Ask about {{topic}} for a {{level}} role. {{topic}}!");
        assertThat(template.placeholders()).containsExactlyInAnyOrder("topic", "level");
        assertThat(template.render(Map.of("topic", "caching {{level}} $1", "level", "senior")))
                .isEqualTo("Ask about caching {{level}} $1 for a senior role. caching {{level}} $1!");
    }

    @Test
    void aMissingValueNamesThePlaceholderAndTheTemplate() {
        assertThatThrownBy(() -> PromptTemplate.of("ask.txt", "Hello {{name}}").render(Map.of()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("name").hasMessageContaining("ask.txt");
    }

    @Test
    void aMissingResourceIsAPackagingError() {
        assertThatThrownBy(() -> PromptTemplate.load("/no/such/template.txt"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("/no/such/template.txt");
    }

    @Test
    void promptRejectsBlankRequestAndOutOfRangeSettings() {
        assertThatThrownBy(() -> Prompt.of("sys", " ")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new Prompt("", "hi", 2.5, 100)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("temperature");
        assertThatThrownBy(() -> new Prompt("", "hi", 0.5, 0)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("maxOutputTokens");
        assertThat(Prompt.of(null, "hi").system()).isEmpty();
    }
}
