package dev.maangtracker.tracker.weakness;

import java.util.List;
import java.util.UUID;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Stores each user's weakness evidence, append-only. Implementations: {@link InMemoryEvidenceRepository}; the
 * starter keeps it with the {@code weakness_analysis} rows.
 */
public interface EvidenceRepository {

    /** Appends observations of one user; emits how many were stored. */
    Mono<Integer> append(UUID userId, List<Evidence> evidence);

    /** The user's observations, oldest first. */
    Flux<Evidence> findByUser(UUID userId);

    /**
     * Removes every one of the user's observations, for account deletion; other users' data is untouched.
     *
     * @return how many rows were removed (0 when the user had none)
     */
    Mono<Long> deleteByUser(UUID userId);
}
