package dev.maangtracker.boot.system;

import static dev.maangtracker.boot.system.FullModeApp.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.maangtracker.core.evaluation.InterviewReport;
import dev.maangtracker.core.interview.AnswerResult;
import dev.maangtracker.core.interview.CandidateAnswer;
import dev.maangtracker.core.interview.InterviewEngine;
import dev.maangtracker.core.interview.InterviewSession;
import dev.maangtracker.core.interview.NewInterview;
import dev.maangtracker.core.interview.SessionStatus;
import java.util.List;
import java.util.UUID;
import java.util.function.BiConsumer;

/**
 * Drives one interview to its report through a list of engines, step {@code i} on engine {@code i % n}:
 * one engine is one instance, two engines alternate between instances. After every step each engine must
 * read exactly the state the step stored (no instance serves a stale session).
 */
final class InterviewRun {

    /** More steps than any default interview needs; a loop past it is a bug. */
    private static final int MAX_STEPS = 40;

    private final List<InterviewEngine> engines;
    private int step;

    InterviewRun(List<InterviewEngine> engines) {
        this.engines = List.copyOf(engines);
    }

    /** The engine of the next step. */
    InterviewEngine next() {
        return engines.get(step++ % engines.size());
    }

    /** Creates, starts and answers a session until it is finished, then completes it; emits the report. */
    InterviewReport run(UUID user, NewInterview request, CandidateAnswer answer,
                        BiConsumer<InterviewRun, InterviewSession> betweenAnswers) {
        InterviewSession session = next().create(user, request).block(TIMEOUT);
        session = everyoneSees(user, next().start(user, session.id()).block(TIMEOUT).session());
        for (int i = 0; i < MAX_STEPS; i++) {
            betweenAnswers.accept(this, session);
            session = everyoneSees(user, next().get(user, session.id()).block(TIMEOUT));
            AnswerResult result = next().answer(user, session.id(), answer).block(TIMEOUT);
            session = everyoneSees(user, result.session());
            if (result.finished()) {
                InterviewReport report = next().complete(user, session.id()).block(TIMEOUT);
                InterviewSession completed = everyoneSees(user, engines.get(0).get(user, session.id()).block(TIMEOUT));
                assertThat(completed.status()).isEqualTo(SessionStatus.COMPLETED);
                assertThat(completed.report()).isEqualTo(report);
                for (InterviewEngine engine : engines) {
                    assertThat(engine.report(user, session.id()).block(TIMEOUT)).isEqualTo(report);
                }
                return report;
            }
        }
        throw new AssertionError("the interview did not finish within " + MAX_STEPS + " answers");
    }

    /** The step's stored session is what every engine now reads, with all its turns. */
    private InterviewSession everyoneSees(UUID user, InterviewSession expected) {
        for (InterviewEngine engine : engines) {
            assertThat(engine.get(user, expected.id()).block(TIMEOUT)).isEqualTo(expected);
            assertThat(engine.turns(user, expected.id()).count().block(TIMEOUT)).isEqualTo(expected.turnCount());
        }
        return expected;
    }
}
