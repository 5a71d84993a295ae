package dev.maangtracker.core.judge.internal;

import dev.maangtracker.core.question.CodingProblem;
import dev.maangtracker.core.question.Parameter;
import dev.maangtracker.core.question.TestCase;
import dev.maangtracker.core.question.ValueType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Generates larger inputs for the growth check by tiling the largest test's array and string arguments to a given
 * length (scalars stay as they are), and reads the exponent of n a declared complexity implies. The values need not
 * be valid answers: only run time is measured.
 */
public final class GrowthInputs {

    /**
     * Sizes run, in this order: the first is a warm-up; 2000 and 4000 run twice, interleaved, and the faster of each
     * pair counts, so a measurement slowed by other work on a busy machine does not decide the exponent.
     */
    public static final int[] SIZES = {1000, 1000, 2000, 4000, 2000, 4000};

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private GrowthInputs() {
    }

    /** The exponent of n in a single-variable complexity ({@code O(n log n)} is 1); empty for other forms. */
    public static Optional<Double> exponent(String complexity) {
        String c = complexity.toLowerCase(Locale.ROOT).replace(" ", "").replace("²", "^2").replace("³", "^3");
        if (!c.startsWith("o(") || !c.endsWith(")")) {
            return Optional.empty();
        }
        String body = c.substring(2, c.length() - 1);
        switch (body) {
            case "1": case "logn": return Optional.of(0.0);
            case "n": case "nlogn": case "nlog(n)": return Optional.of(1.0);
            case "n^2": case "n*n": case "n^2logn": return Optional.of(2.0);
            case "n^3": return Optional.of(3.0);
            default: return Optional.empty();
        }
    }

    /** The args arrays for each of {@link #SIZES}, or empty when no argument can be scaled. */
    public static Optional<List<String>> scaled(CodingProblem problem) {
        TestCase largest = problem.tests().stream().max(Comparator.comparingInt(t -> t.args().length())).orElseThrow();
        JsonNode args = MAPPER.readTree(largest.args());
        List<Parameter> parameters = problem.signature().parameters();
        boolean scalable = false;
        for (int i = 0; i < parameters.size(); i++) {
            if (scalable(parameters.get(i).type()) && args.get(i).size() + textLength(args.get(i)) > 0) {
                scalable = true;
            }
        }
        if (!scalable) {
            return Optional.empty();
        }
        List<String> result = new ArrayList<>();
        for (int size : SIZES) {
            ArrayNode scaledArgs = JsonNodeFactory.instance.arrayNode();
            for (int i = 0; i < parameters.size(); i++) {
                scaledArgs.add(scalable(parameters.get(i).type()) ? tile(args.get(i), size) : args.get(i));
            }
            result.add(MAPPER.writeValueAsString(scaledArgs));
        }
        return Optional.of(result);
    }

    private static boolean scalable(ValueType type) {
        return type.isArray() || type == ValueType.STRING || type == ValueType.LIST_NODE;
    }

    private static int textLength(JsonNode node) {
        return node.isString() ? node.asString().length() : 0;
    }

    private static JsonNode tile(JsonNode value, int size) {
        if (value.isString()) {
            String text = value.asString();
            if (text.isEmpty()) {
                return value;
            }
            StringBuilder out = new StringBuilder(size);
            while (out.length() < size) {
                out.append(text);
            }
            return JsonNodeFactory.instance.stringNode(out.substring(0, size));
        }
        if (value.size() == 0) {
            return value;
        }
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        for (int i = 0; i < size; i++) {
            out.add(value.get(i % value.size()));
        }
        return out;
    }
}
