package dev.maangtracker.core.interview;

import java.util.List;
import reactor.core.publisher.Mono;

/**
 * Told about every step the engine has committed, so the rest of the product can learn from the
 * interview: the RAG memory remembers the candidate's answers, the tracker records weaknesses and
 * activity. Runs after the commit, before the step's result is returned, on every instance that
 * serves a step (unlike {@link InterviewEvent}s, which only reach subscribers of this process).
 *
 * <p>The step is already stored when a listener runs, so a listener's failure cannot undo it:
 * the engine logs the failure and returns the step's result anyway.
 */
@FunctionalInterface
public interface StepListener {

    /**
     * Called once per committed step.
     *
     * @param previous the session before the step
     * @param stored   the session as committed
     * @param newTurns the turns the step appended, in order (may be empty, e.g. pause)
     * @return completes when the listener is done
     */
    Mono<Void> committed(InterviewSession previous, InterviewSession stored, List<Turn> newTurns);

    /** A listener that does nothing. */
    static StepListener none() {
        return (previous, stored, newTurns) -> Mono.empty();
    }

    /** Both listeners, this one first; the second runs even when the first fails. */
    default StepListener andThen(StepListener next) {
        return (previous, stored, newTurns) -> committed(previous, stored, newTurns)
                .onErrorResume(error -> Mono.empty())
                .then(Mono.defer(() -> next.committed(previous, stored, newTurns)));
    }
}
