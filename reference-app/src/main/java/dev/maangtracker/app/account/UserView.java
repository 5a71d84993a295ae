package dev.maangtracker.app.account;

import dev.maangtracker.core.user.Role;
import dev.maangtracker.core.user.UserAccount;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What the API shows of an account: never the password hash or the version.
 *
 * @param id        the account id (the {@code sub} of its access tokens)
 * @param email     as registered
 * @param fullName  display name, or {@code null}
 * @param timeZone  the zone the user's days are counted in
 * @param roles     role names in a stable order, {@code USER} first
 * @param createdAt when the account was created
 */
public record UserView(UUID id, String email, String fullName, String timeZone, List<Role> roles,
        Instant createdAt) {

    /** The public view of an account. */
    public static UserView of(UserAccount account) {
        return new UserView(account.id(), account.email(), account.fullName(), account.timeZone().getId(),
                account.roles().stream().sorted().toList(), account.createdAt());
    }
}
