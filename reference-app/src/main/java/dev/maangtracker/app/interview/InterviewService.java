package dev.maangtracker.app.interview;

import dev.maangtracker.app.judge.JudgeRuns;
import dev.maangtracker.app.judge.JudgeService;
import dev.maangtracker.app.judge.VerdictsView;
import dev.maangtracker.app.question.QuestionService;
import dev.maangtracker.core.error.NotFoundException;
import dev.maangtracker.core.evaluation.InterviewReport;
import dev.maangtracker.core.interview.AnswerResult;
import dev.maangtracker.core.interview.InterviewEngine;
import dev.maangtracker.core.interview.NewInterview;
import dev.maangtracker.core.interview.SessionStatus;
import dev.maangtracker.core.interview.Turn;
import dev.maangtracker.core.judge.CodeSubmissionRepository;
import dev.maangtracker.rag.forget.MemoryForgetter;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The interview endpoints' logic: calls the engine's public steps (every one scoped to the caller,
 * so another user's interview is simply not found) and turns their results into the API's views.
 */
@Service
public class InterviewService {

    private final InterviewEngine engine;
    private final QuestionService questions;
    private final JudgeService judge;
    private final CodeSubmissionRepository submissions;
    private final MemoryForgetter memories;

    /**
     * @param engine      the interview engine
     * @param questions   the coding details of questions
     * @param judge       stores the code runs of answers
     * @param submissions the stored code runs, deleted with their interview
     * @param memories    forgets an interview's remembered answers with it
     */
    public InterviewService(InterviewEngine engine, QuestionService questions, JudgeService judge,
                            CodeSubmissionRepository submissions, MemoryForgetter memories) {
        this.engine = engine;
        this.questions = questions;
        this.judge = judge;
        this.submissions = submissions;
        this.memories = memories;
    }

    /** Creates an interview in CREATED. */
    public Mono<InterviewView> create(UUID userId, CreateInterviewRequest request) {
        return Mono.fromCallable(() -> new NewInterview(request.type().mode(), request.difficulty(),
                        request.targetCompany(), request.targetRole(), null))
                .flatMap(interview -> engine.create(userId, interview)).map(InterviewView::of);
    }

    /** The caller's interviews, newest first. */
    public Flux<InterviewView> list(UUID userId, int limit) {
        return engine.list(userId, limit).map(InterviewView::of);
    }

    /** One of the caller's interviews. */
    public Mono<InterviewView> get(UUID userId, UUID id) {
        return engine.get(userId, id).map(InterviewView::of);
    }

    /**
     * Deletes one of the caller's interviews with its transcript, its code submissions and the memories remembered
     * from its answers; NotFoundException when it is not theirs. Progress, reviews and weakness evidence stay: they
     * are the user's practice history (they go with the account). The dependents go first, so a failure leaves
     * the interview in place and the delete can be repeated.
     */
    public Mono<Void> delete(UUID userId, UUID id) {
        return engine.get(userId, id)
                .then(Mono.when(submissions.deleteBySession(userId, id), memories.forgetSession(userId, id)))
                .then(engine.delete(userId, id))
                .flatMap(deleted -> deleted ? Mono.<Void>empty()
                        : Mono.error(NotFoundException.of("interview session", id)));
    }

    /** Asks the first question. */
    public Mono<StepResponse> start(UUID userId, UUID id) {
        return engine.start(userId, id).map(step -> new StepResponse(step.session().status(), prompt(step.prompt())));
    }

    /** Answers the current question; runs the code of a coding answer and shows each test's verdict. */
    public Mono<AnswerResponse> answer(UUID userId, UUID id, AnswerRequest request) {
        JudgeRuns runs = new JudgeRuns();
        return Mono.fromCallable(request::toCandidateAnswer)
                .flatMap(answer -> engine.answer(userId, id, answer))
                .contextWrite(runs.context())
                .flatMap(result -> verdicts(userId, result, runs.last()).map(Optional::of)
                        .defaultIfEmpty(Optional.empty())
                        .map(verdicts -> response(result, verdicts.orElse(null))));
    }

    /** Gives the next hint on the current question. */
    public Mono<HintResponse> hint(UUID userId, UUID id) {
        return engine.hint(userId, id).map(step -> new HintResponse(step.session().status(),
                PromptView.of(step.prompt(), null)));
    }

    /** Pauses the interview and its question clock. */
    public Mono<InterviewView> pause(UUID userId, UUID id) {
        return engine.pause(userId, id).map(InterviewView::of);
    }

    /** Resumes a paused interview. */
    public Mono<InterviewView> resume(UUID userId, UUID id) {
        return engine.resume(userId, id).map(InterviewView::of);
    }

    /** Ends the interview with its report. */
    public Mono<CompleteResponse> complete(UUID userId, UUID id) {
        return engine.complete(userId, id).flatMap(report -> report(userId, id, report))
                .map(report -> new CompleteResponse(SessionStatus.COMPLETED, report));
    }

    /** The report of a completed interview; InvalidStateException (409) before. */
    public Mono<ReportView> report(UUID userId, UUID id) {
        return engine.report(userId, id).flatMap(report -> report(userId, id, report));
    }

    /** The transcript in order. */
    public Flux<TurnView> turns(UUID userId, UUID id) {
        return engine.turns(userId, id).map(TurnView::of);
    }

    private Mono<ReportView> report(UUID userId, UUID id, InterviewReport report) {
        return judge.ofInterview(userId, id).map(submissions -> ReportView.of(id, report, submissions));
    }

    private Mono<VerdictsView> verdicts(UUID userId, AnswerResult result, Optional<JudgeRuns.Run> run) {
        return run.map(r -> judge.recordAnswer(userId, result.session().id(), result.answer().id(), r))
                .orElse(Mono.empty());
    }

    private AnswerResponse response(AnswerResult result, VerdictsView verdicts) {
        return new AnswerResponse(result.session().status(), result.answer().sequence(),
                FeedbackView.of(result.evaluation()), ScoresView.of(result.evaluation()),
                AnalyticsView.of(result.analytics()), verdicts,
                result.nextPrompt().map(this::prompt).orElse(null), result.finished());
    }

    private PromptView prompt(Turn turn) {
        return turn == null ? null : PromptView.of(turn, questions.codingDetails(turn.questionId()));
    }
}
