package dev.maangtracker.tracker.interview;

import dev.maangtracker.core.error.ConflictException;
import dev.maangtracker.core.evaluation.AnswerEvaluation;
import dev.maangtracker.core.interview.CodeCheck;
import dev.maangtracker.core.interview.InterviewSession;
import dev.maangtracker.core.interview.Turn;
import dev.maangtracker.core.interview.TurnKind;
import dev.maangtracker.core.question.InterviewMode;
import dev.maangtracker.tracker.planner.PracticeFeedback;
import dev.maangtracker.tracker.progress.Attempt;
import dev.maangtracker.tracker.progress.AttemptInput;
import dev.maangtracker.tracker.progress.AttemptOutcome;
import dev.maangtracker.tracker.progress.ProgressTracker;
import dev.maangtracker.tracker.review.ItemType;
import dev.maangtracker.tracker.roadmap.RoadmapCatalog;
import dev.maangtracker.tracker.weakness.QuestionTopics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Makes mock interviews roadmap practice: each answered CODING question becomes an attempt at the roadmap problem with
 * the question's id, and each answered SYSTEM_DESIGN prompt a study of every roadmap concept among its topics.
 * BEHAVIORAL and HR questions have no roadmap items; they feed weaknesses and analytics only.
 *
 * <p>A question counts once, when the interview is done with it: when another question is asked, or when the session
 * is completed or abandoned ({@link #closesQuestion}). Its follow-ups and second answers belong to the same attempt:
 * <ul>
 *   <li><b>outcome</b> — when the judge ran code of any of its answers, the best run decides
 *       ({@link AnswerOutcomes#fromExecution}: accepted solved, some tests passed partial, else failed); otherwise the
 *       best correctness score decides ({@link AnswerOutcomes#correctnessScore}, {@link AnswerOutcomes#fromScore}); a
 *       system design prompt takes its best overall score the same way;</li>
 *   <li><b>minutes</b> — the question's clock at its last answer: from when it was asked, pauses excluded (the clock
 *       the engine's time limit runs on), rounded up, at most {@link AttemptInput#MAX_MINUTES}; a prompt's concepts
 *       share them, so the minutes practised add up to the time spent;</li>
 *   <li><b>hints</b> — the hints taken on the question; <b>language</b> — that of the deciding answer's code;</li>
 *   <li><b>when</b> — the time of its last answer, dated in the user's zone.</li>
 * </ul>
 *
 * <p>{@link #record} stores each attempt through {@link ProgressTracker} (status, topic progress, activity for the
 * streak) and reviews it through {@link PracticeFeedback#onAttempt} (the problem and its topics, or the concept, on
 * the FSRS schedule). No weakness evidence is added: the answers' evaluations are evidence already. Attempt ids are
 * derived from the session, the question and the item, so recording the same step again records nothing twice.
 *
 * <p>Use the roadmap the tracker and the feedback use, with the question bank merged in
 * ({@link RoadmapCatalog#withQuestionBank}), so every coding question is a roadmap problem. Thread-safe when the
 * tracker and the feedback are.
 */
public final class InterviewPractice {

    private final RoadmapCatalog catalog;
    private final QuestionTopics topics;
    private final ProgressTracker progress;
    private final PracticeFeedback feedback;

    /**
     * @param catalog  the roadmap attempts are recorded against; a question whose id is no roadmap problem, or whose
     *                 topics are no concepts, records nothing
     * @param topics   the topics of each question, for the concepts of a system design prompt
     * @param progress records the attempts
     * @param feedback reviews them on the FSRS schedule
     */
    public InterviewPractice(RoadmapCatalog catalog, QuestionTopics topics, ProgressTracker progress,
                             PracticeFeedback feedback) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.topics = Objects.requireNonNull(topics, "topics");
        this.progress = Objects.requireNonNull(progress, "progress");
        this.feedback = Objects.requireNonNull(feedback, "feedback");
    }

    /**
     * Whether a committed step closed a question: the session had one and moved on to another, or ended. The closed
     * question is {@code previous.currentQuestionId()}.
     */
    public static boolean closesQuestion(InterviewSession previous, InterviewSession stored) {
        String current = previous.currentQuestionId();
        if (current == null) {
            return false;
        }
        boolean ended = stored.status().isFinal() && !previous.status().isFinal();
        return ended || !current.equals(stored.currentQuestionId());
    }

    /**
     * The attempts the question a step closed amounts to; empty when it closed none, the question was not answered, or
     * it has no roadmap item. Pure: the same step always gives the same attempts, ids included.
     *
     * @param previous the session before the step
     * @param stored   the session the step stored
     * @param turns    the session's turns, the step's included (only the closed question's are read)
     * @param zone     the user's time zone, which dates the attempts
     */
    public List<InterviewAttempt> attempts(InterviewSession previous, InterviewSession stored, List<Turn> turns,
                                           ZoneId zone) {
        Objects.requireNonNull(turns, "turns");
        Objects.requireNonNull(zone, "zone");
        if (!closesQuestion(previous, stored)) {
            return List.of();
        }
        String questionId = previous.currentQuestionId();
        List<String> items = items(previous.mode(), questionId);
        List<Answered> answers = answers(previous.mode(), questionId, turns);
        if (items.isEmpty() || answers.isEmpty()) {
            return List.of();
        }
        Answered deciding = deciding(answers);
        Instant last = answers.get(answers.size() - 1).answer().createdAt();
        int hints = (int) Math.min(AttemptInput.MAX_HINTS, turns.stream()
                .filter(t -> t.kind() == TurnKind.HINT && questionId.equals(t.questionId())).count());
        String language = deciding.answer().code() == null || deciding.answer().language() == null ? ""
                : deciding.answer().language();
        ItemType type = previous.mode() == InterviewMode.CODING ? ItemType.PROBLEM : ItemType.CONCEPT;
        int minutes = minutes(previous.questionStartedAt(), last);
        List<InterviewAttempt> attempts = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            // The concepts of a prompt share its time, so minutes practised add up to the time spent.
            int share = minutes / items.size() + (i < minutes % items.size() ? 1 : 0);
            String slug = items.get(i);
            AttemptInput input = new AttemptInput(slug, deciding.outcome(), share, hints, language, last, zone);
            attempts.add(new InterviewAttempt(id(previous.id(), questionId, slug), previous.userId(), type, input));
        }
        return List.copyOf(attempts);
    }

    /**
     * Records the attempts in order, each through the tracker and the review schedule; an attempt whose id is stored
     * already is skipped (its progress, activity and review happened when it was stored).
     *
     * @return the attempts recorded now
     */
    public Mono<List<Attempt>> record(List<InterviewAttempt> attempts) {
        return Flux.fromIterable(List.copyOf(attempts)).concatMap(this::record).collectList();
    }

    private Mono<Attempt> record(InterviewAttempt attempt) {
        Mono<Attempt> stored = attempt.type() == ItemType.PROBLEM
                ? progress.recordAttempt(attempt.userId(), attempt.id(), attempt.input())
                : progress.recordConceptStudy(attempt.userId(), attempt.id(), attempt.input());
        return stored.onErrorResume(ConflictException.class, alreadyRecorded -> Mono.empty())
                .flatMap(saved -> feedback.onAttempt(saved).then(Mono.just(saved)));
    }

    /**
     * The topics a completed interview's report still has to review: none for a question that became roadmap practice
     * (its attempts reviewed the problem and its topics, or its concepts), the question's topics otherwise. Pass it to
     * {@link PracticeFeedback#onReport} so nothing is reviewed twice.
     *
     * @param session the completed session
     * @param turns   all its turns
     */
    public QuestionTopics topicsLeftToReview(InterviewSession session, List<Turn> turns) {
        Set<String> practised = new LinkedHashSet<>();
        for (String questionId : session.askedQuestionIds()) {
            if (!items(session.mode(), questionId).isEmpty() && !answers(session.mode(), questionId, turns).isEmpty()) {
                practised.add(questionId);
            }
        }
        return questionId -> practised.contains(questionId) ? List.of() : topics.topicsOf(questionId);
    }

    /** The roadmap items a question of the mode practises: its problem, or its prompt's concepts. */
    private List<String> items(InterviewMode mode, String questionId) {
        if (mode == InterviewMode.CODING) {
            return catalog.findProblem(questionId).map(p -> List.of(p.slug())).orElse(List.of());
        }
        if (mode == InterviewMode.SYSTEM_DESIGN) {
            return topics.topicsOf(questionId).stream().filter(t -> catalog.findConcept(t).isPresent()).distinct()
                    .toList();
        }
        return List.of();
    }

    /** An evaluated answer, the outcome it gives and whether the judge ran its code. */
    private record Answered(Turn answer, AttemptOutcome outcome, boolean ran) {
    }

    /**
     * The question's evaluated answers in order, each with the outcome it gives on its own: a coding answer by its
     * judge run, else by its correctness score; any other by its overall score.
     */
    private static List<Answered> answers(InterviewMode mode, String questionId, List<Turn> turns) {
        List<Turn> mine = turns.stream().filter(t -> questionId.equals(t.questionId()))
                .sorted(Comparator.comparingInt(Turn::sequence)).toList();
        List<Answered> out = new ArrayList<>();
        Turn answer = null;
        for (Turn turn : mine) {
            if (turn.kind() == TurnKind.ANSWER) {
                answer = turn;
            } else if (turn.kind() == TurnKind.FEEDBACK && turn.evaluation() != null && answer != null) {
                out.add(answered(mode, answer, turn.evaluation()));
                answer = null;
            }
        }
        return out;
    }

    private static Answered answered(InterviewMode mode, Turn answer, AnswerEvaluation evaluation) {
        if (mode != InterviewMode.CODING) {
            return new Answered(answer, AnswerOutcomes.fromScore(evaluation.overallScore()), false);
        }
        Optional<CodeCheck.Execution> run = CodeCheck.execution(evaluation);
        return run.isPresent() ? new Answered(answer, AnswerOutcomes.fromExecution(run.get()), true)
                : new Answered(answer, AnswerOutcomes.fromScore(AnswerOutcomes.correctnessScore(evaluation)), false);
    }

    /**
     * The answer that decides the outcome: the best outcome wins, the later answer on a tie; for coding only answers
     * whose code ran compete, if any did.
     */
    private static Answered deciding(List<Answered> answers) {
        List<Answered> ran = answers.stream().filter(Answered::ran).toList();
        Answered best = null;
        for (Answered candidate : ran.isEmpty() ? answers : ran) {
            if (best == null || rank(candidate.outcome()) >= rank(best.outcome())) {
                best = candidate;
            }
        }
        return best;
    }

    private static int rank(AttemptOutcome outcome) {
        return switch (outcome) {
            case FAILED -> 0;
            case PARTIAL -> 1;
            case SOLVED -> 2;
        };
    }

    private static int minutes(Instant questionStartedAt, Instant lastAnswer) {
        if (questionStartedAt == null || !lastAnswer.isAfter(questionStartedAt)) {
            return 0;
        }
        long seconds = Duration.between(questionStartedAt, lastAnswer).toSeconds();
        return (int) Math.min(AttemptInput.MAX_MINUTES, (seconds + 59) / 60);
    }

    private static UUID id(UUID sessionId, String questionId, String slug) {
        return UUID.nameUUIDFromBytes(("maang interview practice " + sessionId + " " + questionId + " " + slug)
                .getBytes(StandardCharsets.UTF_8));
    }
}
