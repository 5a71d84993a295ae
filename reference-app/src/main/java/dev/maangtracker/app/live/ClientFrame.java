package dev.maangtracker.app.live;

import dev.maangtracker.core.error.InvalidInputException;
import dev.maangtracker.core.interview.CandidateAnswer;
import java.time.Duration;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A frame a client sent: {@code {type, payload?, id?}}, read leniently about unknown fields and
 * strictly about the ones it uses; every mistake is an {@link InvalidInputException} naming the field.
 *
 * @param type    one of {@link LiveEvents#CLIENT_TYPES}
 * @param payload the body, an object (empty when absent)
 * @param id      the client's correlation id, repeated in the answers to this frame, or {@code null}
 */
record ClientFrame(String type, JsonNode payload, String id) {

    /** Longest correlation id accepted. */
    static final int MAX_ID_LENGTH = 100;

    /** The frame's JSON object; fails when the text is not JSON or not an object. */
    static JsonNode read(String text, JsonMapper json) {
        JsonNode root;
        try {
            root = json.readTree(text);
        } catch (JacksonException malformed) {
            throw InvalidInputException.of("frame", "must be valid JSON");
        }
        if (root == null || !root.isObject()) {
            throw InvalidInputException.of("frame", "must be a JSON object {type, payload?, id?}");
        }
        return root;
    }

    /** The frame's correlation id, or {@code null}; read first, so that errors about the rest can repeat it. */
    static String id(JsonNode root) {
        JsonNode id = root.get("id");
        if (id == null || id.isNull()) {
            return null;
        }
        if (!id.isString() && !id.isNumber() || id.asString().length() > MAX_ID_LENGTH) {
            throw InvalidInputException.of("id", "must be a string or number of at most " + MAX_ID_LENGTH
                    + " characters");
        }
        return id.asString();
    }

    /** The frame with its type checked against {@link LiveEvents#CLIENT_TYPES}. */
    static ClientFrame of(JsonNode root, String id, JsonMapper json) {
        JsonNode typeNode = root.get("type");
        if (typeNode == null || !typeNode.isString() || typeNode.asString().isBlank()) {
            throw InvalidInputException.required("type");
        }
        String type = typeNode.asString();
        if (!LiveEvents.CLIENT_TYPES.contains(type)) {
            throw InvalidInputException.of("type", "must be one of " + LiveEvents.CLIENT_TYPES
                    + " (was " + abbreviate(type) + ")");
        }
        JsonNode payload = root.get("payload");
        if (payload == null || payload.isNull()) {
            payload = json.createObjectNode();
        } else if (!payload.isObject()) {
            throw InvalidInputException.of("payload", "must be a JSON object");
        }
        return new ClientFrame(type, payload, id);
    }

    /** The answer of an {@code interview:answer} frame: {@code {answer, code?, language?, durationSeconds?}}. */
    CandidateAnswer answer() {
        String text = text("answer");
        String code = text("code");
        String language = text("language");
        Duration duration = null;
        JsonNode seconds = payload.get("durationSeconds");
        if (seconds != null && !seconds.isNull()) {
            if (!seconds.isIntegralNumber() || !seconds.canConvertToLong()) {
                throw InvalidInputException.of("durationSeconds", "must be a whole number of seconds");
            }
            long value = seconds.longValue();
            if (value <= 0) {
                throw InvalidInputException.of("durationSeconds", "must be positive");
            }
            duration = Duration.ofSeconds(value);
        }
        return new CandidateAnswer(text, code, language, duration);
    }

    private String text(String field) {
        JsonNode node = payload.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isString()) {
            throw InvalidInputException.of(field, "must be a string");
        }
        return node.asString();
    }

    private static String abbreviate(String type) {
        return type.length() <= 40 ? "'" + type + "'" : "'" + type.substring(0, 40) + "…'";
    }
}
