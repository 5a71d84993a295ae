package dev.maangtracker.boot.auth;

import java.util.Objects;
import java.util.UUID;

/**
 * What {@link RefreshTokenStore#rotate} did with a known token.
 *
 * @param outcome  rotated, or reuse detected (family revoked)
 * @param userId   the account the family belongs to
 * @param familyId the family the token belonged to
 */
public record RefreshTokenRotation(Outcome outcome, UUID userId, UUID familyId) {

    /** Whether the presented token was live. */
    public enum Outcome {
        /** The token was live: it is now spent and the successor is stored. */
        ROTATED,
        /** The token had been spent before: its whole family is now revoked. */
        REUSED
    }

    public RefreshTokenRotation {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(familyId, "familyId");
    }
}
