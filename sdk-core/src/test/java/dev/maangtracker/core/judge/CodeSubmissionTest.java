package dev.maangtracker.core.judge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.maangtracker.core.error.InvalidInputException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CodeSubmissionTest {

    private static final Instant T0 = Instant.parse("2026-11-24T09:00:00Z");
    private static final UUID USER = UUID.randomUUID();

    @Test
    void buildsCountsTimeAndMemoryFromTheJudgesResult() {
        JudgeResult result = new JudgeResult(Verdict.TIME_LIMIT_EXCEEDED, List.of(
                new TestResult(0, false, Verdict.ACCEPTED, Duration.ofNanos(1_700_000), 1000),
                new TestResult(1, false, Verdict.TIME_LIMIT_EXCEEDED, Duration.ofMillis(2000), 3000)),
                Optional.empty(), "", Duration.ZERO);
        CodeSubmission submission = CodeSubmission.of(USER, null, null, "two-sum", Language.JAVA, "x", result, T0);
        assertThat(submission.verdict()).isEqualTo(Verdict.TIME_LIMIT_EXCEEDED);
        assertThat(submission.passedCount()).isEqualTo(1);
        assertThat(submission.totalCount()).isEqualTo(2);
        assertThat(submission.runTime()).isEqualTo(Duration.ofMillis(2001));
        assertThat(submission.peakMemoryKb()).isEqualTo(3L);
        assertThat(submission.tests().get(0).peakMemoryKb()).isEqualTo(1L);
        assertThat(submission.tests().get(1).message()).isNull();
    }

    @Test
    void rejectsMorePassedThanRun() {
        assertThatThrownBy(() -> new CodeSubmission(UUID.randomUUID(), USER, null, null, "two-sum", Language.JAVA,
                "x", Verdict.ACCEPTED, 3, 2, null, null, List.of(), T0))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("passedCount");
    }

    @Test
    void rejectsATurnWithoutItsSession() {
        assertThatThrownBy(() -> new CodeSubmission(UUID.randomUUID(), USER, null, UUID.randomUUID(), "two-sum",
                Language.JAVA, "x", Verdict.ACCEPTED, 0, 0, null, null, List.of(), T0))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("turnId");
    }
}
