package dev.maangtracker.tracker.progress;

import dev.maangtracker.core.error.ConflictException;
import java.util.UUID;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Stores attempts and notes of each user. Every query is scoped to one user.
 * Implementations: {@link InMemoryProgressRepository}; R2DBC in the starter.
 */
public interface ProgressRepository {

    /**
     * Stores an attempt; emits it. An attempt id is stored once: saving another attempt with the id of a stored one
     * fails with {@link ConflictException} and stores nothing, so a caller that derives ids from what happened can
     * retry safely.
     */
    Mono<Attempt> saveAttempt(Attempt attempt);

    /** The user's attempts at problems and concepts, oldest first. */
    Flux<Attempt> attempts(UUID userId);

    /** Replaces the user's notes on a problem or concept; emits the stored notes. */
    Mono<String> saveNotes(UUID userId, String slug, String notes);

    /** The user's notes on a problem or concept; empty when none. */
    Mono<String> notes(UUID userId, String slug);

    /**
     * Removes every one of the user's attempts and notes, for account deletion; other users' data is untouched.
     *
     * @return how many rows were removed (0 when the user had none)
     */
    Mono<Long> deleteByUser(UUID userId);
}
