package dev.maangtracker.boot.system;

import static dev.maangtracker.boot.system.FullModeApp.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.maangtracker.boot.tracker.R2dbcProgressRepository;
import dev.maangtracker.core.interview.AnswerResult;
import dev.maangtracker.core.interview.CandidateAnswer;
import dev.maangtracker.core.interview.InterviewEngine;
import dev.maangtracker.core.interview.InterviewSession;
import dev.maangtracker.core.interview.NewInterview;
import dev.maangtracker.core.interview.StepListener;
import dev.maangtracker.core.interview.Turn;
import dev.maangtracker.core.interview.TurnKind;
import dev.maangtracker.core.judge.CodeJudge;
import dev.maangtracker.core.judge.Language;
import dev.maangtracker.core.question.Difficulty;
import dev.maangtracker.core.question.InterviewMode;
import dev.maangtracker.core.question.QuestionBank;
import dev.maangtracker.core.user.UserAccount;
import dev.maangtracker.tracker.activity.ActivityEvent;
import dev.maangtracker.tracker.activity.ActivityLog;
import dev.maangtracker.tracker.activity.ActivityType;
import dev.maangtracker.tracker.progress.Attempt;
import dev.maangtracker.tracker.progress.AttemptOutcome;
import dev.maangtracker.tracker.progress.ProblemStatus;
import dev.maangtracker.tracker.progress.ProgressReport;
import dev.maangtracker.tracker.progress.ProgressRepository;
import dev.maangtracker.tracker.progress.ProgressTracker;
import dev.maangtracker.tracker.review.ItemType;
import dev.maangtracker.tracker.review.ReviewItem;
import dev.maangtracker.tracker.review.ReviewItemRepository;
import dev.maangtracker.tracker.roadmap.Problem;
import dev.maangtracker.tracker.roadmap.RoadmapCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Interviews move the roadmap in full mode (attempts, activity and reviews in PostgreSQL): a coding interview, whose
 * code the sandbox judge runs, makes its problems solved and their topics progress, and a system design interview
 * makes its concepts studied; the same step delivered again records nothing twice.
 */
class InterviewPracticeIT {

    private static final String EXPLANATION = "I scan the input once and keep what I need in a hash map, so the time "
            + "complexity is O(n) and the space complexity is O(n). Edge cases are empty input, a single element and "
            + "duplicates.";
    private static final CandidateAnswer DESIGN = CandidateAnswer.of("I clarify requirements, estimate 4000 reads "
            + "per second, define the API, store the data in a table partitioned by key, put a cache in front of the "
            + "database, shard by key hash and replicate for reads; the bottleneck is the database on cache misses, "
            + "and the trade-off is eventual consistency for lower latency.");

    private static FullModeApp app;
    private static ConfigurableApplicationContext context;

    @BeforeAll
    static void start() {
        app = new FullModeApp("interview_practice");
        context = app.start();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void aCodingInterviewMovesItsProblemsAndTheirTopicsOnce() {
        assertThat(context.getBean(ProgressRepository.class)).isInstanceOf(R2dbcProgressRepository.class);
        UserAccount user = FullModeApp.createUser(context);
        InterviewEngine engine = context.getBean(InterviewEngine.class);
        ProgressTracker progress = context.getBean(ProgressTracker.class);
        RoadmapCatalog roadmap = context.getBean(RoadmapCatalog.class);
        boolean judged = SandboxRequirement.canRun(context.getBean(CodeJudge.class), Language.PYTHON);
        ProgressReport before = progress.report(user.id()).block(TIMEOUT);

        Completion done = run(engine, user.id(), InterviewMode.CODING,
                questionId -> new CandidateAnswer(EXPLANATION, referenceSolution(questionId), "python", null));

        List<Attempt> attempts = progress.attempts(user.id()).block(TIMEOUT);
        assertThat(attempts).extracting(Attempt::slug).containsExactlyElementsOf(done.asked());
        ProgressReport after = progress.report(user.id()).block(TIMEOUT);
        for (String questionId : done.asked()) {
            Problem problem = roadmap.problem(questionId);
            assertThat(problem.inQuestionBank()).isTrue();
            ProblemStatus status = progress.progress(user.id(), questionId).block(TIMEOUT).status();
            assertThat(status).as("status of %s", questionId).isNotEqualTo(ProblemStatus.TODO);
            if (judged) {
                assertThat(status).as("status of %s, its code accepted", questionId).isEqualTo(ProblemStatus.SOLVED);
            }
            for (String topic : problem.topics()) {
                assertThat(after.byTopic().get(topic)).as("progress on %s", topic)
                        .isGreaterThan(before.byTopic().get(topic));
            }
        }
        if (judged) {
            assertThat(attempts).extracting(Attempt::outcome).containsOnly(AttemptOutcome.SOLVED);
            assertThat(attempts).allSatisfy(a -> assertThat(a.input().language()).isEqualTo("python"));
        }
        assertThat(after.overall()).isGreaterThan(before.overall());
        List<ActivityType> activity = context.getBean(ActivityLog.class).findByUser(user.id())
                .map(ActivityEvent::type).collectList().block(TIMEOUT);
        assertThat(activity).filteredOn(type -> type == ActivityType.PROBLEM_ATTEMPT).hasSize(done.asked().size());
        assertThat(activity).filteredOn(type -> type == ActivityType.INTERVIEW_COMPLETED).hasSize(1);

        // One schedule: each problem and each of its topics reviewed once per attempt, none again by the report.
        Map<String, Long> expectedTopicReviews = done.asked().stream()
                .flatMap(q -> roadmap.problem(q).topics().stream())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        List<ReviewItem> reviews = reviews(user.id());
        for (String questionId : done.asked()) {
            assertThat(review(reviews, ItemType.PROBLEM, questionId).card().reps()).isEqualTo(1);
        }
        expectedTopicReviews.forEach((topic, count) ->
                assertThat(review(reviews, ItemType.CONCEPT, topic).card().reps()).as("reviews of %s", topic)
                        .isEqualTo(count.intValue()));
        assertThat(reviews).anySatisfy(r -> assertThat(r.type()).isEqualTo(ItemType.RUBRIC_DIMENSION));

        // The step that completed the interview, delivered again, records no attempt and no review twice.
        context.getBean(StepListener.class).committed(done.previous(), done.stored(), done.newTurns()).block(TIMEOUT);
        assertThat(progress.attempts(user.id()).block(TIMEOUT)).isEqualTo(attempts);
        List<ReviewItem> again = reviews(user.id());
        for (String questionId : done.asked()) {
            assertThat(review(again, ItemType.PROBLEM, questionId)).isEqualTo(review(reviews, ItemType.PROBLEM,
                    questionId));
        }
    }

    @Test
    void aSystemDesignInterviewStudiesThePromptsConcepts() {
        UserAccount user = FullModeApp.createUser(context);
        ProgressTracker progress = context.getBean(ProgressTracker.class);
        RoadmapCatalog roadmap = context.getBean(RoadmapCatalog.class);
        QuestionBank bank = context.getBean(QuestionBank.class);

        Completion done = run(context.getBean(InterviewEngine.class), user.id(), InterviewMode.SYSTEM_DESIGN,
                questionId -> DESIGN);

        List<String> concepts = done.asked().stream()
                .flatMap(q -> bank.systemDesignPrompt(q).topics().stream())
                .filter(t -> roadmap.findConcept(t).isPresent()).distinct().toList();
        assertThat(concepts).isNotEmpty();
        List<Attempt> attempts = progress.attempts(user.id()).block(TIMEOUT);
        assertThat(attempts).extracting(Attempt::slug).containsExactlyInAnyOrderElementsOf(concepts);
        ProgressReport report = progress.report(user.id()).block(TIMEOUT);
        assertThat(report.systemDesign()).isPositive();
        assertThat(report.overall()).as("no coding problem was practised").isZero();
        for (String concept : concepts) {
            assertThat(report.byTopic().get(roadmap.concept(concept).topic())).as("topic of %s", concept).isPositive();
            assertThat(progress.progress(user.id(), concept).block(TIMEOUT).status())
                    .isNotEqualTo(ProblemStatus.TODO);
            assertThat(review(reviews(user.id()), ItemType.CONCEPT, concept).card().reps()).isEqualTo(1);
        }
    }

    /** The interview's questions, and the step that completed it. */
    private record Completion(List<String> asked, InterviewSession previous, InterviewSession stored,
                              List<Turn> newTurns) {
    }

    /** Answers every question (a new one with {@code answer}, a follow-up with words only) and completes. */
    private static Completion run(InterviewEngine engine, UUID user, InterviewMode mode,
                                  Function<String, CandidateAnswer> answer) {
        InterviewSession session = engine.create(user, NewInterview.of(mode, Difficulty.EASY)).block(TIMEOUT);
        Turn prompt = engine.start(user, session.id()).block(TIMEOUT).prompt();
        List<String> asked = new ArrayList<>();
        InterviewSession previous = null;
        for (int step = 0; step < 20 && prompt != null; step++) {
            CandidateAnswer reply = prompt.kind() == TurnKind.QUESTION ? answer.apply(prompt.questionId())
                    : CandidateAnswer.of(EXPLANATION);
            if (prompt.kind() == TurnKind.QUESTION) {
                asked.add(prompt.questionId());
            }
            AnswerResult result = engine.answer(user, session.id(), reply).block(TIMEOUT);
            previous = result.session();
            prompt = result.nextPrompt().orElse(null);
        }
        assertThat(prompt).as("the interview asks a bounded number of questions").isNull();
        engine.complete(user, session.id()).block(TIMEOUT);
        InterviewSession stored = engine.get(user, session.id()).block(TIMEOUT);
        int from = previous.turnCount();
        List<Turn> newTurns = engine.turns(user, session.id()).filter(t -> t.sequence() > from).collectList()
                .block(TIMEOUT);
        return new Completion(List.copyOf(asked), previous, stored, newTurns);
    }

    private static List<ReviewItem> reviews(UUID user) {
        return context.getBean(ReviewItemRepository.class).findAll(user).collectList().block(TIMEOUT);
    }

    private static ReviewItem review(List<ReviewItem> reviews, ItemType type, String key) {
        return reviews.stream().filter(r -> r.type() == type && r.key().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no review of " + type + " " + key + " in " + reviews));
    }

    /** The correct Python solution of a bank problem, shipped with sdk-core's tests. */
    private static String referenceSolution(String problemId) {
        String resource = "/dev/maangtracker/core/judge/reference/" + problemId + ".py";
        try (InputStream in = InterviewPracticeIT.class.getResourceAsStream(resource)) {
            assertThat(in).as("a reference solution of %s", problemId).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
