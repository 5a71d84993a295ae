package dev.maangtracker.core.judge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.maangtracker.core.error.UnavailableException;
import dev.maangtracker.core.judge.internal.SandboxSetup;
import dev.maangtracker.core.question.QuestionBank;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Without bubblewrap the judge reports why and runs nothing. */
class UnavailableJudgeTest {

    @Test
    void missingBubblewrapMakesTheJudgeUnavailableWithTheReason() {
        SandboxSetup.Result setup = SandboxSetup.create(61_000, Path.of("/nonexistent/bwrap"));
        try (SandboxJudge judge = SandboxJudge.create(JudgeSettings.defaults(), setup)) {
            assertThat(judge.availability().available()).isFalse();
            assertThat(judge.availability().reason()).hasValueSatisfying(why -> assertThat(why).contains("bubblewrap"));
            assertThat(judge.availability().whyNot(Language.PYTHON)).isPresent();

            Submission submission = new Submission(QuestionBank.loadDefault().codingProblem("pair-with-target-sum"),
                    Language.PYTHON, "import os\nos.system('touch /tmp/ran-unsandboxed')\n", TestSelection.ALL);
            assertThatThrownBy(() -> judge.judge(submission).block(Duration.ofSeconds(10)))
                    .isInstanceOf(UnavailableException.class).hasMessageContaining("code judge for python is unavailable");
            assertThat(Path.of("/tmp/ran-unsandboxed")).doesNotExist();
        }
    }
}
