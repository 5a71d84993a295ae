package dev.maangtracker.tracker.interview;

import dev.maangtracker.core.evaluation.AnswerEvaluation;
import dev.maangtracker.core.evaluation.DimensionScore;
import dev.maangtracker.core.interview.CodeCheck;
import dev.maangtracker.core.interview.InterviewSession;
import dev.maangtracker.core.interview.SessionStatus;
import dev.maangtracker.core.interview.Turn;
import dev.maangtracker.core.interview.TurnKind;
import dev.maangtracker.core.interview.TurnRole;
import dev.maangtracker.core.judge.Verdict;
import dev.maangtracker.core.question.Difficulty;
import dev.maangtracker.core.question.InterviewMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * An interview written turn by turn, as the engine stores it, for tests of what its questions amount to. The clock
 * starts at {@link #T0} and each call says how much time passed.
 */
final class ScriptedSession {

    static final Instant T0 = Instant.parse("2026-05-04T09:00:00Z");

    private final UUID user;
    private InterviewSession session;
    private final List<Turn> turns = new ArrayList<>();
    private Instant now = T0;

    ScriptedSession(UUID user, InterviewMode mode) {
        this.user = user;
        this.session = InterviewSession.create(UUID.randomUUID(), user, mode, Difficulty.EASY, null, null,
                Duration.ofMinutes(30), T0);
    }

    UUID user() {
        return user;
    }

    InterviewSession session() {
        return session;
    }

    List<Turn> turns() {
        return List.copyOf(turns);
    }

    /** Asks a new question after {@code after}; emits the session before and after, as a step would. */
    InterviewSession[] ask(String questionId, Duration after) {
        now = now.plus(after);
        InterviewSession previous = session;
        List<String> asked = new ArrayList<>(session.askedQuestionIds());
        asked.add(questionId);
        add(TurnRole.INTERVIEWER, TurnKind.QUESTION, questionId, "Solve " + questionId, null, null, null);
        session = session.toBuilder().status(SessionStatus.IN_PROGRESS).askedQuestionIds(asked)
                .startedAt(previous.startedAt() == null ? now : previous.startedAt()).questionStartedAt(now)
                .turnCount(turns.size()).version(session.version() + 1).build();
        return new InterviewSession[] {previous, session};
    }

    /** A hint on the current question after {@code after}. */
    void hint(Duration after) {
        now = now.plus(after);
        add(TurnRole.INTERVIEWER, TurnKind.HINT, session.currentQuestionId(), "Think of a map", null, null, null);
        session = session.toBuilder().turnCount(turns.size()).version(session.version() + 1).build();
    }

    /** A pause of {@code length}: the question's clock skips it. */
    void pause(Duration length) {
        now = now.plus(length);
        session = session.toBuilder().questionStartedAt(session.questionStartedAt().plus(length))
                .version(session.version() + 1).build();
    }

    /** An answer after {@code after} and its evaluation, with code in {@code language} when not null. */
    void answer(Duration after, String language, AnswerEvaluation evaluation) {
        now = now.plus(after);
        String questionId = session.currentQuestionId();
        add(TurnRole.CANDIDATE, TurnKind.ANSWER, questionId, "My answer", language == null ? null : "code();",
                language, null);
        add(TurnRole.INTERVIEWER, TurnKind.FEEDBACK, questionId, "Feedback", null, null, evaluation);
        session = session.toBuilder().turnCount(turns.size()).version(session.version() + 1).build();
    }

    /** Completes the session; emits the session before and after. */
    InterviewSession[] complete() {
        return end(SessionStatus.COMPLETED);
    }

    /** Abandons the session; emits the session before and after. */
    InterviewSession[] abandon() {
        return end(SessionStatus.ABANDONED);
    }

    private InterviewSession[] end(SessionStatus status) {
        now = now.plusSeconds(5);
        InterviewSession previous = session;
        session = session.toBuilder().status(status).pausedAt(null).endedAt(now).version(session.version() + 1)
                .build();
        return new InterviewSession[] {previous, session};
    }

    private void add(TurnRole role, TurnKind kind, String questionId, String text, String code, String language,
                     AnswerEvaluation evaluation) {
        turns.add(new Turn(UUID.randomUUID(), session.id(), turns.size() + 1, role, kind, questionId, text, code,
                language, evaluation, null, role == TurnRole.CANDIDATE ? "candidate" : "rubric", now));
    }

    /** An evaluation whose code the judge ran, as the engine merges it. */
    static AnswerEvaluation ran(String questionId, int overall, Verdict verdict, int passed, int total) {
        int score = verdict == Verdict.ACCEPTED ? 100 : Math.min(99, Math.round(100f * passed / total));
        return evaluation(questionId, overall, List.of(new DimensionScore(CodeCheck.DIMENSION, score, List.of(),
                CodeCheck.VERDICT + verdict + ": " + passed + " of " + total + " tests passed")));
    }

    /** An evaluation of an answer whose code did not run (or had no code), with these dimensions. */
    static AnswerEvaluation evaluation(String questionId, int overall, List<DimensionScore> dimensions) {
        return new AnswerEvaluation(questionId, overall, dimensions, List.of(), List.of(), List.of(), List.of(), null,
                "rubric", null);
    }
}
