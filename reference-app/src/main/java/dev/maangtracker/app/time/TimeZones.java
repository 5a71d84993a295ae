package dev.maangtracker.app.time;

import dev.maangtracker.core.error.InvalidInputException;
import dev.maangtracker.core.user.UserAccount;
import dev.maangtracker.core.user.UserAccountRepository;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The zone each user's days are counted in: streaks, the activity calendar, attempts' dates and the daily plan
 * follow the user's midnight, not the server's. Accounts registered without one count in UTC.
 */
@Component
public class TimeZones {

    /** Longest zone id accepted, well above the longest IANA name. */
    public static final int MAX_LENGTH = 64;

    private final UserAccountRepository users;

    /** @param users where each account's zone is stored */
    public TimeZones(UserAccountRepository users) {
        this.users = users;
    }

    /** The user's zone; UTC for an account that no longer exists (its data is being deleted). */
    public Mono<ZoneId> of(UUID user) {
        return users.findById(user).map(UserAccount::timeZone).defaultIfEmpty(ZoneOffset.UTC);
    }

    /**
     * Reads a zone sent by a client: an IANA name such as {@code Europe/Berlin} (what browsers report) or a fixed
     * offset such as {@code +05:30}.
     *
     * @param field the request field, named in the error
     * @return the zone, or {@code null} when the value is {@code null}
     * @throws InvalidInputException when the value names no zone
     */
    public static ZoneId parse(String field, String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_LENGTH) {
            throw InvalidInputException.of(field, "must be a time zone such as Europe/Berlin or +05:30");
        }
        try {
            return ZoneId.of(trimmed);
        } catch (DateTimeException unknown) {
            throw InvalidInputException.of(field, "must be a time zone such as Europe/Berlin or +05:30");
        }
    }
}
