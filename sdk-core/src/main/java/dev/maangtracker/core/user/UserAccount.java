package dev.maangtracker.core.user;

import dev.maangtracker.core.error.InvalidInputException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * One account. The password is only ever held as a hash produced by the caller's password encoder
 * (the SDK never sees plain passwords). {@code version} is the optimistic-locking counter: an
 * update must carry the version it read.
 *
 * @param id           stable identifier, owner key of every user-scoped record
 * @param email        as typed; unique case-insensitively
 * @param passwordHash encoded hash (for example bcrypt or Argon2id), never the password
 * @param fullName     display name, may be {@code null}
 * @param timeZone     the user's zone, used for streaks and daily plans
 * @param roles        at least {@link Role#USER}
 * @param createdAt    when the account was created
 * @param updatedAt    when it last changed
 * @param version      optimistic-locking counter, 0 for a new account
 */
public record UserAccount(UUID id, String email, String passwordHash, String fullName, ZoneId timeZone,
        Set<Role> roles, Instant createdAt, Instant updatedAt, long version) {

    /** Longest accepted email, as in RFC 5321 plus slack for display forms. */
    public static final int MAX_EMAIL_LENGTH = 320;
    /** Longest accepted display name. */
    public static final int MAX_FULL_NAME_LENGTH = 200;

    public UserAccount {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        timeZone = timeZone == null ? ZoneId.of("UTC") : timeZone;
        email = checkEmail(email);
        if (passwordHash == null || passwordHash.isBlank()) {
            throw InvalidInputException.required("passwordHash");
        }
        if (fullName != null) {
            fullName = fullName.strip();
            if (fullName.length() > MAX_FULL_NAME_LENGTH) {
                throw InvalidInputException.tooLong("fullName", fullName.length(), MAX_FULL_NAME_LENGTH);
            }
            if (fullName.isEmpty()) {
                fullName = null;
            }
        }
        if (roles == null || roles.isEmpty()) {
            throw InvalidInputException.of("roles", "must contain at least USER");
        }
        roles = Set.copyOf(EnumSet.copyOf(roles));
        if (version < 0) {
            throw InvalidInputException.outOfRange("version", version, 0, Long.MAX_VALUE);
        }
    }

    /** A new account in UTC with role USER, version 0, created now. */
    public static UserAccount create(String email, String passwordHash, String fullName, Instant now) {
        return create(email, passwordHash, fullName, null, now);
    }

    /**
     * A new account with role USER, version 0, created now.
     *
     * @param timeZone the zone the user's days are counted in; {@code null} for UTC
     */
    public static UserAccount create(String email, String passwordHash, String fullName, ZoneId timeZone,
                                     Instant now) {
        return new UserAccount(UUID.randomUUID(), email, passwordHash, fullName, timeZone, Set.of(Role.USER), now,
                now, 0);
    }

    /** The email used for uniqueness and lookup: trimmed and lower-cased. */
    public static String normalizeEmail(String email) {
        return checkEmail(email).toLowerCase(java.util.Locale.ROOT);
    }

    /** Whether this account holds the role. */
    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    /** The next version of this account with other fields (the caller's change) applied. */
    public UserAccount withChanges(String newFullName, ZoneId newTimeZone, String newPasswordHash, Instant now) {
        return new UserAccount(id, email, newPasswordHash == null ? passwordHash : newPasswordHash,
                newFullName == null ? fullName : newFullName, newTimeZone == null ? timeZone : newTimeZone,
                roles, createdAt, now, version + 1);
    }

    private static String checkEmail(String email) {
        if (email == null || email.isBlank()) {
            throw InvalidInputException.required("email");
        }
        String trimmed = email.strip();
        if (trimmed.length() > MAX_EMAIL_LENGTH) {
            throw InvalidInputException.tooLong("email", trimmed.length(), MAX_EMAIL_LENGTH);
        }
        int at = trimmed.indexOf('@');
        if (at < 1 || at != trimmed.lastIndexOf('@') || at == trimmed.length() - 1
                || trimmed.chars().anyMatch(Character::isWhitespace)) {
            throw InvalidInputException.of("email", "must be an address like name@example.com");
        }
        return trimmed;
    }

    @Override
    public String toString() {
        // Never print the hash, even in logs of failed tests.
        return "UserAccount[id=" + id + ", email=" + email + ", roles=" + roles + ", version=" + version + "]";
    }
}
