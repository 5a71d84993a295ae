package dev.maangtracker.app.live;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.maangtracker.core.analytics.AnswerAnalytics;
import dev.maangtracker.core.evaluation.AnswerEvaluation;
import dev.maangtracker.core.evaluation.DimensionScore;
import dev.maangtracker.core.evaluation.InterviewReport;
import dev.maangtracker.core.interview.CodeCheck;
import dev.maangtracker.core.interview.InterviewSession;
import dev.maangtracker.core.interview.ModelStep;
import dev.maangtracker.core.interview.ModelTextChunk;
import dev.maangtracker.core.interview.SessionStatus;
import dev.maangtracker.core.interview.Turn;
import dev.maangtracker.core.interview.TurnKind;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The payloads of the server's frames, built from what the engine returned. */
final class LivePayloads {

    private LivePayloads() {
    }

    /**
     * {@code interview:question}: a new question or a follow-up.
     *
     * @param turnId           the stored turn
     * @param kind             {@code QUESTION} or {@code FOLLOW_UP}
     * @param questionId       the bank question it concerns
     * @param text             what the interviewer asks
     * @param questionNumber   how many questions have been asked, this one included
     * @param timeLimitSeconds the time allowed per question
     * @param producedBy       the interviewer that phrased it
     * @param askedAt          when it was asked
     */
    record Question(UUID turnId, TurnKind kind, String questionId, String text, int questionNumber,
                    long timeLimitSeconds, String producedBy, Instant askedAt) {

        static Question of(Turn turn, InterviewSession session) {
            return new Question(turn.id(), turn.kind(), turn.questionId(), turn.text(),
                    session.askedQuestionIds().size(), session.questionTimeLimit().toSeconds(), turn.producedBy(),
                    turn.createdAt());
        }
    }

    /**
     * {@code interview:hint}: a hint on the current question.
     *
     * @param turnId     the stored turn
     * @param questionId the question it helps with
     * @param text       the hint
     * @param producedBy the interviewer that gave it
     */
    record Hint(UUID turnId, String questionId, String text, String producedBy) {

        static Hint of(Turn turn) {
            return new Hint(turn.id(), turn.questionId(), turn.text(), turn.producedBy());
        }
    }

    /**
     * {@code interview:feedback}: the interviewer's words on an answer.
     *
     * @param turnId     the stored feedback turn
     * @param questionId the question answered
     * @param text       the feedback
     * @param producedBy the interviewer that evaluated
     * @param note       why a fallback answered or why code was not run, or absent
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Feedback(UUID turnId, String questionId, String text, String producedBy, String note) {

        static Feedback of(Turn turn, AnswerEvaluation evaluation) {
            return new Feedback(turn.id(), turn.questionId(), turn.text(), turn.producedBy(), evaluation.note());
        }
    }

    /**
     * {@code interview:score}: the scores of an answer and its analytics.
     *
     * @param questionId    the question answered
     * @param overallScore  0 to 100
     * @param dimensions    each dimension's score with evidence and rationale
     * @param coveredPoints rubric points covered
     * @param missedPoints  rubric points missed
     * @param strengths     what was good
     * @param improvements  what to do better
     * @param codeVerdict   the judge's verdict on the answer's code when it ran, else absent
     * @param analytics     fillers, pace, structure, specificity, ...
     * @param finished      whether every question is answered: the client may complete the interview
     */
    record Score(String questionId, int overallScore, List<DimensionScore> dimensions, List<String> coveredPoints,
                 List<String> missedPoints, List<String> strengths, List<String> improvements,
                 @JsonInclude(JsonInclude.Include.NON_NULL) String codeVerdict, AnswerAnalytics analytics,
                 boolean finished) {

        static Score of(AnswerEvaluation evaluation, AnswerAnalytics analytics, boolean finished) {
            String verdict = evaluation.dimensions().stream()
                    .filter(d -> d.dimension().equals(CodeCheck.DIMENSION) && d.rationale().startsWith(CodeCheck.VERDICT))
                    .map(DimensionScore::rationale).findFirst().orElse(null);
            return new Score(evaluation.questionId(), evaluation.overallScore(), evaluation.dimensions(),
                    evaluation.coveredPoints(), evaluation.missedPoints(), evaluation.strengths(),
                    evaluation.improvements(), verdict, analytics, finished);
        }
    }

    /**
     * {@code interview:token}: a piece of the interviewer's words while the model writes them, sent
     * before the step's final frames, which carry the words as stored and replace the pieces.
     *
     * @param step       the interviewer step speaking: {@code QUESTION}, {@code EVALUATION}, {@code HINT}, {@code SUMMARY}
     * @param kind       what the words become: {@code QUESTION}, {@code FOLLOW_UP}, {@code FEEDBACK}, {@code HINT}, {@code SUMMARY}
     * @param questionId the question concerned; absent for the summary
     * @param field      which part: {@code text} (question, hint), {@code strengths}, {@code improvements},
     *                   {@code followUp}, {@code weaknesses}, {@code recommendations}
     * @param text       the characters since the field's previous piece (list items are separated by a line break)
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Token(ModelStep step, TurnKind kind, String questionId, String field, String text) {

        static Token of(ModelTextChunk chunk) {
            return new Token(chunk.step(), chunk.kind(), chunk.questionId(), chunk.field(), chunk.text());
        }
    }

    /**
     * {@code interview:token-reset}: drop what {@code interview:token} frames of this step showed; the
     * step's reply is asked for again, or the offline interviewer answers it, or the step failed.
     *
     * @param step the interviewer step whose pieces are void
     */
    record TokenReset(ModelStep step) {
    }

    /**
     * {@code interview:status}: the session's state, on connecting and on every change.
     *
     * @param status   the state now
     * @param previous the state before, or {@code null} in the frame sent on connecting
     */
    record Status(SessionStatus status, SessionStatus previous) {
    }

    /**
     * {@code interview:complete}: the final report.
     *
     * @param report overall score, dimensions, strengths, weaknesses, recommendations, each question
     */
    record Complete(InterviewReport report) {
    }

    /**
     * {@code interview:error}: what was wrong with a frame, shaped like an RFC 9457 problem.
     *
     * @param status the HTTP status the same mistake gets from the API
     * @param title  the status's reason phrase
     * @param detail what to fix
     * @param field  the offending field, when one is to blame
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Error(int status, String title, String detail, String field) {
    }
}
