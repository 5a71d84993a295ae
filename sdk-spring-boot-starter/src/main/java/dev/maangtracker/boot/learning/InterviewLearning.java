package dev.maangtracker.boot.learning;

import dev.maangtracker.core.interview.InterviewQuestion;
import dev.maangtracker.core.interview.InterviewRepository;
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
import dev.maangtracker.tracker.interview.InterviewPractice;
import dev.maangtracker.tracker.planner.PracticeFeedback;
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
 *   <li>each coding or system design question the session is done with becomes roadmap practice
 *       ({@link InterviewPractice}): an attempt at its problem, or a study of its prompt's concepts,
 *       which moves status, topic progress, the streak and the FSRS reviews of those items;</li>
 *   <li>a completed interview adds the report's evidence, reviews its dimensions (and the topics of
 *       questions that were no roadmap practice) on the spaced-repetition schedule, and counts as
 *       activity for the streak.</li>
 * </ul>
 * Runs on whichever instance served the step; the engine logs a failure here without failing the
 * step, which is already stored. Roadmap attempts are recorded under ids derived from the session
 * and the question, so the same step delivered again records none of them twice.
 */
public final class InterviewLearning implements StepListener {

    private final MemoryWriter memories;
    private final WeaknessTracker weaknesses;
    private final PracticeFeedback practice;
    private final InterviewPractice roadmap;
    private final ActivityLog activity;
    private final QuestionCatalog catalog;
    private final InterviewRepository interviews;
    private final UserAccountRepository users;

    /**
     * @param memories   remembers answers
     * @param weaknesses records evidence from evaluations, analytics and reports
     * @param practice   reviews a report's dimensions and topics on the schedule
     * @param roadmap    records the questions as roadmap attempts
     * @param activity   records completed interviews for streaks
     * @param catalog    the questions, for the topic a memory is tagged with
     * @param interviews the sessions' turns, read when a step closes a question
     * @param users      the accounts, for the time zone attempts and streak days are dated in
     */
    public InterviewLearning(MemoryWriter memories, WeaknessTracker weaknesses, PracticeFeedback practice,
                             InterviewPractice roadmap, ActivityLog activity, QuestionCatalog catalog,
                             InterviewRepository interviews, UserAccountRepository users) {
        this.memories = Objects.requireNonNull(memories, "memories");
        this.weaknesses = Objects.requireNonNull(weaknesses, "weaknesses");
        this.practice = Objects.requireNonNull(practice, "practice");
        this.roadmap = Objects.requireNonNull(roadmap, "roadmap");
        this.activity = Objects.requireNonNull(activity, "activity");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.interviews = Objects.requireNonNull(interviews, "interviews");
        this.users = Objects.requireNonNull(users, "users");
    }

    @Override
    public Mono<Void> committed(InterviewSession previous, InterviewSession stored, List<Turn> newTurns) {
        // Only a step that closes a question reads the session's turns; each is read once per step.
        Mono<List<Turn>> turns = InterviewPractice.closesQuestion(previous, stored)
                ? interviews.turns(stored.userId(), stored.id()).collectList().cache() : Mono.just(List.of());
        // Days count in the user's own zone (UTC for an account the store does not know).
        Mono<ZoneId> zone = users.findById(stored.userId()).map(UserAccount::timeZone)
                .defaultIfEmpty(ZoneOffset.UTC).cache();
        return Mono.when(rememberAnswers(stored, newTurns), recordEvidence(stored, newTurns),
                        practise(previous, stored, turns, zone))
                .then(Mono.defer(() -> completed(previous, stored, turns, zone)));
    }

    private Mono<Void> practise(InterviewSession previous, InterviewSession stored, Mono<List<Turn>> turns,
                                Mono<ZoneId> zone) {
        if (!InterviewPractice.closesQuestion(previous, stored)) {
            return Mono.empty();
        }
        return Mono.zip(turns, zone)
                .flatMap(both -> roadmap.record(roadmap.attempts(previous, stored, both.getT1(), both.getT2())))
                .then();
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

    private Mono<Void> completed(InterviewSession previous, InterviewSession stored, Mono<List<Turn>> turns,
                                 Mono<ZoneId> zone) {
        if (stored.status() != SessionStatus.COMPLETED || previous.status() == SessionStatus.COMPLETED
                || stored.report() == null) {
            return Mono.empty();
        }
        String subject = stored.mode().name().toLowerCase(Locale.ROOT).replace('_', '-') + " interview";
        // A question practised on the roadmap was reviewed with its attempts: the report reviews the rest.
        return weaknesses.recordReport(stored.userId(), stored.id().toString(), stored.mode(), stored.report())
                .then(turns)
                .flatMapMany(all -> practice.onReport(stored.userId(), stored.report(),
                        roadmap.topicsLeftToReview(stored, all)))
                .then(zone)
                .flatMap(userZone -> activity.append(ActivityEvent.of(stored.userId(),
                        ActivityType.INTERVIEW_COMPLETED, subject, stored.report().generatedAt(), userZone,
                        "session " + stored.id())))
                .then();
    }
}
