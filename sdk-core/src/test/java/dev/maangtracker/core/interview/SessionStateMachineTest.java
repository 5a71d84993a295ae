package dev.maangtracker.core.interview;

import static dev.maangtracker.core.interview.EngineFixture.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.maangtracker.core.error.InvalidStateException;
import dev.maangtracker.core.error.MaangException;
import dev.maangtracker.core.question.Difficulty;
import dev.maangtracker.core.question.InterviewMode;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.ArrayList;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No sequence of engine calls reaches an illegal state: every call either moves the session along
 * an allowed transition (version +1, turns appended in sequence) or fails with a typed error and
 * changes nothing; final states stay final.
 *
 * <p>A property test over seeded random call sequences (a failure names the seed that reproduces
 * it). jqwik is not used: its maintainers ask AI coding agents not to use it.
 */
class SessionStateMachineTest {

    enum Op { START, ANSWER, HINT, PAUSE, RESUME, COMPLETE, ABANDON, WAIT }

    /** Sequences tried; each seed gives a mode and 1 to 25 calls. */
    static final int TRIES = 200;

    static IntStream seeds() {
        return IntStream.range(0, TRIES);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void noSequenceOfCallsReachesAnIllegalState(int seed) {
        Random random = new Random(seed);
        InterviewMode mode = InterviewMode.values()[random.nextInt(InterviewMode.values().length)];
        List<Op> ops = new ArrayList<>();
        int length = 1 + random.nextInt(25);
        for (int i = 0; i < length; i++) {
            ops.add(Op.values()[random.nextInt(Op.values().length)]);
        }
        EngineFixture fixture = new EngineFixture();
        InterviewEngine engine = fixture.engine();
        UUID user = UUID.randomUUID();
        InterviewSession session = engine.create(user, NewInterview.of(mode, Difficulty.MEDIUM)).block(TIMEOUT);
        for (Op op : ops) {
            InterviewSession before = engine.get(user, session.id()).block(TIMEOUT);
            List<Turn> turnsBefore = engine.turns(user, session.id()).collectList().block(TIMEOUT);
            boolean failed = false;
            try {
                apply(engine, fixture, user, session.id(), op);
            } catch (InvalidStateException refused) {
                failed = true;
            }
            InterviewSession after = engine.get(user, session.id()).block(TIMEOUT);
            List<Turn> turnsAfter = engine.turns(user, session.id()).collectList().block(TIMEOUT);
            if (failed || op == Op.WAIT) {
                assertThat(after).isEqualTo(before);
                assertThat(turnsAfter).isEqualTo(turnsBefore);
            } else {
                assertThat(after.version()).isEqualTo(before.version() + 1);
                assertThat(before.status() == after.status() || before.status().canMoveTo(after.status()))
                        .as("%s: %s -> %s", op, before.status(), after.status()).isTrue();
                assertThat(turnsAfter.subList(0, turnsBefore.size())).isEqualTo(turnsBefore);
            }
            assertThat(before.status().isFinal() && after.status() != before.status()).isFalse();
            assertThat(turnsAfter).extracting(Turn::sequence)
                    .containsExactlyElementsOf(IntStream.rangeClosed(1, turnsAfter.size()).boxed().toList());
            assertThat(after.turnCount()).isEqualTo(turnsAfter.size());
            assertThat(after.status() == SessionStatus.PAUSED).isEqualTo(after.pausedAt() != null);
            assertThat(after.report() != null).isEqualTo(after.status() == SessionStatus.COMPLETED);
        }
    }

    private static void apply(InterviewEngine engine, EngineFixture fixture, UUID user, UUID id, Op op) {
        try {
            switch (op) {
                case START -> engine.start(user, id).block(TIMEOUT);
                case ANSWER -> engine.answer(user, id, CandidateAnswer.of(
                        "I owned the fix: I profiled the service, found the slow query and cut latency by 40%.")).block(TIMEOUT);
                case HINT -> engine.hint(user, id).block(TIMEOUT);
                case PAUSE -> engine.pause(user, id).block(TIMEOUT);
                case RESUME -> engine.resume(user, id).block(TIMEOUT);
                case COMPLETE -> engine.complete(user, id).block(TIMEOUT);
                case ABANDON -> engine.abandon(user, id).block(TIMEOUT);
                case WAIT -> fixture.clock.advance(Duration.ofMinutes(7));
            }
        } catch (InvalidStateException expected) {
            throw expected;
        } catch (MaangException other) {
            throw new AssertionError(op + " failed with an unexpected " + other.getClass().getSimpleName(), other);
        }
    }
}
