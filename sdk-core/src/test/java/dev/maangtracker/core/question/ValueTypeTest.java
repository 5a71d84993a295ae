package dev.maangtracker.core.question;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.maangtracker.core.error.InvalidInputException;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The JSON shapes each value type accepts. */
class ValueTypeTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void numbersMustFitTheirRange() {
        assertThat(accepts(ValueType.INT, "2147483647")).isTrue();
        assertThat(accepts(ValueType.INT, "2147483648")).isFalse();
        assertThat(accepts(ValueType.INT, "2.0")).isFalse();
        assertThat(accepts(ValueType.LONG, "2147483648")).isTrue();
        assertThat(accepts(ValueType.LONG, "9223372036854775808")).isFalse();
        assertThat(accepts(ValueType.DOUBLE, "2")).isTrue();
        assertThat(accepts(ValueType.DOUBLE, "\"2\"")).isFalse();
    }

    @Test
    void arraysCheckEveryElement() {
        assertThat(accepts(ValueType.INT_ARRAY, "[]")).isTrue();
        assertThat(accepts(ValueType.INT_ARRAY, "[1, null]")).isFalse();
        assertThat(accepts(ValueType.INT_MATRIX, "[[1], [2, 3], []]")).isTrue();
        assertThat(accepts(ValueType.INT_MATRIX, "[1, 2]")).isFalse();
        assertThat(accepts(ValueType.STRING_MATRIX, "[[\"a\"], [\"b\", \"c\"]]")).isTrue();
        assertThat(accepts(ValueType.BOOLEAN_ARRAY, "[true, 0]")).isFalse();
        assertThat(ValueType.INT_MATRIX.elementType()).contains(ValueType.INT_ARRAY);
        assertThat(ValueType.TREE_NODE.elementType()).isEmpty();
    }

    @Test
    void treesMustBeCanonicalLevelOrder() {
        assertThat(accepts(ValueType.TREE_NODE, "[]")).isTrue();
        assertThat(accepts(ValueType.TREE_NODE, "[3,9,20,null,null,15,7]")).isTrue();
        assertThat(accepts(ValueType.TREE_NODE, "[1,null,2,null,3]")).isTrue();
        assertThat(accepts(ValueType.TREE_NODE, "[null]")).isFalse();
        assertThat(accepts(ValueType.TREE_NODE, "[1,2,null]")).as("trailing null").isFalse();
        assertThat(accepts(ValueType.TREE_NODE, "[1,null,null,4]")).as("child of a missing node").isFalse();
        assertThat(accepts(ValueType.TREE_NODE, "[1,\"2\"]")).isFalse();
        assertThat(accepts(ValueType.LIST_NODE, "[1,2,3]")).isTrue();
        assertThat(accepts(ValueType.LIST_NODE, "[1,null]")).isFalse();
    }

    @Test
    void spellingsRoundTrip() {
        for (ValueType type : ValueType.values()) {
            assertThat(ValueType.fromSpelling(type.spelling())).isEqualTo(type);
        }
        assertThatThrownBy(() -> ValueType.fromSpelling("list<int>"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("(was 'list<int>')");
    }

    private static boolean accepts(ValueType type, String json) {
        return type.accepts(JSON.readTree(json));
    }
}
