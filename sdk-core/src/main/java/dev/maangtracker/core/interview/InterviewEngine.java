package dev.maangtracker.core.interview;

import dev.maangtracker.core.analytics.AnswerAnalytics;
import dev.maangtracker.core.analytics.AnswerAnalyzer;
import dev.maangtracker.core.candidate.CandidateContext;
import dev.maangtracker.core.candidate.MemorySnippet;
import dev.maangtracker.core.candidate.WeaknessSignal;
import dev.maangtracker.core.error.InvalidInputException;
import dev.maangtracker.core.error.InvalidStateException;
import dev.maangtracker.core.error.NotFoundException;
import dev.maangtracker.core.evaluation.AnswerEvaluation;
import dev.maangtracker.core.evaluation.InterviewReport;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Drives mock interviews: the only way a session changes state. Each step loads the session,
 * computes the next state with the interviewer, and stores state and turns together, guarded by
 * the session's version — so of two concurrent steps on one session exactly one is stored and the
 * other fails with {@link dev.maangtracker.core.error.ConflictException}, leaving a consistent
 * history. A step whose interviewer call fails or times out is answered by the fallback (offline
 * rubric) interviewer, and a system turn records that it was.
 *
 * <p>The code of a CODING answer is run once by the engine's {@link CodeCheck} (in parallel with the evaluation) and
 * its verdict merged into the evaluation's CORRECTNESS dimension and overall score, whichever interviewer evaluated;
 * when the code cannot run, the evaluation's note and the report say it was judged without execution.
 *
 * <p>While somebody listens to a session's {@link #events}, a model-backed interviewer streams its words
 * ({@link Interviewer#streamingTo}): they are published as {@link InterviewEvent.TextStreamed} before the
 * step is stored, and withdrawn with {@link InterviewEvent.TextDiscarded} when the step's interviewer
 * call is repaired or fails (the fallback's words then arrive whole) or the step fails. The fallback
 * interviewer is never asked to stream.
 *
 * <p>Every method is scoped to a user: another user's session behaves as a missing one
 * ({@link NotFoundException}). Failures are signalled through the returned publisher. Thread-safe.
 * Build one with {@link #builder()}.
 */
public final class InterviewEngine {

    private static final System.Logger LOG = System.getLogger(InterviewEngine.class.getName());

    /** Past answers given to the interviewer with each step. */
    static final int MEMORY_SNIPPETS = 5;

    private final InterviewRepository repository;
    private final QuestionCatalog catalog;
    private final Interviewer interviewer;
    private final Interviewer fallback;
    private final CandidateContext candidates;
    private final AnswerAnalyzer analyzer;
    private final EngineSettings settings;
    private final Clock clock;
    private final CodeCheck codeCheck;
    private final StepListener stepListener;
    private final InterviewEvents events = new InterviewEvents();

    private InterviewEngine(Builder builder) {
        this.repository = Objects.requireNonNull(builder.repository, "repository");
        this.catalog = Objects.requireNonNull(builder.catalog, "catalog");
        this.fallback = Objects.requireNonNull(builder.fallback, "fallback interviewer");
        this.interviewer = builder.interviewer == null ? builder.fallback : builder.interviewer;
        this.candidates = Objects.requireNonNull(builder.candidates, "candidateContext");
        this.analyzer = Objects.requireNonNull(builder.analyzer, "analyzer");
        this.settings = Objects.requireNonNull(builder.settings, "settings");
        this.clock = Objects.requireNonNull(builder.clock, "clock");
        this.codeCheck = Objects.requireNonNull(builder.codeCheck, "codeCheck");
        this.stepListener = Objects.requireNonNull(builder.stepListener, "stepListener");
    }

    /** A builder; repository, catalog, fallback interviewer, candidate context and analyzer are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** Creates a session in {@link SessionStatus#CREATED}. */
    public Mono<InterviewSession> create(UUID userId, NewInterview request) {
        return Mono.fromCallable(() -> {
            Objects.requireNonNull(userId, "userId");
            Objects.requireNonNull(request, "request");
            Duration limit = request.questionTimeLimit() != null ? request.questionTimeLimit()
                    : settings.questionTimeLimits().get(request.mode());
            return InterviewSession.create(UUID.randomUUID(), userId, request.mode(), request.difficulty(),
                    request.targetCompany(), request.targetRole(), limit, clock.instant());
        }).flatMap(repository::create);
    }

    /** The user's session. */
    public Mono<InterviewSession> get(UUID userId, UUID sessionId) {
        return load(userId, sessionId);
    }

    /** The user's sessions, newest first. */
    public Flux<InterviewSession> list(UUID userId, int limit) {
        return repository.findByUser(userId, limit);
    }

    /** The session's conversation in order. */
    public Flux<Turn> turns(UUID userId, UUID sessionId) {
        return load(userId, sessionId).thenMany(repository.turns(userId, sessionId));
    }

    /**
     * The session's events from now on, in the order they happened; completes when the session ends.
     * Checks ownership first. Events reach the subscribers of this engine instance only, and a
     * subscriber without demand misses them: buffer ({@code onBackpressureBuffer}) if you consume slowly.
     */
    public Flux<InterviewEvent> events(UUID userId, UUID sessionId) {
        return load(userId, sessionId).flatMapMany(session -> session.status().isFinal()
                ? Flux.empty() : events.of(sessionId));
    }

    /** Asks the first question: {@code CREATED → IN_PROGRESS}. */
    public Mono<InterviewStep> start(UUID userId, UUID sessionId) {
        return load(userId, sessionId).flatMap(session -> {
            requireStatus(session, "start", SessionStatus.CREATED);
            Narration narration = narration(session);
            return narration.around(context(session).flatMap(ctx -> ask(session, ctx, narration)).flatMap(asked -> {
                Instant now = clock.instant();
                NewTurns turns = new NewTurns(session, now);
                String questionId = asked.value().question().id();
                Turn question = turns.add(asked, TurnKind.QUESTION, questionId, asked.value().text(), null);
                InterviewSession next = session.toBuilder().status(SessionStatus.IN_PROGRESS)
                        .askedQuestionIds(List.of(questionId)).startedAt(now).questionStartedAt(now)
                        .turnCount(turns.turnCountAfter()).version(session.version() + 1).build();
                return commit(session, next, turns.list(), narration).map(stored -> new InterviewStep(stored, question));
            }));
        });
    }

    /**
     * Answers the current question: stores the answer and its evaluation, then asks a follow-up or
     * the next question, or asks nothing when every question is done ({@link AnswerResult#finished()}).
     */
    public Mono<AnswerResult> answer(UUID userId, UUID sessionId, CandidateAnswer answer) {
        return Mono.fromCallable(() -> {
                    if (answer == null) {
                        throw InvalidInputException.required("answer");
                    }
                    return answer;
                })
                .then(load(userId, sessionId))
                .flatMap(session -> {
                    requireStatus(session, "answer", SessionStatus.IN_PROGRESS);
                    requireRoom(session, 4);
                    InterviewQuestion question = currentQuestion(session);
                    Narration narration = narration(session);
                    return narration.around(Mono.zip(conversationOn(session), memories(session, question.text()))
                            .flatMap(t -> answer(session, question, answer, t.getT1(), t.getT2(), narration)));
                });
    }

    /** Gives the next, less gentle hint on the current question. */
    public Mono<InterviewStep> hint(UUID userId, UUID sessionId) {
        return load(userId, sessionId).flatMap(session -> {
            requireStatus(session, "ask for a hint in", SessionStatus.IN_PROGRESS);
            requireRoom(session, 2);
            InterviewQuestion question = currentQuestion(session);
            return conversationOn(session).flatMap(conversation -> {
                int level = (int) conversation.stream().filter(t -> t.kind() == TurnKind.HINT).count() + 1;
                int available = Math.max(question.hints().size(), RubricInterviewer.GENERIC_HINT_LEVELS);
                if (level > available) {
                    return Mono.error(InvalidStateException.of("question", "out of hints", "give another hint on"));
                }
                HintRequest request = new HintRequest(session, question, level, conversation);
                Narration narration = narration(session);
                return narration.around(step(ModelStep.HINT, narration, i -> i.hint(request)).flatMap(hint -> {
                    NewTurns turns = new NewTurns(session, clock.instant());
                    Turn turn = turns.add(hint, TurnKind.HINT, question.id(), hint.value(), null);
                    InterviewSession next = session.toBuilder().turnCount(turns.turnCountAfter())
                            .version(session.version() + 1).build();
                    return commit(session, next, turns.list(), narration)
                            .map(stored -> new InterviewStep(stored, turn));
                }));
            });
        });
    }

    /** Suspends the session and its question clock: {@code IN_PROGRESS → PAUSED}. */
    public Mono<InterviewSession> pause(UUID userId, UUID sessionId) {
        return load(userId, sessionId).flatMap(session -> {
            requireStatus(session, "pause", SessionStatus.IN_PROGRESS);
            InterviewSession next = session.toBuilder().status(SessionStatus.PAUSED).pausedAt(clock.instant())
                    .version(session.version() + 1).build();
            return commit(session, next, List.of());
        });
    }

    /** Resumes a paused session; the question clock skips the pause: {@code PAUSED → IN_PROGRESS}. */
    public Mono<InterviewSession> resume(UUID userId, UUID sessionId) {
        return load(userId, sessionId).flatMap(session -> {
            requireStatus(session, "resume", SessionStatus.PAUSED);
            Instant now = clock.instant();
            Duration paused = Duration.between(session.pausedAt(), now);
            InterviewSession next = session.toBuilder().status(SessionStatus.IN_PROGRESS).pausedAt(null)
                    .questionStartedAt(session.questionStartedAt().plus(paused))
                    .version(session.version() + 1).build();
            return commit(session, next, List.of());
        });
    }

    /** Ends the session with its report: {@code IN_PROGRESS | PAUSED → COMPLETED}. */
    public Mono<InterviewReport> complete(UUID userId, UUID sessionId) {
        return load(userId, sessionId).flatMap(session -> {
            requireStatus(session, "complete", SessionStatus.IN_PROGRESS, SessionStatus.PAUSED);
            Narration narration = narration(session);
            return narration.around(Mono.zip(repository.turns(userId, sessionId).collectList(), weaknesses(session))
                    .flatMap(t -> {
                        List<QuestionOutcome> outcomes = outcomes(t.getT1());
                        SummaryRequest request = new SummaryRequest(session, outcomes, t.getT2());
                        return step(ModelStep.SUMMARY, narration, i -> i.summarise(request)).flatMap(summary -> {
                            Instant now = clock.instant();
                            InterviewReport report = ReportVerdicts.cite(summary.value(), outcomes);
                            NewTurns turns = new NewTurns(session, now);
                            turns.add(summary, TurnKind.SUMMARY, null, ReportText.of(report), null);
                            InterviewSession next = session.toBuilder().status(SessionStatus.COMPLETED).pausedAt(null)
                                    .endedAt(now).report(report).turnCount(turns.turnCountAfter())
                                    .version(session.version() + 1).build();
                            return commit(session, next, turns.list(), narration).map(stored -> report);
                        });
                    }));
        });
    }

    /** Gives the session up: any non-final state {@code → ABANDONED}. */
    public Mono<InterviewSession> abandon(UUID userId, UUID sessionId) {
        return load(userId, sessionId).flatMap(session -> {
            requireStatus(session, "abandon", SessionStatus.CREATED, SessionStatus.IN_PROGRESS, SessionStatus.PAUSED);
            InterviewSession next = session.toBuilder().status(SessionStatus.ABANDONED).pausedAt(null)
                    .endedAt(clock.instant()).version(session.version() + 1).build();
            return commit(session, next, List.of());
        });
    }

    /** The final report of a completed session. */
    public Mono<InterviewReport> report(UUID userId, UUID sessionId) {
        return load(userId, sessionId).flatMap(session -> {
            requireStatus(session, "read the report of", SessionStatus.COMPLETED);
            return Mono.just(session.report());
        });
    }

    /** Deletes the user's session and its turns; emits whether it existed. */
    public Mono<Boolean> delete(UUID userId, UUID sessionId) {
        return repository.delete(userId, sessionId).doOnNext(deleted -> events.close(sessionId));
    }

    // ---------------------------------------------------------------- steps

    private Mono<AnswerResult> answer(InterviewSession session, InterviewQuestion question, CandidateAnswer answer,
                                      List<Turn> conversation, List<MemorySnippet> memories, Narration narration) {
        Instant now = clock.instant();
        boolean overTime = Duration.between(session.questionStartedAt(), now).compareTo(session.questionTimeLimit()) > 0;
        int followUpsAsked = (int) conversation.stream().filter(t -> t.kind() == TurnKind.FOLLOW_UP).count();
        int maxFollowUps = settings.maxFollowUps().get(session.mode());
        // The judge runs here, once, before the evaluation: not inside a step, so a fallback never runs it again,
        // and the interviewer is told the verdict instead of guessing correctness from reading the code.
        return Mono.zip(Mono.fromCallable(() -> AnswerAnalysis.analyze(analyzer, question, answer)),
                codeCheck.check(question, answer)).flatMap(checked -> {
            AnswerAnalytics analytics = checked.getT1();
            Optional<CodeCheck.Outcome> codeRun = checked.getT2();
            EvaluationRequest request = new EvaluationRequest(session, question, answer, analytics, conversation,
                    followUpsAsked, maxFollowUps, overTime, memories, codeRun.map(CodeCheck::describe));
            return step(ModelStep.EVALUATION, narration, i -> i.evaluate(request)).flatMap(evaluated -> {
                AnswerEvaluation evaluation = CodeCheck.merge(evaluated.fellBack()
                        ? evaluated.value().producedBy(evaluated.producedBy(), evaluated.note()) : evaluated.value(),
                        codeRun);
                return nextPrompt(session, evaluation, followUpsAsked < maxFollowUps, narration).flatMap(prompt ->
                        storeAnswer(session, question, answer, analytics, evaluated, evaluation, prompt.orElse(null),
                                narration));
            });
        });
    }

    private Mono<AnswerResult> storeAnswer(InterviewSession session, InterviewQuestion question, CandidateAnswer answer,
                                           AnswerAnalytics analytics, Outcome<AnswerEvaluation> evaluated,
                                           AnswerEvaluation evaluation, Outcome<AskedQuestion> prompt,
                                           Narration narration) {
        Instant now = clock.instant();
        NewTurns turns = new NewTurns(session, now);
        Turn answerTurn = turns.add(TurnRole.CANDIDATE, TurnKind.ANSWER, question.id(), answer.text(), answer.code(),
                answer.language(), null, analytics, "candidate");
        turns.add(evaluated, TurnKind.FEEDBACK, question.id(), FeedbackText.of(evaluation), evaluation);
        List<String> asked = session.askedQuestionIds();
        Instant questionStartedAt = session.questionStartedAt();
        Turn next = null;
        if (prompt != null) {
            String promptQuestionId = prompt.value().question().id();
            boolean followUp = promptQuestionId.equals(question.id());
            next = turns.add(prompt, followUp ? TurnKind.FOLLOW_UP : TurnKind.QUESTION, promptQuestionId,
                    prompt.value().text(), null);
            if (!followUp) {
                asked = new ArrayList<>(asked);
                asked.add(promptQuestionId);
                questionStartedAt = now;
            }
        }
        InterviewSession nextState = session.toBuilder().askedQuestionIds(asked).questionStartedAt(questionStartedAt)
                .turnCount(turns.turnCountAfter()).version(session.version() + 1).build();
        Turn nextPrompt = next;
        return commit(session, nextState, turns.list(), narration)
                .map(stored -> new AnswerResult(stored, answerTurn, evaluation, analytics, nextPrompt));
    }

    /** A follow-up when the evaluation asks one and the question has room, else the next question, else none. */
    private Mono<Optional<Outcome<AskedQuestion>>> nextPrompt(InterviewSession session, AnswerEvaluation evaluation,
                                                                      boolean followUpAllowed, Narration narration) {
        if (followUpAllowed && evaluation.followUpQuestion().isPresent()) {
            InterviewQuestion current = currentQuestion(session);
            AskedQuestion followUp = new AskedQuestion(current, evaluation.followUp());
            return Mono.just(Optional.of(new Outcome<>(followUp, evaluation.producedBy(), null)));
        }
        if (session.askedQuestionIds().size() >= settings.questionsPerSession().get(session.mode())
                || catalog.byMode(session.mode()).stream().allMatch(q -> session.askedQuestionIds().contains(q.id()))) {
            return Mono.just(Optional.empty());
        }
        return context(session).flatMap(ctx -> ask(session, ctx, narration)).map(Optional::of)
                .defaultIfEmpty(Optional.empty());
    }

    private Mono<Outcome<AskedQuestion>> ask(InterviewSession session, QuestionRequest request, Narration narration) {
        return step(ModelStep.QUESTION, narration, i -> i.nextQuestion(request));
    }

    /**
     * Runs a step with the interviewer, streaming its words to the narration when it is active; on
     * error or timeout withdraws what it streamed, runs the step with the fallback and says why.
     * The fallback's own failure is the caller's error: there is nothing left to fall back to.
     */
    private <T> Mono<Outcome<T>> step(ModelStep kind, Narration narration, Function<Interviewer, Mono<T>> call) {
        Mono<Outcome<T>> fromFallback = Mono.defer(() -> call.apply(fallback))
                .map(value -> new Outcome<>(value, fallback.name(), null));
        if (interviewer == fallback) {
            return fromFallback;
        }
        Interviewer speaking = narration.active() ? interviewer.streamingTo(narration) : interviewer;
        return Mono.defer(() -> call.apply(speaking))
                .timeout(settings.stepTimeout())
                .map(value -> new Outcome<>(value, interviewer.name(), null))
                .onErrorResume(error -> {
                    narration.abandon(kind);
                    return Mono.defer(() -> call.apply(fallback)).map(value -> new Outcome<>(value,
                            fallback.name(), interviewer.name() + " could not answer (" + FallbackReason.of(error)
                            + "); the offline " + fallback.name() + " interviewer answered instead"));
                });
    }

    // ---------------------------------------------------------------- helpers

    /** A value produced by an interviewer, who produced it, and why a fallback happened (or null). */
    record Outcome<T>(T value, String producedBy, String note) {
        boolean fellBack() {
            return note != null;
        }
    }

    private Mono<InterviewSession> commit(InterviewSession previous, InterviewSession next, List<Turn> turns) {
        return commit(previous, next, turns, Narration.silent());
    }

    /** Stores the step, then publishes its events, which supersede the text the narration streamed. */
    private Mono<InterviewSession> commit(InterviewSession previous, InterviewSession next, List<Turn> turns,
                                          Narration narration) {
        return repository.commit(next, turns)
                .doOnNext(stored -> {
                    narration.settle();
                    publish(previous, stored, turns);
                })
                .flatMap(stored -> notifyListener(previous, stored, turns).thenReturn(stored));
    }

    /** The text of an operation on the session: streamed while somebody listens to its events. */
    private Narration narration(InterviewSession session) {
        return Narration.of(session.id(), events, clock);
    }

    /** The step is stored: a listener's failure is logged, never the step's failure. */
    private Mono<Void> notifyListener(InterviewSession previous, InterviewSession stored, List<Turn> turns) {
        return Mono.defer(() -> stepListener.committed(previous, stored, turns))
                .onErrorResume(error -> {
                    LOG.log(System.Logger.Level.WARNING, "a step listener failed after session " + stored.id()
                            + " reached version " + stored.version() + "; the step itself is stored", error);
                    return Mono.empty();
                });
    }

    private void publish(InterviewSession previous, InterviewSession stored, List<Turn> turns) {
        Instant now = clock.instant();
        if (previous.status() != stored.status()) {
            events.publish(new InterviewEvent.StatusChanged(stored.id(), now, previous.status(), stored.status()));
        }
        for (Turn turn : turns) {
            InterviewEvent event = switch (turn.kind()) {
                case ANSWER -> new InterviewEvent.AnswerReceived(stored.id(), now, turn);
                case FEEDBACK -> turn.evaluation() != null
                        ? new InterviewEvent.FeedbackGiven(stored.id(), now, turn, turn.evaluation())
                        : new InterviewEvent.InterviewerSpoke(stored.id(), now, turn);
                default -> new InterviewEvent.InterviewerSpoke(stored.id(), now, turn);
            };
            events.publish(event);
        }
        if (stored.report() != null) {
            events.publish(new InterviewEvent.ReportReady(stored.id(), now, stored.report()));
        }
        if (stored.status().isFinal()) {
            events.close(stored.id());
        }
    }

    private Mono<InterviewSession> load(UUID userId, UUID sessionId) {
        return Mono.defer(() -> {
            Objects.requireNonNull(userId, "userId");
            Objects.requireNonNull(sessionId, "sessionId");
            return repository.find(userId, sessionId)
                    .switchIfEmpty(Mono.error(() -> NotFoundException.of("interview session", sessionId)));
        });
    }

    private static void requireStatus(InterviewSession session, String action, SessionStatus... allowed) {
        for (SessionStatus status : allowed) {
            if (session.status() == status) {
                return;
            }
        }
        throw InvalidStateException.of("interview session", session.status(), action);
    }

    private void requireRoom(InterviewSession session, int turns) {
        if (session.turnCount() + turns > settings.maxTurnsPerSession()) {
            throw InvalidStateException.of("interview session",
                    "at its limit of " + settings.maxTurnsPerSession() + " turns", "continue");
        }
    }

    private InterviewQuestion currentQuestion(InterviewSession session) {
        String id = session.currentQuestionId();
        return catalog.find(id).orElseThrow(() -> NotFoundException.of("question", id));
    }

    private Mono<List<Turn>> conversationOn(InterviewSession session) {
        String questionId = session.currentQuestionId();
        return repository.turns(session.userId(), session.id())
                .filter(turn -> questionId.equals(turn.questionId()))
                .collectList();
    }

    private Mono<QuestionRequest> context(InterviewSession session) {
        String query = session.mode() + " interview " + (session.targetRole() == null ? "" : session.targetRole());
        return Mono.zip(weaknesses(session), memories(session, query))
                .map(t -> new QuestionRequest(session, t.getT1(), t.getT2()));
    }

    private Mono<List<WeaknessSignal>> weaknesses(InterviewSession session) {
        return candidates.weaknesses(session.userId()).take(20).collectList();
    }

    private Mono<List<MemorySnippet>> memories(InterviewSession session, String query) {
        return candidates.relevantMemories(session.userId(), query, MEMORY_SNIPPETS).collectList();
    }

    private List<QuestionOutcome> outcomes(List<Turn> turns) {
        List<QuestionOutcome> outcomes = new ArrayList<>();
        for (Turn turn : turns) {
            if (turn.kind() != TurnKind.QUESTION) {
                continue;
            }
            InterviewQuestion question = catalog.find(turn.questionId())
                    .orElseThrow(() -> NotFoundException.of("question", turn.questionId()));
            List<AnswerEvaluation> evaluations = turns.stream()
                    .filter(t -> turn.questionId().equals(t.questionId()) && t.evaluation() != null)
                    .map(Turn::evaluation).toList();
            int hints = (int) turns.stream()
                    .filter(t -> turn.questionId().equals(t.questionId()) && t.kind() == TurnKind.HINT).count();
            outcomes.add(new QuestionOutcome(question, turn.text(), turn.sequence(), evaluations, hints));
        }
        return outcomes;
    }

    /** Builds an {@link InterviewEngine}. */
    public static final class Builder {
        private InterviewRepository repository;
        private QuestionCatalog catalog;
        private Interviewer interviewer;
        private Interviewer fallback;
        private CandidateContext candidates;
        private AnswerAnalyzer analyzer;
        private EngineSettings settings = EngineSettings.defaults();
        private Clock clock = Clock.systemUTC();
        private CodeCheck codeCheck = CodeCheck.none();
        private StepListener stepListener = StepListener.none();

        private Builder() {
        }

        /** Where sessions and turns are stored. Required. */
        public Builder repository(InterviewRepository value) {
            this.repository = value;
            return this;
        }

        /** The questions to draw from. Required. */
        public Builder catalog(QuestionCatalog value) {
            this.catalog = value;
            return this;
        }

        /** The interviewer asked first for every step; defaults to the fallback. */
        public Builder interviewer(Interviewer value) {
            this.interviewer = value;
            return this;
        }

        /** The offline interviewer that answers when the main one fails. Required. */
        public Builder fallback(Interviewer value) {
            this.fallback = value;
            return this;
        }

        /** What the engine may know about candidates. Required. */
        public Builder candidateContext(CandidateContext value) {
            this.candidates = value;
            return this;
        }

        /** Computes answer analytics. Required. */
        public Builder analyzer(AnswerAnalyzer value) {
            this.analyzer = value;
            return this;
        }

        /** Pacing and limits; defaults to {@link EngineSettings#defaults()}. */
        public Builder settings(EngineSettings value) {
            this.settings = value;
            return this;
        }

        /** The clock for timestamps and question time limits; defaults to UTC system time. */
        public Builder clock(Clock value) {
            this.clock = value;
            return this;
        }

        /**
         * Runs the code of CODING answers for the CORRECTNESS dimension, e.g. {@code CodeCheck.of(judge, bank)};
         * defaults to {@link CodeCheck#none()}: code is evaluated without execution and the feedback and report say so.
         */
        public Builder codeCheck(CodeCheck value) {
            this.codeCheck = value;
            return this;
        }

        /**
         * Told about every committed step (e.g. to remember answers and record weaknesses);
         * defaults to {@link StepListener#none()}.
         */
        public Builder stepListener(StepListener value) {
            this.stepListener = value;
            return this;
        }

        /** The engine; fails when a required part is missing. */
        public InterviewEngine build() {
            return new InterviewEngine(this);
        }
    }
}
