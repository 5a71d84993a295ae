package dev.maangtracker.boot.auth;

import java.time.Duration;
import java.util.UUID;
import reactor.core.publisher.Mono;

/**
 * Where opaque refresh tokens live between uses. Tokens form <em>families</em>: a login starts one,
 * and every refresh spends the presented token and adds its successor to the same family. Presenting
 * a token that was already spent means it leaked (the thief or the owner used it first), so the
 * whole family is revoked, the newest token included.
 *
 * <p>Implementations keep only the SHA-256 hash of a token, never the token, so a copy of the store
 * cannot be replayed; {@link InMemoryRefreshTokenStore} (one process) and
 * {@link RedisRefreshTokenStore} (shared by every instance) are held to one contract test. Rotation is
 * atomic: of two concurrent rotations of one token exactly one succeeds and the other is reuse.
 * All methods are thread-safe; {@code null} arguments fail with {@link NullPointerException}.
 */
public interface RefreshTokenStore {

    /** Stores the first token of a new family (a login); it expires after {@code ttl}. */
    Mono<Void> startFamily(String token, UUID userId, UUID familyId, Duration ttl);

    /**
     * Spends {@code presented} and stores {@code successor} (expiring after {@code ttl}) in its
     * family, in one atomic step. Signals {@link RefreshTokenRotation.Outcome#ROTATED} then; if
     * {@code presented} was already spent, revokes its family and signals
     * {@link RefreshTokenRotation.Outcome#REUSED} without storing the successor. Completes empty
     * for a token that is unknown, expired or revoked.
     */
    Mono<RefreshTokenRotation> rotate(String presented, String successor, Duration ttl);

    /** Revokes the family of this token (a logout); true if the token was known. */
    Mono<Boolean> revokeFamilyOf(String token);

    /**
     * Revokes every family of the user (account deletion, sign-out everywhere): none of the user's
     * refresh tokens rotates afterwards. Emits how many families were revoked; other users' tokens
     * are untouched.
     */
    Mono<Long> revokeAllOf(UUID userId);
}
