package dev.maangtracker.app.judge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maangtracker.core.judge.CodeJudge;
import dev.maangtracker.core.judge.GrowthCheck;
import dev.maangtracker.core.judge.JudgeAvailability;
import dev.maangtracker.core.judge.JudgeResult;
import dev.maangtracker.core.judge.Language;
import dev.maangtracker.core.judge.Submission;
import dev.maangtracker.core.judge.TestResult;
import dev.maangtracker.core.judge.TestSelection;
import dev.maangtracker.core.judge.Verdict;
import dev.maangtracker.core.question.QuestionBank;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/** The judge wrapper hands results to the collector in the subscriber's context, and only there. */
class RecordingCodeJudgeTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final JudgeResult ACCEPTED = new JudgeResult(Verdict.ACCEPTED,
            List.of(new TestResult(0, false, Verdict.ACCEPTED, Duration.ofMillis(3), 4096)), Optional.empty(), "",
            Duration.ZERO);
    private static final GrowthCheck LINEAR = new GrowthCheck("O(n)", 1, 1.1, true, "grows like n^1.1");

    private final FakeJudge fake = new FakeJudge();
    private final RecordingCodeJudge judge = new RecordingCodeJudge(fake);
    private final Submission submission = new Submission(QuestionBank.loadDefault().codingProblem("missing-number"),
            Language.PYTHON, "def missingNumber(nums):\n    return 0\n", TestSelection.ALL);

    @Test
    void recordsTheResultAndGrowthForTheRequestThatRanThem() {
        JudgeRuns runs = new JudgeRuns();
        StepVerifier.create(judge.judge(submission).contextWrite(runs.context())).expectNext(ACCEPTED)
                .verifyComplete();
        StepVerifier.create(judge.checkGrowth(submission).contextWrite(runs.context()))
                .expectNext(Optional.of(LINEAR)).verifyComplete();

        JudgeRuns.Run run = runs.last().orElseThrow();
        assertThat(run.submission()).isSameAs(submission);
        assertThat(run.result()).isEqualTo(ACCEPTED);
        assertThat(run.growth()).contains(LINEAR);
        VerdictsView view = VerdictsView.of(null, run);
        assertThat(view.total()).isEqualTo(submission.selectedTests().size());
        assertThat(view.tests()).containsExactly(new TestVerdictView(0, false, Verdict.ACCEPTED, 3, 4L));
        assertThat(view.growth().measuredExponent()).isEqualTo(1.1);
    }

    @Test
    void recordsNothingWithoutACollectorAndNothingForAnotherRequest() {
        JudgeRuns mine = new JudgeRuns();
        judge.judge(submission).block(TIMEOUT);
        judge.judge(submission).contextWrite(new JudgeRuns().context()).block(TIMEOUT);
        assertThat(mine.last()).isEmpty();
        assertThat(fake.calls).isEqualTo(2);
    }

    @Test
    void passesFailuresAndAvailabilityThrough() {
        fake.fail = true;
        JudgeRuns runs = new JudgeRuns();
        StepVerifier.create(judge.judge(submission).contextWrite(runs.context()))
                .expectErrorMessage("judge down").verify(TIMEOUT);
        assertThat(runs.last()).isEmpty();
        assertThat(judge.availability().whyNot(Language.JAVA)).contains("no JDK");
    }

    private static final class FakeJudge implements CodeJudge {
        int calls;
        boolean fail;

        @Override
        public Mono<JudgeResult> judge(Submission submission) {
            return Mono.defer(() -> {
                calls++;
                return fail ? Mono.error(new IllegalStateException("judge down")) : Mono.just(ACCEPTED);
            });
        }

        @Override
        public Mono<Optional<GrowthCheck>> checkGrowth(Submission submission) {
            return Mono.just(Optional.of(LINEAR));
        }

        @Override
        public JudgeAvailability availability() {
            return new JudgeAvailability(Optional.empty(), Map.of(Language.JAVA, "no JDK"));
        }
    }
}
