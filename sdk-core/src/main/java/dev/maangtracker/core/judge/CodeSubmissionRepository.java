package dev.maangtracker.core.judge;

import java.util.UUID;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Stores judged submissions with their per-test outcomes. Every read is scoped to a user. A
 * submission and its tests are written together or not at all.
 *
 * <p>Implementations: {@link InMemoryCodeSubmissionRepository} here, an R2DBC one in the starter;
 * both pass the same contract tests. Errors are signalled, never thrown.
 */
public interface CodeSubmissionRepository {

    /** Most submissions one listing returns. */
    int MAX_LIST_LIMIT = 200;

    /**
     * Stores a submission and its tests.
     *
     * @return the stored submission
     * @throws dev.maangtracker.core.error.ConflictException (as the error signal) when the id is taken
     * @throws dev.maangtracker.core.error.NotFoundException (as the error signal) when its interview
     *         session is not the user's (stores that can check)
     */
    Mono<CodeSubmission> save(CodeSubmission submission);

    /**
     * The user's submissions, newest first.
     *
     * @param limit 1 to {@link #MAX_LIST_LIMIT}
     * @throws dev.maangtracker.core.error.InvalidInputException (as the error signal) for a limit out of range
     */
    Flux<CodeSubmission> findByUser(UUID userId, int limit);

    /** The user's submissions made in one interview, oldest first; empty when the session is not the user's. */
    Flux<CodeSubmission> findBySession(UUID userId, UUID sessionId);

    /**
     * Removes the user's submissions made in one interview (with their test results), for deleting that
     * interview; another user's session id removes nothing.
     *
     * @return how many submissions were removed
     */
    Mono<Long> deleteBySession(UUID userId, UUID sessionId);

    /**
     * Removes every submission of the user (with its test results), for account deletion.
     *
     * @return how many submissions were removed
     */
    Mono<Long> deleteByUser(UUID userId);
}
