package dev.maangtracker.boot.learning;

import dev.maangtracker.core.interview.InterviewQuestion;
import dev.maangtracker.core.interview.InterviewSession;
import dev.maangtracker.core.interview.QuestionCatalog;
import dev.maangtracker.core.interview.SessionStatus;
import dev.maangtracker.core.interview.StepListener;
import dev.maangtracker.core.interview.Turn;
import dev.maangtracker.core.interview.TurnKind;
import dev.maangtracker.rag.MessageType;
import dev.maangtracker.rag.write.MemoryWriter;
import dev.maangtracker.rag.write.NewMemory;
import dev.maangtracker.tracker.activity.ActivityEvent;
import dev.maangtracker.tracker.activity.ActivityLog;
import dev.maangtracker.tracker.activity.ActivityType;
import dev.maangtracker.tracker.planner.PracticeFeedback;
import dev.maangtracker.tracker.weakness.QuestionTopics;
import dev.maangtracker.tracker.weakness.WeaknessTracker;
import dev.maangtracker.core.user.UserAccount;
import dev.maangtracker.core.user.UserAccountRepository;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Feeds every committed interview step to the memory and the tracker, so the next session knows
 * the candidate better:
 * <ul>
 *   <li>each answer (its text and code) is remembered, tagged with the session, turn and the
 *       question's first topic, so later sessions can retrieve it;</li>
 *   <li>each evaluated answer adds weakness evidence (per dimension) and each answer's analytics
 *       adds delivery evidence (fluency, clarity, ...);</li>
 *   <li>a completed interview adds the report's evidence, reviews its dimensions and topics on the
 *       spaced-repetition schedule, and counts as activity for the streak.</li>
 * </ul>
 * Runs on whichever instance served the step; the engine logs a failure here without failing the
 * step, which is already stored.
 */
public final class InterviewLearning implements StepListener {

    private final MemoryWriter memories;
    private final WeaknessTracker weaknesses;
    private final PracticeFeedback practice;
    private final ActivityLog activity;
    private final QuestionTopics questionTopics;
    private final QuestionCatalog catalog;
    private final UserAccountRepository users;

    /**
     * @param memories       remembers answers
     * @param weaknesses     records evidence from evaluations, analytics and reports
     * @param practice       reviews a report's dimensions and topics on the schedule
     * @param activity       records completed interviews for streaks
     * @param questionTopics the roadmap topics of each question
     * @param catalog        the questions, for the topic a memory is tagged with
     * @param users          the accounts, for the time zone a streak day is counted in
     */
    public InterviewLearning(MemoryWriter memories, WeaknessTracker weaknesses, PracticeFeedback practice,
                             ActivityLog activity, QuestionTopics questionTopics, QuestionCatalog catalog,
                             UserAccountRepository users) {
        this.memories = Objects.requireNonNull(memories, "memories");
        this.weaknesses = Objects.requireNonNull(weaknesses, "weaknesses");
        this.practice = Objects.requireNonNull(practice, "practice");
        this.activity = Objects.requireNonNull(activity, "activity");
        this.questionTopics = Objects.requireNonNull(questionTopics, "questionTopics");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.users = Objects.requireNonNull(users, "users");
    }

    @Override
    public Mono<Void> committed(InterviewSession previous, InterviewSession stored, List<Turn> newTurns) {
        return Mono.when(rememberAnswers(stored, newTurns), recordEvidence(stored, newTurns))
                .then(Mono.defer(() -> completed(previous, stored)));
    }

    private Mono<Void> rememberAnswers(InterviewSession session, List<Turn> turns) {
        List<NewMemory> answers = new ArrayList<>();
        for (Turn turn : turns) {
            if (turn.kind() == TurnKind.ANSWER) {
                answers.add(new NewMemory(session.userId(), session.id(), turn.id(), content(turn),
                        topicOf(turn.questionId()), MessageType.ANSWER, turn.createdAt()));
            }
        }
        return answers.isEmpty() ? Mono.empty() : memories.rememberAll(answers).then();
    }

    /** The answer as the candidate gave it: the prose, then the code (memories search both). */
    private static String content(Turn answer) {
        if (answer.code() == null || answer.code().isBlank()) {
            return answer.text();
        }
        String language = answer.language() == null ? "" : answer.language().toLowerCase(Locale.ROOT);
        String combined = answer.text() + "\n\n```" + language + "\n" + answer.code() + "\n```";
        return combined.length() <= NewMemory.MAX_INPUT_CHARS ? combined : answer.text();
    }

    private String topicOf(String questionId) {
        if (questionId == null) {
            return null;
        }
        return catalog.find(questionId).map(InterviewQuestion::topics)
                .filter(topics -> !topics.isEmpty()).map(topics -> topics.get(0)).orElse(null);
    }

    private Mono<Void> recordEvidence(InterviewSession session, List<Turn> turns) {
        String sessionId = session.id().toString();
        return Flux.fromIterable(turns)
                .concatMap(turn -> {
                    if (turn.kind() == TurnKind.FEEDBACK && turn.evaluation() != null) {
                        return weaknesses.recordAnswer(session.userId(), sessionId, turn.sequence(), session.mode(),
                                turn.evaluation(), turn.createdAt()).then();
                    }
                    if (turn.kind() == TurnKind.ANSWER && turn.analytics() != null) {
                        return weaknesses.recordAnalytics(session.userId(), sessionId, turn.sequence(), session.mode(),
                                turn.analytics(), turn.createdAt()).then();
                    }
                    return Mono.empty();
                })
                .then();
    }

    private Mono<Void> completed(InterviewSession previous, InterviewSession stored) {
        if (stored.status() != SessionStatus.COMPLETED || previous.status() == SessionStatus.COMPLETED
                || stored.report() == null) {
            return Mono.empty();
        }
        String subject = stored.mode().name().toLowerCase(Locale.ROOT).replace('_', '-') + " interview";
        // The streak counts days in the user's own zone (UTC for an account the store does not know).
        Mono<ZoneId> zone = users.findById(stored.userId()).map(UserAccount::timeZone)
                .defaultIfEmpty(ZoneOffset.UTC);
        return weaknesses.recordReport(stored.userId(), stored.id().toString(), stored.mode(), stored.report())
                .thenMany(practice.onReport(stored.userId(), stored.report(), questionTopics))
                .then(zone)
                .flatMap(userZone -> activity.append(ActivityEvent.of(stored.userId(),
                        ActivityType.INTERVIEW_COMPLETED, subject, stored.report().generatedAt(), userZone,
                        "session " + stored.id())))
                .then();
    }
}
