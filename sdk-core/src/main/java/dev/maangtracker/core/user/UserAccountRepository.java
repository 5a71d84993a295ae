package dev.maangtracker.core.user;

import java.util.UUID;
import reactor.core.publisher.Mono;

/**
 * Storage port for accounts. Implementations: {@link InMemoryUserAccountRepository} (embedded
 * default) and the starter's R2DBC repository on the {@code users} table, both held to one
 * contract test suite.
 *
 * <p>Errors are signalled, never thrown: {@code ConflictException} for a duplicate email
 * (case-insensitive) or a stale version, {@code NotFoundException} for updating an account that
 * does not exist.
 */
public interface UserAccountRepository {

    /** Stores a new account (version 0); fails with a conflict if the email is taken. */
    Mono<UserAccount> create(UserAccount account);

    /** The account with this id, or empty. */
    Mono<UserAccount> findById(UUID id);

    /** The account with this email compared case-insensitively, or empty. */
    Mono<UserAccount> findByEmail(String email);

    /**
     * Replaces an account whose stored version is {@code next.version() - 1}; a stale version is a
     * conflict, a missing account not found.
     */
    Mono<UserAccount> update(UserAccount next);

    /**
     * Deletes the account and, through the schema's cascades, everything it owns. True if it
     * existed.
     */
    Mono<Boolean> delete(UUID id);
}
