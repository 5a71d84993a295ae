package dev.maangtracker.core.interview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maangtracker.core.testing.MutableClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;

/** Which streamed text an operation publishes and withdraws. */
class NarrationTest {

    private final UUID session = UUID.randomUUID();
    private final InterviewEvents events = new InterviewEvents();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T09:00:00Z"));
    private final List<InterviewEvent> published = Collections.synchronizedList(new ArrayList<>());
    private Disposable listening;

    @AfterEach
    void stop() {
        if (listening != null) {
            listening.dispose();
        }
    }

    private Narration listened() {
        listening = events.of(session).subscribe(published::add);
        return Narration.of(session, events, clock);
    }

    private static ModelTextChunk chunk(ModelStep step, String text) {
        return new ModelTextChunk(step, TurnKind.QUESTION, "q1", "text", text);
    }

    private List<String> log() {
        List<String> out = new ArrayList<>();
        for (InterviewEvent event : List.copyOf(published)) {
            if (event instanceof InterviewEvent.TextStreamed streamed) {
                out.add(streamed.chunk().step() + ":" + streamed.chunk().text());
            } else if (event instanceof InterviewEvent.TextDiscarded discarded) {
                out.add("discard " + discarded.step());
            }
        }
        return out;
    }

    @Test
    void isSilentWithoutSubscribers() {
        Narration narration = Narration.of(session, events, clock);

        assertThat(narration.active()).isFalse();
        narration.text(chunk(ModelStep.QUESTION, "a"));
        narration.abandonAll();
        listening = events.of(session).subscribe(published::add);
        narration.text(chunk(ModelStep.QUESTION, "b"));
        assertThat(published).isEmpty();
    }

    @Test
    void discardsOnlyStepsWithTextOutAndOnlyOnce() {
        Narration narration = listened();

        narration.discard(ModelStep.HINT);
        narration.text(chunk(ModelStep.EVALUATION, "a"));
        narration.discard(ModelStep.EVALUATION);
        narration.discard(ModelStep.EVALUATION);
        narration.text(chunk(ModelStep.EVALUATION, "b"));

        assertThat(log()).containsExactly("EVALUATION:a", "discard EVALUATION", "EVALUATION:b");
    }

    @Test
    void dropsTextThatArrivesAfterTheStepWasGivenUp() {
        Narration narration = listened();
        narration.text(chunk(ModelStep.QUESTION, "a"));
        narration.text(chunk(ModelStep.EVALUATION, "e"));

        narration.abandon(ModelStep.QUESTION);
        narration.text(chunk(ModelStep.QUESTION, "late"));
        narration.text(chunk(ModelStep.EVALUATION, "f"));
        narration.abandonAll();

        assertThat(log()).containsExactly("QUESTION:a", "EVALUATION:e", "discard QUESTION", "EVALUATION:f",
                "discard EVALUATION");
    }

    @Test
    void storedTextIsNeverWithdrawn() {
        Narration narration = listened();
        narration.text(chunk(ModelStep.HINT, "a"));

        narration.settle();
        narration.abandonAll();
        narration.text(chunk(ModelStep.HINT, "late"));

        assertThat(log()).containsExactly("HINT:a");
    }
}
