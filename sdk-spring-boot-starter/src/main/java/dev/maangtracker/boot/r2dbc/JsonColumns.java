package dev.maangtracker.boot.r2dbc;

import dev.maangtracker.core.error.InvalidStateException;
import io.r2dbc.postgresql.codec.Json;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes {@code jsonb} columns with Jackson 3. Unknown properties are ignored so a row
 * written by a newer version of a value (with an added field) still reads. Thread-safe.
 */
public final class JsonColumns {

    private final JsonMapper mapper;

    /** Columns written with a mapper configured for stored values. */
    public JsonColumns() {
        this(JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build());
    }

    /** Columns written with the given mapper. */
    public JsonColumns(JsonMapper mapper) {
        this.mapper = mapper;
    }

    /** The value as a {@code jsonb} parameter. */
    public Json write(Object value) {
        return Json.of(mapper.writeValueAsString(value));
    }

    /** The column's value, or {@code null} for SQL NULL. */
    public <T> T read(Json json, Class<T> type) {
        if (json == null) {
            return null;
        }
        try {
            return mapper.readValue(json.asString(), type);
        } catch (JacksonException e) {
            throw InvalidStateException.of("stored " + type.getSimpleName(), "unreadable (" + e.getOriginalMessage() + ")",
                    "read");
        }
    }

    /** The column's value as a generic type, or {@code null} for SQL NULL. */
    public <T> T read(Json json, TypeReference<T> type) {
        if (json == null) {
            return null;
        }
        try {
            return mapper.readValue(json.asString(), type);
        } catch (JacksonException e) {
            throw InvalidStateException.of("stored JSON", "unreadable (" + e.getOriginalMessage() + ")", "read");
        }
    }
}
