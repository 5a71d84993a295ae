package dev.maangtracker.core.interview;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * Fans each session's events out to its current subscribers. A subscriber sees the events
 * published after it subscribed; with nobody listening an event is simply not delivered (the turns
 * are stored, so nothing is lost). A session's stream completes when the session ends. Thread-safe:
 * publishing is serialised per session, and a session's sink is dropped once its last subscriber
 * leaves, so idle sessions hold no memory.
 */
final class InterviewEvents {

    private final Map<UUID, Sinks.Many<InterviewEvent>> sinks = new ConcurrentHashMap<>();

    Flux<InterviewEvent> of(UUID sessionId) {
        return Flux.defer(() -> {
            Sinks.Many<InterviewEvent> sink = sinks.computeIfAbsent(sessionId,
                    id -> Sinks.many().multicast().directBestEffort());
            return sink.asFlux().doFinally(signal -> {
                if (sink.currentSubscriberCount() == 0) {
                    sinks.remove(sessionId, sink);
                }
            });
        });
    }

    /** Whether anybody listens to the session's events now. */
    boolean hasSubscribers(UUID sessionId) {
        Sinks.Many<InterviewEvent> sink = sinks.get(sessionId);
        return sink != null && sink.currentSubscriberCount() > 0;
    }

    void publish(InterviewEvent event) {
        Sinks.Many<InterviewEvent> sink = sinks.get(event.sessionId());
        if (sink != null) {
            synchronized (sink) {
                // FAIL_ZERO_SUBSCRIBER or a slow subscriber's overflow are acceptable: see the class comment.
                sink.tryEmitNext(event);
            }
        }
    }

    /** Completes the session's stream: nothing more will happen in it. */
    void close(UUID sessionId) {
        Sinks.Many<InterviewEvent> sink = sinks.remove(sessionId);
        if (sink != null) {
            synchronized (sink) {
                sink.tryEmitComplete();
            }
        }
    }
}
