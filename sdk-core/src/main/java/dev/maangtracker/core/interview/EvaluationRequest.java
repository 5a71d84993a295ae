package dev.maangtracker.core.interview;

import dev.maangtracker.core.analytics.AnswerAnalytics;
import dev.maangtracker.core.candidate.MemorySnippet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

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
 * @param codeRun       what running the answer's code against the problem's tests showed (the judge's verdict, or
 *                      why the code was not run), empty when the answer has no code to run; an interviewer that
 *                      only reads the code bases correctness on this, not on its own reading
 */
public record EvaluationRequest(InterviewSession session, InterviewQuestion question, CandidateAnswer answer,
                                AnswerAnalytics analytics, List<Turn> conversation, int followUpsAsked,
                                int maxFollowUps, boolean overTime, List<MemorySnippet> memories,
                                Optional<String> codeRun) {

    /** Validates every field; see the component descriptions. */
    public EvaluationRequest {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(analytics, "analytics");
        conversation = List.copyOf(conversation);
        memories = List.copyOf(memories);
        Objects.requireNonNull(codeRun, "codeRun");
    }

    /** A request for an answer whose code was not run (or that has none). */
    public EvaluationRequest(InterviewSession session, InterviewQuestion question, CandidateAnswer answer,
                             AnswerAnalytics analytics, List<Turn> conversation, int followUpsAsked,
                             int maxFollowUps, boolean overTime, List<MemorySnippet> memories) {
        this(session, question, answer, analytics, conversation, followUpsAsked, maxFollowUps, overTime, memories,
                Optional.empty());
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
