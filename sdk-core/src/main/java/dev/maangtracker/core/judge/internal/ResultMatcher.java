package dev.maangtracker.core.judge.internal;

import dev.maangtracker.core.question.Comparison;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Compares a returned JSON value with the expected one per the problem's {@link Comparison}. */
public final class ResultMatcher {

    private ResultMatcher() {
    }

    /** Whether {@code actual} matches {@code expected}. */
    public static boolean matches(JsonNode expected, JsonNode actual, Comparison comparison) {
        if (actual == null) {
            return false;
        }
        switch (comparison) {
            case UNORDERED:
                return expected.isArray() && actual.isArray() && sortedCanonical(expected).equals(sortedCanonical(actual));
            case FLOAT_TOLERANCE:
                return close(expected, actual);
            default:
                return canonical(expected).equals(canonical(actual));
        }
    }

    private static boolean close(JsonNode expected, JsonNode actual) {
        if (expected.isNumber()) {
            if (!actual.isNumber()) {
                return false;
            }
            double e = expected.doubleValue();
            double a = actual.doubleValue();
            return Math.abs(a - e) <= Comparison.TOLERANCE * Math.max(1, Math.abs(e));
        }
        if (expected.isArray()) {
            if (!actual.isArray() || actual.size() != expected.size()) {
                return false;
            }
            for (int i = 0; i < expected.size(); i++) {
                if (!close(expected.get(i), actual.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return canonical(expected).equals(canonical(actual));
    }

    private static List<String> sortedCanonical(JsonNode array) {
        List<String> items = new ArrayList<>();
        for (JsonNode element : array) {
            items.add(canonical(element));
        }
        Collections.sort(items);
        return items;
    }

    /** A text equal for equal values: numbers by value (1 equals 1.0), arrays in order. */
    public static String canonical(JsonNode node) {
        StringBuilder out = new StringBuilder();
        canonical(node, out);
        return out.toString();
    }

    private static void canonical(JsonNode node, StringBuilder out) {
        if (node.isNumber()) {
            BigDecimal value = node.decimalValue().stripTrailingZeros();
            out.append(value.signum() == 0 ? "0" : value.toPlainString());
        } else if (node.isArray()) {
            out.append('[');
            for (int i = 0; i < node.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                canonical(node.get(i), out);
            }
            out.append(']');
        } else {
            out.append(node.toString());
        }
    }
}
