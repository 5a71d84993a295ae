package dev.maangtracker.core.interview;

import static dev.maangtracker.core.interview.EngineFixture.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.maangtracker.core.question.Difficulty;
import dev.maangtracker.core.question.InterviewMode;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

class StepListenerTest {

    /** One call of the listener, as it saw it. */
    record Call(SessionStatus before, SessionStatus after, long version, List<TurnKind> kinds) {
    }

    private final EngineFixture fixture = new EngineFixture();
    private final UUID alice = UUID.randomUUID();
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final StepListener recording = (previous, stored, turns) -> Mono.fromRunnable(() -> calls.add(
            new Call(previous.status(), stored.status(), stored.version(), turns.stream().map(Turn::kind).toList())));

    @Test
    void hearsEveryCommittedStepWithItsNewTurnsInOrder() {
        InterviewEngine engine = fixture.builder().stepListener(recording).build();
        UUID id = engine.create(alice, NewInterview.of(InterviewMode.BEHAVIORAL, Difficulty.MEDIUM)).block(TIMEOUT).id();
        engine.start(alice, id).block(TIMEOUT);
        engine.answer(alice, id, CandidateAnswer.of("I led the migration of our billing service to a new "
                + "database; I planned it, measured the risk and we shipped with no downtime.")).block(TIMEOUT);
        engine.pause(alice, id).block(TIMEOUT);
        engine.resume(alice, id).block(TIMEOUT);
        engine.complete(alice, id).block(TIMEOUT);

        assertThat(calls).extracting(Call::after).containsExactly(SessionStatus.IN_PROGRESS,
                SessionStatus.IN_PROGRESS, SessionStatus.PAUSED, SessionStatus.IN_PROGRESS, SessionStatus.COMPLETED);
        assertThat(calls.get(0).before()).isEqualTo(SessionStatus.CREATED);
        assertThat(calls).extracting(Call::version).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(calls.get(1).kinds()).startsWith(TurnKind.ANSWER).contains(TurnKind.FEEDBACK);
        List<Turn> stored = fixture.repository.turns(alice, id).collectList().block(TIMEOUT);
        assertThat(calls.stream().mapToInt(call -> call.kinds().size()).sum())
                .as("every stored turn reached the listener exactly once").isEqualTo(stored.size());
    }

    @Test
    void aFailingListenerNeitherFailsNorUndoesTheStep() {
        StepListener failing = (previous, stored, turns) -> Mono.error(new IllegalStateException("memory down"));
        InterviewEngine engine = fixture.builder().stepListener(failing.andThen(recording)).build();
        UUID id = engine.create(alice, NewInterview.of(InterviewMode.HR, Difficulty.EASY)).block(TIMEOUT).id();

        InterviewStep step = engine.start(alice, id).block(TIMEOUT);

        assertThat(step.session().status()).isEqualTo(SessionStatus.IN_PROGRESS);
        assertThat(engine.get(alice, id).block(TIMEOUT).version()).isEqualTo(1);
        assertThat(calls).as("the next listener still ran").hasSize(1);
    }

    @Test
    void aRejectedStepIsNotHeard() {
        InterviewEngine engine = fixture.builder().stepListener(recording).build();
        UUID id = engine.create(alice, NewInterview.of(InterviewMode.HR, Difficulty.EASY)).block(TIMEOUT).id();

        assertThat(engine.pause(alice, id).onErrorResume(error -> Mono.empty()).block(TIMEOUT))
                .as("a CREATED session cannot be paused").isNull();

        assertThat(calls).isEmpty();
    }
}
