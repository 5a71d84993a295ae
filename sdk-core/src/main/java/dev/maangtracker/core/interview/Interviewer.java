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
 * {@link #streamingTo} lets a model-backed interviewer show its words while they are written.
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

    /**
     * This interviewer, also passing its words to {@code sink} while a language model writes them.
     * The returned interviewer is meant for the calls of one engine step: the results are the same as
     * this interviewer's, still validated from the complete reply. An interviewer without a model has
     * nothing to stream and returns itself (the default): its words arrive whole, with the result.
     *
     * @param sink receives the text and its withdrawal; not null
     */
    default Interviewer streamingTo(ModelTextSink sink) {
        return this;
    }
}
