package dev.maangtracker.core.judge.internal;

import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** One line of the harness protocol on stdout: ready, a result, an error, or a compilation error. */
public record JudgeLine(Kind kind, int index, JsonNode value, double millis, long peakKb, String message) {

    public enum Kind { READY, RESULT, RUNTIME_ERROR, MEMORY_ERROR, COMPILE_ERROR }

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    /** Parses a line; empty for text that is not a protocol line. */
    public static Optional<JudgeLine> parse(String line) {
        if (!line.startsWith("{")) {
            return Optional.empty();
        }
        JsonNode node;
        try {
            node = MAPPER.readTree(line);
        } catch (JacksonException e) {
            return Optional.empty();
        }
        if (node == null || !node.isObject()) {
            return Optional.empty();
        }
        if (node.has("ready")) {
            return Optional.of(new JudgeLine(Kind.READY, -1, null, 0, 0, ""));
        }
        if (node.has("ce")) {
            return Optional.of(new JudgeLine(Kind.COMPILE_ERROR, -1, null, 0, 0, node.get("ce").asString()));
        }
        if (!node.has("i")) {
            return Optional.empty();
        }
        int index = node.get("i").asInt();
        if (node.has("err")) {
            Kind kind = "MLE".equals(node.get("err").asString()) ? Kind.MEMORY_ERROR : Kind.RUNTIME_ERROR;
            return Optional.of(new JudgeLine(kind, index, null, 0, 0, node.path("msg").asString("")));
        }
        return Optional.of(new JudgeLine(Kind.RESULT, index, node.get("v"), node.path("ms").asDouble(0),
                node.path("kb").asLong(0), ""));
    }
}
