package dev.maangtracker.core.interview;

import java.util.List;
import java.util.UUID;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Stores interview sessions and their turns. Every read is scoped to a user: a session of another
 * user behaves exactly like a missing one. A session and the turns of one step are written together
 * or not at all ({@link #commit}), guarded by the session's version, so two concurrent answers to
 * one session cannot both be stored.
 *
 * <p>Implementations: {@link InMemoryInterviewRepository} here, an R2DBC one in the starter; both
 * pass the same contract tests.
 */
public interface InterviewRepository {

    /** Most sessions one listing returns. */
    int MAX_LIST_LIMIT = 200;

    /**
     * Stores a new session.
     *
     * @param session a session at version 0 with no turns
     * @return the stored session
     * @throws dev.maangtracker.core.error.ConflictException (as the error signal) when the id is taken
     * @throws dev.maangtracker.core.error.InvalidInputException when the version or turn count is not 0
     */
    Mono<InterviewSession> create(InterviewSession session);

    /** The user's session, or empty when it does not exist or is another user's. */
    Mono<InterviewSession> find(UUID userId, UUID sessionId);

    /**
     * The user's sessions, newest first.
     *
     * @param limit 1 to {@link #MAX_LIST_LIMIT}
     */
    Flux<InterviewSession> findByUser(UUID userId, int limit);

    /**
     * Stores the next state of a session and appends the turns of that step, atomically.
     *
     * @param next     the new state; its version must be the stored version + 1 and its turn count
     *                 the stored count + {@code newTurns.size()}
     * @param newTurns the turns of this step, numbered on from the stored count
     * @return the stored state
     * @throws dev.maangtracker.core.error.ConflictException (as the error signal) when another step
     *         was stored since {@code next} was computed
     * @throws dev.maangtracker.core.error.NotFoundException (as the error signal) when the session is
     *         gone or belongs to another user
     */
    Mono<InterviewSession> commit(InterviewSession next, List<Turn> newTurns);

    /** The session's turns in order, or an empty flux when the session is not the user's. */
    Flux<Turn> turns(UUID userId, UUID sessionId);

    /** Deletes the user's session and its turns; emits whether anything was deleted. */
    Mono<Boolean> delete(UUID userId, UUID sessionId);
}
