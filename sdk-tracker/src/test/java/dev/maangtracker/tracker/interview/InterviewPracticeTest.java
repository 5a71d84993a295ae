package dev.maangtracker.tracker.interview;

import static dev.maangtracker.tracker.interview.ScriptedSession.T0;
import static dev.maangtracker.tracker.interview.ScriptedSession.evaluation;
import static dev.maangtracker.tracker.interview.ScriptedSession.ran;
import static org.assertj.core.api.Assertions.assertThat;

import dev.maangtracker.core.evaluation.AnswerEvaluation;
import dev.maangtracker.core.evaluation.DimensionScore;
import dev.maangtracker.core.interview.CodeCheck;
import dev.maangtracker.core.interview.InterviewSession;
import dev.maangtracker.core.judge.Verdict;
import dev.maangtracker.core.question.InterviewMode;
import dev.maangtracker.core.question.QuestionBank;
import dev.maangtracker.tracker.activity.InMemoryActivityLog;
import dev.maangtracker.tracker.fsrs.FsrsScheduler;
import dev.maangtracker.tracker.fsrs.SchedulerSettings;
import dev.maangtracker.tracker.planner.PracticeFeedback;
import dev.maangtracker.tracker.progress.Attempt;
import dev.maangtracker.tracker.progress.AttemptInput;
import dev.maangtracker.tracker.progress.AttemptOutcome;
import dev.maangtracker.tracker.progress.InMemoryProgressRepository;
import dev.maangtracker.tracker.progress.ProblemStatus;
import dev.maangtracker.tracker.progress.ProgressTracker;
import dev.maangtracker.tracker.review.InMemoryReviewItemRepository;
import dev.maangtracker.tracker.review.ItemType;
import dev.maangtracker.tracker.review.ReviewItem;
import dev.maangtracker.tracker.roadmap.RoadmapCatalog;
import dev.maangtracker.tracker.weakness.QuestionTopics;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which roadmap attempts an interview's questions amount to, and recording them once. */
class InterviewPracticeTest {

    private static final QuestionBank BANK = QuestionBank.loadDefault();
    private static final RoadmapCatalog ROADMAP = RoadmapCatalog.loadDefault().withQuestionBank(BANK);
    private static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");
    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final String PAIR = "pair-with-target-sum";

    private final Clock clock = Clock.fixed(T0.plus(Duration.ofDays(1)), ZoneOffset.UTC);
    private final InMemoryProgressRepository repository = new InMemoryProgressRepository();
    private final InMemoryActivityLog activity = new InMemoryActivityLog();
    private final InMemoryReviewItemRepository reviews = new InMemoryReviewItemRepository();
    private final ProgressTracker progress = new ProgressTracker(ROADMAP, repository, activity, clock);
    private final InterviewPractice practice = new InterviewPractice(ROADMAP, QuestionTopics.of(BANK), progress,
            new PracticeFeedback(ROADMAP, new FsrsScheduler(SchedulerSettings.defaults(), clock), reviews));
    private final UUID user = UUID.randomUUID();

    @Test
    void aQuestionClosesWhenTheNextIsAskedOrTheSessionEnds() {
        ScriptedSession script = new ScriptedSession(user, InterviewMode.CODING);
        InterviewSession[] start = script.ask(PAIR, Duration.ZERO);
        assertThat(InterviewPractice.closesQuestion(start[0], start[1])).as("the first question").isFalse();
        InterviewSession beforeAnswer = script.session();
        script.answer(Duration.ofMinutes(3), "python", ran(PAIR, 80, Verdict.ACCEPTED, 8, 8));
        assertThat(InterviewPractice.closesQuestion(beforeAnswer, script.session())).as("an answer").isFalse();
        InterviewSession[] next = script.ask("missing-number", Duration.ofSeconds(1));
        assertThat(InterviewPractice.closesQuestion(next[0], next[1])).as("the next question").isTrue();
        InterviewSession[] completed = script.complete();
        assertThat(InterviewPractice.closesQuestion(completed[0], completed[1])).as("completion").isTrue();
        assertThat(InterviewPractice.closesQuestion(completed[1], completed[1])).as("after the end").isFalse();

        ScriptedSession abandoned = new ScriptedSession(user, InterviewMode.CODING);
        InterviewSession[] never = abandoned.abandon();
        assertThat(InterviewPractice.closesQuestion(never[0], never[1])).as("abandoned before a question").isFalse();
    }

    @Test
    void anAcceptedRunIsASolvedAttemptWithTheQuestionsClockHintsAndLanguage() {
        ScriptedSession script = new ScriptedSession(user, InterviewMode.CODING);
        script.ask(PAIR, Duration.ZERO);
        script.hint(Duration.ofMinutes(4));
        script.pause(Duration.ofMinutes(30));
        script.answer(Duration.ofMinutes(8).plusSeconds(30), "java", ran(PAIR, 70, Verdict.ACCEPTED, 8, 8));
        InterviewSession[] step = script.ask("missing-number", Duration.ofSeconds(2));

        List<InterviewAttempt> attempts = practice.attempts(step[0], step[1], script.turns(), ZONE);

        assertThat(attempts).singleElement().satisfies(attempt -> {
            assertThat(attempt.type()).isEqualTo(ItemType.PROBLEM);
            assertThat(attempt.userId()).isEqualTo(user);
            AttemptInput input = attempt.input();
            assertThat(input.slug()).isEqualTo(PAIR);
            assertThat(input.outcome()).isEqualTo(AttemptOutcome.SOLVED);
            assertThat(input.minutes()).as("4 + 8.5 minutes on the clock, the pause excluded, rounded up").isEqualTo(13);
            assertThat(input.hintsUsed()).isEqualTo(1);
            assertThat(input.language()).isEqualTo("java");
            assertThat(input.attemptedAt()).isEqualTo(T0.plus(Duration.ofMinutes(42).plusSeconds(30)));
            assertThat(input.zone()).isEqualTo(ZONE);
        });
        assertThat(practice.attempts(step[0], step[1], script.turns(), ZONE)).as("the same every time")
                .isEqualTo(attempts);
    }

    @ParameterizedTest(name = "{0} with {1} of {2} tests is {3}")
    @CsvSource({"ACCEPTED,8,8,SOLVED", "WRONG_ANSWER,3,8,PARTIAL", "TIME_LIMIT_EXCEEDED,7,8,PARTIAL",
            "WRONG_ANSWER,0,8,FAILED", "RUNTIME_ERROR,0,8,FAILED", "COMPILATION_ERROR,0,8,FAILED"})
    void theJudgesVerdictDecidesTheOutcome(Verdict verdict, int passed, int total, AttemptOutcome expected) {
        assertThat(outcomeOf(ran(PAIR, 90, verdict, passed, total))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "correctness {0} is {1}")
    @CsvSource({"100,SOLVED", "80,SOLVED", "79,PARTIAL", "40,PARTIAL", "39,FAILED", "0,FAILED"})
    void withoutARunTheCorrectnessScoreDecides(int score, AttemptOutcome expected) {
        assertThat(outcomeOf(evaluation(PAIR, 95, List.of(new DimensionScore(CodeCheck.DIMENSION, score, List.of(),
                "reads correct"))))).as("an interviewer's correctness").isEqualTo(expected);
        assertThat(outcomeOf(evaluation(PAIR, score, List.of()))).as("the overall score").isEqualTo(expected);
    }

    @Test
    void aRunOutweighsAnyScoreWithoutOneAndTheBestRunWins() {
        ScriptedSession script = new ScriptedSession(user, InterviewMode.CODING);
        script.ask(PAIR, Duration.ZERO);
        script.answer(Duration.ofMinutes(5), "python", ran(PAIR, 60, Verdict.WRONG_ANSWER, 0, 8));
        script.answer(Duration.ofMinutes(2), null, evaluation(PAIR, 95, List.of()));
        InterviewSession[] first = script.complete();
        assertThat(practice.attempts(first[0], first[1], script.turns(), ZONE)).singleElement()
                .satisfies(a -> assertThat(a.input().outcome()).isEqualTo(AttemptOutcome.FAILED))
                .satisfies(a -> assertThat(a.input().language()).isEqualTo("python"))
                .satisfies(a -> assertThat(a.input().minutes()).isEqualTo(7));

        ScriptedSession again = new ScriptedSession(user, InterviewMode.CODING);
        again.ask(PAIR, Duration.ZERO);
        again.answer(Duration.ofMinutes(5), "python", ran(PAIR, 60, Verdict.WRONG_ANSWER, 2, 8));
        again.answer(Duration.ofMinutes(5), "javascript", ran(PAIR, 80, Verdict.ACCEPTED, 8, 8));
        again.answer(Duration.ofMinutes(5), "java", ran(PAIR, 50, Verdict.RUNTIME_ERROR, 0, 8));
        InterviewSession[] second = again.abandon();
        assertThat(practice.attempts(second[0], second[1], again.turns(), ZONE)).singleElement()
                .satisfies(a -> assertThat(a.input().outcome()).isEqualTo(AttemptOutcome.SOLVED))
                .satisfies(a -> assertThat(a.input().language()).isEqualTo("javascript"));
    }

    @Test
    void aSystemDesignPromptIsAStudyOfEachOfItsConcepts() {
        ScriptedSession script = new ScriptedSession(user, InterviewMode.SYSTEM_DESIGN);
        script.ask("search-autocomplete", Duration.ZERO);
        script.answer(Duration.ofMinutes(20), null, evaluation("search-autocomplete", 85, List.of()));
        script.answer(Duration.ofMinutes(5), null, evaluation("search-autocomplete", 55, List.of()));
        InterviewSession[] step = script.complete();

        List<InterviewAttempt> attempts = practice.attempts(step[0], step[1], script.turns(), ZONE);

        // Its topics are tries, caching, ranking and stream-processing: tries is a coding topic, not a concept.
        assertThat(attempts).extracting(a -> a.input().slug())
                .containsExactly("caching", "ranking", "stream-processing");
        assertThat(attempts).allSatisfy(a -> {
            assertThat(a.type()).isEqualTo(ItemType.CONCEPT);
            assertThat(a.input().outcome()).as("the best answer").isEqualTo(AttemptOutcome.SOLVED);
            assertThat(a.input().language()).isEmpty();
        });
        assertThat(attempts).as("25 minutes shared").extracting(a -> a.input().minutes()).containsExactly(9, 8, 8);
        assertThat(attempts).extracting(InterviewAttempt::id).doesNotHaveDuplicates();
    }

    @Test
    void behavioralUnansweredAndUnknownQuestionsAreNoPractice() {
        ScriptedSession behavioral = new ScriptedSession(user, InterviewMode.BEHAVIORAL);
        String story = BANK.behavioralQuestions().get(0).id();
        behavioral.ask(story, Duration.ZERO);
        behavioral.answer(Duration.ofMinutes(3), null, evaluation(story, 90, List.of()));
        InterviewSession[] told = behavioral.complete();
        assertThat(practice.attempts(told[0], told[1], behavioral.turns(), ZONE)).isEmpty();

        ScriptedSession coding = new ScriptedSession(user, InterviewMode.CODING);
        coding.ask(PAIR, Duration.ZERO);
        InterviewSession[] skipped = coding.ask("missing-number", Duration.ofMinutes(1));
        assertThat(practice.attempts(skipped[0], skipped[1], coding.turns(), ZONE)).as("unanswered").isEmpty();
        coding.answer(Duration.ofMinutes(1), "python", ran("missing-number", 90, Verdict.ACCEPTED, 8, 8));
        InterviewSession[] unknown = coding.ask("a-question-of-my-own", Duration.ofMinutes(1));
        assertThat(practice.attempts(unknown[0], unknown[1], coding.turns(), ZONE)).hasSize(1);
        coding.answer(Duration.ofMinutes(1), "python", ran("a-question-of-my-own", 90, Verdict.ACCEPTED, 8, 8));
        InterviewSession[] end = coding.complete();
        assertThat(practice.attempts(end[0], end[1], coding.turns(), ZONE)).as("no roadmap problem").isEmpty();
    }

    @Test
    void recordingMovesStatusTopicProgressStreakAndReviewsOnce() {
        ScriptedSession script = new ScriptedSession(user, InterviewMode.CODING);
        script.ask("missing-number", Duration.ZERO);
        script.answer(Duration.ofMinutes(6), "python", ran("missing-number", 90, Verdict.ACCEPTED, 8, 8));
        InterviewSession[] step = script.complete();
        List<InterviewAttempt> attempts = practice.attempts(step[0], step[1], script.turns(), ZONE);
        int mathBefore = progress.report(user).block(TIMEOUT).byTopic().get("math-geometry");

        List<Attempt> recorded = practice.record(attempts).block(TIMEOUT);

        assertThat(recorded).extracting(Attempt::id).containsExactly(attempts.get(0).id());
        assertThat(progress.progress(user, "missing-number").block(TIMEOUT).status()).isEqualTo(ProblemStatus.SOLVED);
        assertThat(progress.report(user).block(TIMEOUT).byTopic().get("math-geometry")).as("a topic the bank adds")
                .isGreaterThan(mathBefore);
        assertThat(progress.report(user).block(TIMEOUT).byTopic().get("bit-manipulation")).isPositive();
        assertThat(progress.streak(user, ZONE).block(TIMEOUT).current()).isEqualTo(1);
        List<ReviewItem> reviewed = reviews.findAll(user).collectList().block(TIMEOUT);
        assertThat(reviewed).extracting(r -> r.type() + " " + r.key()).containsExactlyInAnyOrder(
                "PROBLEM missing-number", "CONCEPT bit-manipulation", "CONCEPT math-geometry");

        assertThat(practice.record(attempts).block(TIMEOUT)).as("the same step again").isEmpty();
        assertThat(progress.attempts(user).block(TIMEOUT)).hasSize(1);
        assertThat(activity.findByUser(user).collectList().block(TIMEOUT)).hasSize(1);
        assertThat(reviews.findAll(user).collectList().block(TIMEOUT)).isEqualTo(reviewed)
                .allSatisfy(r -> assertThat(r.card().reps()).isEqualTo(1));
    }

    @Test
    void aLaterMissNeverLowersAStatus() {
        for (int i = 0; i < 3; i++) {
            ScriptedSession script = new ScriptedSession(user, InterviewMode.CODING);
            script.ask(PAIR, Duration.ofHours(i));
            script.answer(Duration.ofMinutes(6), "python", i < 2 ? ran(PAIR, 90, Verdict.ACCEPTED, 8, 8)
                    : ran(PAIR, 20, Verdict.WRONG_ANSWER, 0, 8));
            InterviewSession[] step = script.complete();
            practice.record(practice.attempts(step[0], step[1], script.turns(), ZONE)).block(TIMEOUT);
        }
        assertThat(progress.attempts(user).block(TIMEOUT)).extracting(Attempt::outcome)
                .containsExactly(AttemptOutcome.SOLVED, AttemptOutcome.SOLVED, AttemptOutcome.FAILED);
        assertThat(progress.progress(user, PAIR).block(TIMEOUT).status()).isEqualTo(ProblemStatus.MASTERED);
    }

    @Test
    void theReportReviewsOnlyTopicsOfQuestionsThatWereNoPractice() {
        ScriptedSession script = new ScriptedSession(user, InterviewMode.CODING);
        script.ask(PAIR, Duration.ZERO);
        script.answer(Duration.ofMinutes(6), "python", ran(PAIR, 90, Verdict.ACCEPTED, 8, 8));
        script.ask("missing-number", Duration.ofMinutes(1));
        InterviewSession[] step = script.complete();

        QuestionTopics left = practice.topicsLeftToReview(step[1], script.turns());

        assertThat(left.topicsOf(PAIR)).as("reviewed by its attempt").isEmpty();
        assertThat(left.topicsOf("missing-number")).as("asked, never answered")
                .containsExactly("bit-manipulation", "math-geometry");
    }

    private AttemptOutcome outcomeOf(AnswerEvaluation evaluation) {
        ScriptedSession script = new ScriptedSession(user, InterviewMode.CODING);
        script.ask(PAIR, Duration.ZERO);
        script.answer(Duration.ofMinutes(10), "python", evaluation);
        InterviewSession[] step = script.complete();
        return practice.attempts(step[0], step[1], script.turns(), ZONE).get(0).input().outcome();
    }
}
