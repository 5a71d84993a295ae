package dev.maangtracker.core.interview;

import dev.maangtracker.core.evaluation.AnswerEvaluation;
import dev.maangtracker.core.evaluation.InterviewReport;
import reactor.core.publisher.Mono;

/**
 * The interviewer of a mock interview: picks and asks questions, evaluates answers (deciding on a
 * follow-up), gives graded hints and writes the final report. The engine keeps the session's state
 * and calls the interviewer for each step; an interviewer holds no per-session state.
 *
 * <p>Implementations: {@link RubricInterviewer} (offline, deterministic, the embedded default and
 * the fallback of every step) and {@link LlmInterviewer} (a language model, falling back to the
 * rubric interviewer step by step). Errors are signalled, never thrown from the method itself.
 */
public interface Interviewer {

    /** A short name recorded on every turn this interviewer produces, e.g. {@code "rubric"}. */
    String name();

    /** Picks the next question for the session and says how to ask it. */
    Mono<AskedQuestion> nextQuestion(QuestionRequest request);

    /** Evaluates an answer to the current question, with a follow-up question when one is worth asking. */
    Mono<AnswerEvaluation> evaluate(EvaluationRequest request);

    /** A hint on the current question at the requested level (1 = gentlest). */
    Mono<String> hint(HintRequest request);

    /** The final report of a session. */
    Mono<InterviewReport> summarise(SummaryRequest request);
}
