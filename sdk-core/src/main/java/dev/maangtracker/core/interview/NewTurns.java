package dev.maangtracker.core.interview;

import dev.maangtracker.core.analytics.AnswerAnalytics;
import dev.maangtracker.core.evaluation.AnswerEvaluation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The turns one engine step appends, numbered on from the session's stored turns. */
final class NewTurns {

    private final InterviewSession session;
    private final Instant at;
    private final List<Turn> turns = new ArrayList<>();

    NewTurns(InterviewSession session, Instant at) {
        this.session = session;
        this.at = at;
    }

    /** Appends a turn spoken by {@code outcome}'s producer, preceded by a system note when it was a fallback. */
    Turn add(InterviewEngine.Outcome<?> outcome, TurnKind kind, String questionId, String text,
             AnswerEvaluation evaluation) {
        if (outcome.fellBack()) {
            add(TurnRole.SYSTEM, TurnKind.FEEDBACK, questionId, outcome.note(), null, null, null, null, "engine");
        }
        return add(TurnRole.INTERVIEWER, kind, questionId, text, null, null, evaluation, null, outcome.producedBy());
    }

    /** Appends a turn. */
    Turn add(TurnRole role, TurnKind kind, String questionId, String text, String code, String language,
             AnswerEvaluation evaluation, AnswerAnalytics analytics, String producedBy) {
        Turn turn = new Turn(UUID.randomUUID(), session.id(), session.turnCount() + turns.size() + 1, role, kind,
                questionId, text, code, language, evaluation, analytics, producedBy, at);
        turns.add(turn);
        return turn;
    }

    /** The session's turn count once these are stored. */
    int turnCountAfter() {
        return session.turnCount() + turns.size();
    }

    List<Turn> list() {
        return List.copyOf(turns);
    }
}
