package dev.maangtracker.core.interview;

import static dev.maangtracker.core.interview.EngineFixture.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.maangtracker.core.error.ConflictException;
import dev.maangtracker.core.question.Difficulty;
import dev.maangtracker.core.question.InterviewMode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Many answers racing on one session leave one consistent history: no lost, duplicated or interleaved turns. */
class ConcurrentAnswersTest {

    private static final int WRITERS = 16;

    @Test
    void parallelAnswersLeaveAConsistentHistory() throws Exception {
        EngineFixture fixture = new EngineFixture();
        InterviewEngine engine = fixture.engine();
        UUID user = UUID.randomUUID();
        UUID id = engine.create(user, NewInterview.of(InterviewMode.BEHAVIORAL, Difficulty.MEDIUM)).block(TIMEOUT).id();
        engine.start(user, id).block(TIMEOUT);

        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<String>> outcomes = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) {
            String text = "Answer number " + i + ": I led the migration and we cut costs by " + (10 + i) + "%.";
            outcomes.add(pool.submit(() -> {
                go.await();
                try {
                    engine.answer(user, id, CandidateAnswer.of(text)).block(TIMEOUT);
                    return text;
                } catch (ConflictException lostRace) {
                    return null;
                }
            }));
        }
        go.countDown();
        List<String> stored = new ArrayList<>();
        for (Future<String> outcome : outcomes) {
            String text = outcome.get(30, TimeUnit.SECONDS);
            if (text != null) {
                stored.add(text);
            }
        }
        pool.shutdown();

        List<Turn> turns = engine.turns(user, id).collectList().block(TIMEOUT);
        InterviewSession session = engine.get(user, id).block(TIMEOUT);
        assertThat(stored).isNotEmpty();
        assertThat(turns).extracting(Turn::sequence)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, turns.size()).boxed().toList());
        assertThat(session.turnCount()).isEqualTo(turns.size());
        List<String> answers = turns.stream().filter(t -> t.kind() == TurnKind.ANSWER).map(Turn::text).toList();
        assertThat(answers).containsExactlyInAnyOrderElementsOf(stored);
        for (int i = 0; i < turns.size(); i++) {
            if (turns.get(i).kind() == TurnKind.ANSWER) {
                assertThat(turns.get(i + 1).kind()).as("feedback follows each answer").isEqualTo(TurnKind.FEEDBACK);
                assertThat(turns.get(i + 1).questionId()).isEqualTo(turns.get(i).questionId());
            }
        }
        assertThat(session.version()).isEqualTo(1 + stored.size());
    }
}
