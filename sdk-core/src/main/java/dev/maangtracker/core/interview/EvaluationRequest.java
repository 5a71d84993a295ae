package dev.maangtracker.core.interview;

import dev.maangtracker.core.analytics.AnswerAnalytics;
import dev.maangtracker.core.candidate.MemorySnippet;
import java.util.List;
import java.util.Objects;

/**
 * What an interviewer knows when evaluating an answer.
 *
 * @param session       the session
 * @param question      the question answered
 * @param answer        the answer
 * @param analytics     the answer's analytics
 * @param conversation  the turns so far on this question (question, follow-ups, hints, earlier answers)
 * @param followUpsAsked how many follow-ups were already asked on this question
 * @param maxFollowUps  how many follow-ups the engine allows on one question
 * @param overTime      whether the answer came after the question's time limit
 * @param memories      the candidate's relevant past answers
 */
public record EvaluationRequest(InterviewSession session, InterviewQuestion question, CandidateAnswer answer,
                                AnswerAnalytics analytics, List<Turn> conversation, int followUpsAsked,
                                int maxFollowUps, boolean overTime, List<MemorySnippet> memories) {

    /** Validates every field; see the component descriptions. */
    public EvaluationRequest {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(analytics, "analytics");
        conversation = List.copyOf(conversation);
        memories = List.copyOf(memories);
    }

    /** How many hints the candidate took on this question. */
    public int hintsUsed() {
        return (int) conversation.stream().filter(turn -> turn.kind() == TurnKind.HINT).count();
    }

    /** Whether the engine would still accept a follow-up on this question. */
    public boolean followUpAllowed() {
        return followUpsAsked < maxFollowUps;
    }
}
