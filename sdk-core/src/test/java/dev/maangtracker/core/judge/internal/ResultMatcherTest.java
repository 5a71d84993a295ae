package dev.maangtracker.core.judge.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maangtracker.core.question.Comparison;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ResultMatcherTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private static boolean matches(String expected, String actual, Comparison comparison) {
        JsonNode e = MAPPER.readTree(expected);
        JsonNode a = MAPPER.readTree(actual);
        return ResultMatcher.matches(e, a, comparison);
    }

    @Test
    void exactComparesNumbersByValueAndArraysInOrder() {
        assertThat(matches("[1,2]", "[1.0,2]", Comparison.EXACT)).isTrue();
        assertThat(matches("[1,2]", "[2,1]", Comparison.EXACT)).isFalse();
        assertThat(matches("\"ab\"", "\"ab\"", Comparison.EXACT)).isTrue();
        assertThat(matches("true", "1", Comparison.EXACT)).isFalse();
    }

    @Test
    void unorderedIgnoresTopLevelOrderButKeepsMultiplicity() {
        assertThat(matches("[[1,2],[3]]", "[[3],[1,2]]", Comparison.UNORDERED)).isTrue();
        assertThat(matches("[[1,2],[3]]", "[[3],[2,1]]", Comparison.UNORDERED)).isFalse();
        assertThat(matches("[1,1,2]", "[1,2,2]", Comparison.UNORDERED)).isFalse();
    }

    @Test
    void floatToleranceIsRelativeAboveOne() {
        assertThat(matches("2.5", "2.5000001", Comparison.FLOAT_TOLERANCE)).isTrue();
        assertThat(matches("1000000", "1000000.5", Comparison.FLOAT_TOLERANCE)).isTrue();
        assertThat(matches("[0.1,0.2]", "[0.1,0.3]", Comparison.FLOAT_TOLERANCE)).isFalse();
        assertThat(matches("0.5", "null", Comparison.FLOAT_TOLERANCE)).isFalse();
    }
}
