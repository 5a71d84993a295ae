package dev.maangtracker.tracker.activity;

import java.util.UUID;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Append-only log of what each user did. Entries are never changed or removed (except with the user).
 * Implementations: {@link InMemoryActivityLog}; R2DBC in the starter.
 */
public interface ActivityLog {

    /** Appends an entry; emits it. Fails with a conflict when an entry with the same id exists. */
    Mono<ActivityEvent> append(ActivityEvent event);

    /** The user's entries, oldest first. */
    Flux<ActivityEvent> findByUser(UUID userId);

    /**
     * Removes every one of the user's entries, for account deletion; other users' data is untouched.
     *
     * @return how many rows were removed (0 when the user had none)
     */
    Mono<Long> deleteByUser(UUID userId);
}
