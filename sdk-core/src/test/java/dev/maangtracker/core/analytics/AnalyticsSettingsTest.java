package dev.maangtracker.core.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.maangtracker.core.error.InvalidInputException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnalyticsSettingsTest {

    @Test
    void defaultsMatchTheDocumentedConstants() {
        AnalyticsSettings defaults = AnalyticsSettings.defaults();
        assertThat(defaults.maxTextChars()).isEqualTo(20_000);
        assertThat(defaults.maxCodeChars()).isEqualTo(AnalyticsSettings.DEFAULT_MAX_CODE_CHARS);
        assertThat(defaults.goodPaceMinWpm()).isEqualTo(110);
        assertThat(defaults.goodPaceMaxWpm()).isEqualTo(170);
        assertThat(defaults.longSentenceWords()).isEqualTo(35);
        assertThat(defaults.snippetWords()).isEqualTo(4);
        assertThat(defaults.extraFillers()).isEmpty();
        assertThat(defaults).isEqualTo(AnalyticsSettings.builder().build());
    }

    @Test
    void toBuilderKeepsEveryValue() {
        AnalyticsSettings settings = AnalyticsSettings.builder().maxTextChars(5_000).goodPace(100, 160)
                .addFillers(List.of("anyway")).addHedges(List.of("in theory")).addTechnologies(List.of("Borg")).build();
        assertThat(settings.toBuilder().build()).isEqualTo(settings).hasSameHashCodeAs(settings);
        assertThat(settings.toString()).contains("maxTextChars=5000", "goodPace=100..160", "Borg");
    }

    @Test
    void rejectsOutOfRangeNumbers() {
        assertField(() -> AnalyticsSettings.builder().maxTextChars(0).build(), "maxTextChars");
        assertField(() -> AnalyticsSettings.builder().maxTextChars(AnalyticsSettings.MAX_TEXT_CHARS_CEILING + 1).build(), "maxTextChars");
        assertField(() -> AnalyticsSettings.builder().maxCodeChars(-5).build(), "maxCodeChars");
        assertField(() -> AnalyticsSettings.builder().goodPace(0, 100).build(), "goodPaceMinWpm");
        assertField(() -> AnalyticsSettings.builder().goodPace(150, 150).build(), "goodPaceMaxWpm");
        assertField(() -> AnalyticsSettings.builder().goodPace(150, 1_001).build(), "goodPaceMaxWpm");
        assertField(() -> AnalyticsSettings.builder().longSentenceWords(4).build(), "longSentenceWords");
        assertField(() -> AnalyticsSettings.builder().snippetWords(21).build(), "snippetWords");
    }

    @Test
    void rejectsBadWordListEntries() {
        assertField(() -> AnalyticsSettings.builder().addFillers(null), "fillers");
        assertField(() -> AnalyticsSettings.builder().addFillers(Arrays.asList("ok", null)), "fillers");
        assertField(() -> AnalyticsSettings.builder().addHedges(List.of("  ")), "hedges");
        assertField(() -> AnalyticsSettings.builder().addHedges(List.of("not, sure")), "hedges");
        assertField(() -> AnalyticsSettings.builder().addTechnologies(List.of("a b c d e f g")), "technologies");
        assertField(() -> AnalyticsSettings.builder().addTechnologies(List.of("x".repeat(61))), "technologies entry");
    }

    @Test
    void limitsTheNumberOfExtraTerms() {
        List<String> terms = new ArrayList<>();
        for (int i = 0; i <= AnalyticsSettings.MAX_EXTRA_TERMS; i++) {
            terms.add("term" + i);
        }
        assertThatThrownBy(() -> AnalyticsSettings.builder().addFillers(terms))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e).hasMessage("fillers must be at most 500 long (was 501)"));
    }

    @Test
    void extraTermsAreTrimmedAndDeduplicated() {
        AnalyticsSettings settings = AnalyticsSettings.builder()
                .addFillers(List.of(" you see ", "you   see", "anyway")).build();
        assertThat(settings.extraFillers()).containsExactly("you see", "anyway");
    }

    private static void assertField(Runnable call, String field) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.field()).isEqualTo(field));
    }
}
