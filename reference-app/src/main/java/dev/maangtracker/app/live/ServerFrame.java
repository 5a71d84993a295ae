package dev.maangtracker.app.live;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/**
 * A frame the server sends: {@code {type, payload, id?}}. {@code id} repeats the id of the client
 * frame it answers, when that frame had one.
 *
 * @param type    one of the {@code interview:*} server types in {@link LiveEvents}
 * @param payload the event's body
 * @param id      the client frame's id, or {@code null}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ServerFrame(String type, Object payload, String id) {

    /** Validates the type and payload. */
    public ServerFrame {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(payload, "payload");
    }
}
