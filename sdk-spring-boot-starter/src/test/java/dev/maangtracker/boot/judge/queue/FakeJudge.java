package dev.maangtracker.boot.judge.queue;

import dev.maangtracker.core.judge.CodeJudge;
import dev.maangtracker.core.judge.FailedCase;
import dev.maangtracker.core.judge.GrowthCheck;
import dev.maangtracker.core.judge.JudgeAvailability;
import dev.maangtracker.core.judge.JudgeResult;
import dev.maangtracker.core.judge.Language;
import dev.maangtracker.core.judge.Submission;
import dev.maangtracker.core.judge.TestResult;
import dev.maangtracker.core.judge.Verdict;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import reactor.core.publisher.Mono;

/** A local judge for queue tests: answers from the submission, or never answers, or fails; counts its calls. */
final class FakeJudge implements CodeJudge {

    final AtomicInteger calls = new AtomicInteger();
    final CountDownLatch started = new CountDownLatch(1);
    private final Function<Submission, Mono<JudgeResult>> behaviour;
    private final Map<Language, String> missingLanguages;

    private FakeJudge(Function<Submission, Mono<JudgeResult>> behaviour) {
        this(behaviour, Map.of(Language.JAVA, "no JDK on this worker"));
    }

    private FakeJudge(Function<Submission, Mono<JudgeResult>> behaviour, Map<Language, String> missingLanguages) {
        this.behaviour = behaviour;
        this.missingLanguages = missingLanguages;
    }

    /** Like {@link #answering()}, on a worker that runs every language. */
    static FakeJudge answeringEveryLanguage() {
        return new FakeJudge(submission -> Mono.just(resultFor(submission)), Map.of());
    }

    /** Answers like {@link #answering()} after a delay. */
    static FakeJudge slow(Duration delay) {
        return new FakeJudge(submission -> Mono.delay(delay).thenReturn(resultFor(submission)));
    }

    /** Answers WRONG_ANSWER on the first test, naming the submission's language in the message. */
    static FakeJudge answering() {
        return new FakeJudge(submission -> Mono.just(resultFor(submission)));
    }

    /** Starts and never finishes, like a worker stuck on a job or killed while running it. */
    static FakeJudge hanging() {
        return new FakeJudge(submission -> Mono.never());
    }

    /** Fails with the given error. */
    static FakeJudge failing(RuntimeException error) {
        return new FakeJudge(submission -> Mono.error(error));
    }

    static JudgeResult resultFor(Submission submission) {
        return new JudgeResult(Verdict.WRONG_ANSWER,
                List.of(new TestResult(0, false, Verdict.WRONG_ANSWER, Duration.ofMillis(7), 12_345)),
                Optional.of(new FailedCase("[[1,2],3]", "[0,1]", "[1,0]")),
                "judged " + submission.language().id() + " with " + submission.selectedTests().size() + " tests",
                Duration.ofMillis(250));
    }

    @Override
    public Mono<JudgeResult> judge(Submission submission) {
        return Mono.defer(() -> {
            calls.incrementAndGet();
            started.countDown();
            return behaviour.apply(submission);
        });
    }

    @Override
    public Mono<Optional<GrowthCheck>> checkGrowth(Submission submission) {
        return Mono.just(Optional.of(new GrowthCheck(submission.problem().timeComplexity(), 1, 1.1, true,
                "grows like n^1.1")));
    }

    @Override
    public JudgeAvailability availability() {
        return new JudgeAvailability(Optional.empty(), missingLanguages);
    }
}
