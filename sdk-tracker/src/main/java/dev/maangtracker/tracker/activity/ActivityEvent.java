package dev.maangtracker.tracker.activity;

import dev.maangtracker.core.error.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.UUID;

/**
 * One entry of a user's activity log. The local date is fixed when the event happens, in the time zone the user
 * was in then, so a later move to another zone never rewrites past days.
 *
 * @param id         the entry's id
 * @param userId     whose activity
 * @param type       what was done
 * @param subject    on what: a problem or concept slug, a session id; at most {@link #MAX_SUBJECT} characters
 * @param occurredAt when
 * @param localDate  the user's calendar day when it happened
 * @param detail     a short human-readable summary; may be empty
 */
public record ActivityEvent(UUID id, UUID userId, ActivityType type, String subject, Instant occurredAt,
                            LocalDate localDate, String detail) {

    /** Longest subject. */
    public static final int MAX_SUBJECT = 300;

    /** Validates every field; see the component descriptions. */
    public ActivityEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(localDate, "localDate");
        if (subject == null || subject.isBlank()) {
            throw InvalidInputException.required("subject");
        }
        if (subject.length() > MAX_SUBJECT) {
            throw InvalidInputException.tooLong("subject", subject.length(), MAX_SUBJECT);
        }
        detail = detail == null ? "" : detail;
    }

    /** A new event with a random id, dated in the given zone. */
    public static ActivityEvent of(UUID userId, ActivityType type, String subject, Instant occurredAt, ZoneId zone,
                                   String detail) {
        return new ActivityEvent(UUID.randomUUID(), userId, type, subject, occurredAt,
                occurredAt.atZone(Objects.requireNonNull(zone, "zone")).toLocalDate(), detail);
    }
}
