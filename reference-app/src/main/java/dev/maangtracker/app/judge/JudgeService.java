package dev.maangtracker.app.judge;

import dev.maangtracker.boot.judge.MaangJudgeAutoConfiguration;
import dev.maangtracker.core.error.UnavailableException;
import dev.maangtracker.core.judge.CodeJudge;
import dev.maangtracker.core.judge.CodeSubmission;
import dev.maangtracker.core.judge.CodeSubmissionRepository;
import dev.maangtracker.core.judge.JudgeResult;
import dev.maangtracker.core.judge.Language;
import dev.maangtracker.core.judge.Submission;
import dev.maangtracker.core.judge.TestResult;
import dev.maangtracker.core.judge.TestSelection;
import dev.maangtracker.core.question.CodingProblem;
import dev.maangtracker.core.question.QuestionBank;
import dev.maangtracker.core.question.TestCase;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Runs code on a problem's visible tests outside interviews, and stores every judged submission
 * (runs and interview answers) through the {@link CodeSubmissionRepository}.
 */
@Service
public class JudgeService {

    private static final Logger log = LoggerFactory.getLogger(JudgeService.class);

    private final CodeJudge judge;
    private final QuestionBank bank;
    private final CodeSubmissionRepository submissions;
    private final Clock clock;

    /**
     * @param judges      the judge beans; the primary one (a queue in full mode), else {@code codeJudge}
     * @param named       the judge named {@code codeJudge}
     * @param bank        the coding problems
     * @param submissions where judged submissions are stored
     * @param clock       the application's clock
     */
    public JudgeService(ObjectProvider<CodeJudge> judges,
            @Qualifier(MaangJudgeAutoConfiguration.BEAN) ObjectProvider<CodeJudge> named, QuestionBank bank,
            CodeSubmissionRepository submissions, Clock clock) {
        this.judge = judges.getIfUnique(named::getIfAvailable);
        this.bank = bank;
        this.submissions = submissions;
        this.clock = clock;
    }

    /**
     * Runs the code on the problem's visible tests and stores the submission.
     *
     * @return the outcome; errors with NotFoundException for an unknown problem, InvalidInputException
     *         for an unknown language, UnavailableException when the judge or the language cannot run
     *         or the queue is full (with when to retry)
     */
    public Mono<JudgeRunResponse> run(UUID userId, JudgeRunRequest request) {
        return Mono.fromCallable(() -> {
            CodingProblem problem = bank.codingProblem(request.problemSlug().strip());
            Language language = Language.fromId(request.language().strip());
            Optional<String> why = judge == null ? Optional.of("no code judge is configured")
                    : judge.availability().whyNot(language);
            if (why.isPresent()) {
                throw UnavailableException.of("the code judge (" + why.get() + ")", null);
            }
            return new Submission(problem, language, request.code(), TestSelection.VISIBLE);
        }).flatMap(submission -> judge.judge(submission).flatMap(result -> submissions
                .save(CodeSubmission.of(userId, null, null, submission.problem().id(), submission.language(),
                        submission.code(), result, clock.instant()))
                .map(stored -> response(stored, submission, result))));
    }

    /**
     * Stores the code run of an interview answer, linked to its interview and answer turn. A store
     * that fails is logged and leaves the verdicts without a submission id: the answer itself is
     * already recorded and must not be reported as failed.
     */
    public Mono<VerdictsView> recordAnswer(UUID userId, UUID sessionId, UUID turnId, JudgeRuns.Run run) {
        CodeSubmission submission = CodeSubmission.of(userId, sessionId, turnId, run.submission().problem().id(),
                run.submission().language(), run.submission().code(), run.result(), clock.instant());
        return submissions.save(submission).map(stored -> VerdictsView.of(stored.id(), run))
                .onErrorResume(error -> {
                    log.warn("could not store the code submission of turn {} of interview {}", turnId, sessionId,
                            error);
                    return Mono.just(VerdictsView.of(null, run));
                });
    }

    /** The user's submissions made in an interview, oldest first. */
    public Mono<List<CodeSubmission>> ofInterview(UUID userId, UUID sessionId) {
        return submissions.findBySession(userId, sessionId).collectList();
    }

    private static JudgeRunResponse response(CodeSubmission stored, Submission submission, JudgeResult result) {
        List<TestCase> visible = submission.selectedTests();
        List<VisibleTestView> tests = new ArrayList<>();
        for (int i = 0; i < visible.size(); i++) {
            TestCase test = visible.get(i);
            TestResult ran = i < result.tests().size() ? result.tests().get(i) : null;
            if (ran == null) {
                tests.add(new VisibleTestView(i, test.args(), test.expected(), null, false, null, null, null));
                continue;
            }
            String actual = !ran.verdict().passed() && result.failedCase().isPresent()
                    ? result.failedCase().get().actual() : null;
            tests.add(new VisibleTestView(i, test.args(), test.expected(), actual, true, ran.verdict(),
                    ran.runTime().toMillis(), TestVerdictView.kib(ran.peakMemoryBytes())));
        }
        return new JudgeRunResponse(stored.id(), stored.problemSlug(), stored.language().id(), stored.verdict(),
                stored.passedCount(), visible.size(),
                stored.runTime() == null ? null : stored.runTime().toMillis(), stored.peakMemoryKb(),
                result.compileTime().toMillis(), result.message().isBlank() ? null : result.message(), tests);
    }
}
