package dev.maangtracker.app.account;

import dev.maangtracker.app.time.TimeZones;
import dev.maangtracker.core.user.UserAccount;
import jakarta.validation.constraints.Size;

/**
 * A change to the caller's own account ({@code PATCH /me}); absent fields stay as they are.
 *
 * @param fullName display name; blank clears it
 * @param timeZone the zone the user's days are counted in, e.g. {@code Europe/Berlin}
 */
public record AccountChanges(
        @Size(max = UserAccount.MAX_FULL_NAME_LENGTH) String fullName,
        @Size(max = TimeZones.MAX_LENGTH) String timeZone) {
}
