package dev.maangtracker.core.interview;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import reactor.core.publisher.Mono;

/**
 * The text streamed during one engine operation (start, answer, hint, complete) of one session,
 * published as {@link InterviewEvent.TextStreamed} and withdrawn with {@link InterviewEvent.TextDiscarded}.
 * It keeps, per {@link ModelStep}, whether text is out that no stored turn has superseded yet, so that
 * whatever ends the operation other than its commit — the interviewer failing and the fallback
 * answering, the operation failing or being cancelled — withdraws exactly that text, once. A step that
 * was given up is closed: text that the cancelled model still delivers late is dropped, not published.
 * Thread-safe: the model's thread and the engine's may call it at the same time.
 */
final class Narration implements ModelTextSink {

    private static final Narration SILENT = new Narration(null, null, null);

    private final UUID sessionId;
    private final InterviewEvents events;
    private final Clock clock;
    private final Set<ModelStep> open = EnumSet.noneOf(ModelStep.class);
    private final Set<ModelStep> closed = EnumSet.noneOf(ModelStep.class);

    private Narration(UUID sessionId, InterviewEvents events, Clock clock) {
        this.sessionId = sessionId;
        this.events = events;
        this.clock = clock;
    }

    /** A narration of the session's text when somebody listens to its events, else {@link #silent()}. */
    static Narration of(UUID sessionId, InterviewEvents events, Clock clock) {
        return events.hasSubscribers(sessionId) ? new Narration(sessionId, events, clock) : SILENT;
    }

    /** No text is streamed: interviewers are asked for whole replies. */
    static Narration silent() {
        return SILENT;
    }

    /** Whether interviewers should stream to this narration. */
    boolean active() {
        return this != SILENT;
    }

    @Override
    public synchronized void text(ModelTextChunk chunk) {
        if (!active() || closed.contains(chunk.step())) {
            return;
        }
        open.add(chunk.step());
        events.publish(new InterviewEvent.TextStreamed(sessionId, clock.instant(), chunk));
    }

    /** The interviewer withdraws the step's text to ask again (a repair); the step may stream anew. */
    @Override
    public synchronized void discard(ModelStep step) {
        if (open.remove(step)) {
            events.publish(new InterviewEvent.TextDiscarded(sessionId, clock.instant(), step));
        }
    }

    /** The engine gives the step up (the fallback answers it): its text is withdrawn and no more is taken. */
    synchronized void abandon(ModelStep step) {
        if (active()) {
            discard(step);
            closed.add(step);
        }
    }

    /** The operation failed or was cancelled: every step's text is withdrawn. */
    synchronized void abandonAll() {
        for (ModelStep step : ModelStep.values()) {
            abandon(step);
        }
    }

    /** The operation's turns are stored and published: they supersede the streamed text. */
    synchronized void settle() {
        if (active()) {
            open.clear();
            closed.addAll(EnumSet.allOf(ModelStep.class));
        }
    }

    /** The operation, withdrawing the text it streamed when it fails or is cancelled before it is stored. */
    <T> Mono<T> around(Mono<T> operation) {
        if (!active()) {
            return operation;
        }
        return operation.doOnError(error -> abandonAll()).doOnCancel(this::abandonAll);
    }
}
