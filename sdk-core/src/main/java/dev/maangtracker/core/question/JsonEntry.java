package dev.maangtracker.core.question;

import dev.maangtracker.core.error.InvalidInputException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;

/**
 * Typed, strict access to one JSON object of a bank file. Errors name the field by its path inside the entry, such
 * as {@code signature.returnType} or {@code tests[3].expected}.
 */
final class JsonEntry {

    private final JsonNode node;
    private final String path;

    private JsonEntry(JsonNode node, String path) {
        this.node = node;
        this.path = path;
    }

    /** The entry's top-level object; the caller has checked that it is an object. */
    static JsonEntry of(JsonNode node) {
        return new JsonEntry(node, "");
    }

    /** Builds a value, prefixing the path of this object to the field of any validation error. */
    <T> T build(Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (InvalidInputException e) {
            if (path.isEmpty()) {
                throw e;
            }
            throw InvalidInputException.of(path + e.field(), e.rule());
        }
    }

    /** Rejects fields other than the given ones, so a misspelt optional field is not silently ignored. */
    void allowOnly(String... names) {
        List<String> allowed = Arrays.asList(names);
        for (String name : node.propertyNames()) {
            if (!allowed.contains(name)) {
                throw InvalidInputException.of(path + name, "is not a known field (expected " + String.join(", ", allowed) + ")");
            }
        }
    }

    String text(String name) {
        JsonNode value = required(name);
        if (!value.isString()) {
            throw InvalidInputException.of(path + name, "must be a JSON string");
        }
        return value.stringValue();
    }

    /** The text, or {@code fallback} when the field is absent or null. */
    String text(String name, String fallback) {
        return isAbsent(name) ? fallback : text(name);
    }

    List<String> texts(String name) {
        JsonNode array = array(name);
        List<String> values = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            JsonNode value = array.get(i);
            if (!value.isString()) {
                throw InvalidInputException.of(path + name + "[" + i + "]", "must be a JSON string");
            }
            values.add(value.stringValue());
        }
        return values;
    }

    /** The texts, or an empty list when the field is absent or null. */
    List<String> optionalTexts(String name) {
        return isAbsent(name) ? List.of() : texts(name);
    }

    <E extends Enum<E>> E enumValue(String name, Class<E> type) {
        String text = text(name);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(text)) {
                return constant;
            }
        }
        throw InvalidInputException.of(path + name, "must be one of " + Fields.names(type.getEnumConstants()) + " (was '" + text + "')");
    }

    /** The enum constant, or {@code fallback} when the field is absent or null. */
    <E extends Enum<E>> E enumValue(String name, Class<E> type, E fallback) {
        return isAbsent(name) ? fallback : enumValue(name, type);
    }

    /** The boolean, or {@code fallback} when the field is absent or null. */
    boolean bool(String name, boolean fallback) {
        if (isAbsent(name)) {
            return fallback;
        }
        JsonNode value = node.get(name);
        if (!value.isBoolean()) {
            throw InvalidInputException.of(path + name, "must be true or false");
        }
        return value.booleanValue();
    }

    /** Any JSON value other than null, as compact JSON text. */
    String json(String name) {
        return Json.write(required(name));
    }

    JsonEntry object(String name) {
        JsonNode value = required(name);
        if (!value.isObject()) {
            throw InvalidInputException.of(path + name, "must be a JSON object");
        }
        return new JsonEntry(value, path + name + ".");
    }

    List<JsonEntry> objects(String name) {
        JsonNode array = array(name);
        List<JsonEntry> entries = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            JsonNode value = array.get(i);
            if (!value.isObject()) {
                throw InvalidInputException.of(path + name + "[" + i + "]", "must be a JSON object");
            }
            entries.add(new JsonEntry(value, path + name + "[" + i + "]."));
        }
        return entries;
    }

    /** The names of this object's fields, in file order. */
    List<String> names() {
        return List.copyOf(node.propertyNames());
    }

    /** The full path of a field of this object, for error messages. */
    String pathOf(String name) {
        return path + name;
    }

    private JsonNode array(String name) {
        JsonNode value = required(name);
        if (!value.isArray()) {
            throw InvalidInputException.of(path + name, "must be a JSON array");
        }
        return value;
    }

    private JsonNode required(String name) {
        if (isAbsent(name)) {
            throw InvalidInputException.required(path + name);
        }
        return node.get(name);
    }

    private boolean isAbsent(String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull();
    }
}
