package dev.maangtracker.core.judge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.maangtracker.core.error.UnavailableException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

/** A full queue fails fast with a typed busy error instead of piling up work. */
class BusyIT {

    @Test
    void aSubmissionBeyondSlotsAndQueueIsRejectedAsBusy() throws Exception {
        JudgeFixture.judge();
        String loop = "def pairWithTargetSum(nums, target):\n    while True:\n        pass\n";
        try (SandboxJudge judge = SandboxJudge.create(JudgeSettings.defaults().withSlots(1).withQueueCapacity(0)
                .withTimeLimit(Duration.ofMillis(500)))) {
            Submission submission = new Submission(JudgeFixture.problem("pair-with-target-sum"), Language.PYTHON, loop,
                    TestSelection.VISIBLE);
            Mono<JudgeResult> first = judge.judge(submission).cache();
            first.subscribe();
            Thread.sleep(200);

            assertThatThrownBy(() -> judge.judge(submission).block(Duration.ofSeconds(10)))
                    .isInstanceOf(UnavailableException.class).hasMessageContaining("busy")
                    .satisfies(e -> assertThat(((UnavailableException) e).isRetriable()).isTrue());
            assertThat(first.block(Duration.ofSeconds(30)).verdict()).isEqualTo(Verdict.TIME_LIMIT_EXCEEDED);
        }
        JudgeFixture.assertNoSlotProcesses();
    }
}
