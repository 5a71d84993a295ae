package dev.maangtracker.core.question;

import dev.maangtracker.core.error.InvalidInputException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The bank's JSON mappers; both are immutable and thread-safe once built. */
final class Json {

    /** Reads one complete JSON value; duplicate keys and trailing content are errors. */
    static final JsonMapper VALUES = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    /**
     * Reads one value at a time from a streaming parser positioned inside a file, so the reader can note the line of
     * each entry; the file reader checks for trailing content itself.
     */
    static final JsonMapper STREAM = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private Json() {
    }

    /** Parses a JSON text that must hold exactly one value (not JSON {@code null}). */
    static JsonNode parse(String field, String json) {
        JsonNode node;
        try {
            node = VALUES.readTree(json);
        } catch (JacksonException e) {
            throw InvalidInputException.of(field, "is not valid JSON: " + e.getOriginalMessage());
        }
        if (node == null || node.isMissingNode() || node.isNull()) {
            throw InvalidInputException.of(field, "must hold a JSON value other than null");
        }
        return node;
    }

    /** The compact JSON text of a value. */
    static String write(JsonNode node) {
        return VALUES.writeValueAsString(node);
    }
}
