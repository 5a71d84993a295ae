package dev.maangtracker.boot.judge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maangtracker.boot.MaangAutoConfigurations;
import dev.maangtracker.boot.startup.ComponentChoice;
import dev.maangtracker.boot.startup.ComponentReport;
import dev.maangtracker.core.error.UnavailableException;
import dev.maangtracker.core.interview.CodeCheck;
import dev.maangtracker.core.judge.CodeJudge;
import dev.maangtracker.core.judge.JudgeAvailability;
import dev.maangtracker.core.judge.JudgeResult;
import dev.maangtracker.core.judge.SandboxJudge;
import dev.maangtracker.core.judge.Submission;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

class MaangJudgeAutoConfigurationTest {

    private final ApplicationContextRunner runner = MaangAutoConfigurations.light();

    @Test
    void disabledJudgeRunsNothingAndSaysWhy() {
        runner.run(context -> {
            CodeJudge judge = context.getBean(MaangJudgeAutoConfiguration.BEAN, CodeJudge.class);
            assertThat(judge).isInstanceOf(DisabledCodeJudge.class);
            assertThat(judge.availability().available()).isFalse();
            StepVerifier.create(judge.judge(null)).expectError(UnavailableException.class)
                    .verify(Duration.ofSeconds(5));
            assertThat(context.getBean(ComponentReport.class).choices()).contains(new ComponentChoice("code judge",
                    "unavailable: " + DisabledCodeJudge.REASON,
                    "DisabledCodeJudge; code answers are evaluated without execution"));
            assertThat(context).hasSingleBean(CodeCheck.class);
        });
    }

    @Test
    void enabledJudgeIsTheSandboxWithTheConfiguredLimitsAndClosesWithTheContext() {
        runner.withPropertyValues("maang.judge.enabled=true", "maang.judge.slots=3", "maang.judge.time-limit=5s",
                "maang.judge.queue-capacity=7").run(context -> {
                    SandboxJudge judge = context.getBean(MaangJudgeAutoConfiguration.BEAN, SandboxJudge.class);
                    assertThat(judge.settings().slots()).isEqualTo(3);
                    assertThat(judge.settings().timeLimit()).isEqualTo(Duration.ofSeconds(5));
                    assertThat(judge.settings().queueCapacity()).isEqualTo(7);
                    // Whether this machine can sandbox or not, the table says which, never "runs unsandboxed".
                    ComponentChoice row = context.getBean(ComponentReport.class).choices().stream()
                            .filter(c -> c.component().equals("code judge")).findFirst().orElseThrow();
                    assertThat(row.implementation()).satisfiesAnyOf(
                            text -> assertThat(text).startsWith("sandbox judge"),
                            text -> assertThat(text).startsWith("unavailable: "));
                });
    }

    @Test
    void aBeanNamedCodeJudgeReplacesTheSandbox() {
        CodeJudge mine = new FixedJudge();
        runner.withBean(MaangJudgeAutoConfiguration.BEAN, CodeJudge.class, () -> mine).run(context -> {
            assertThat(context.getBean(MaangJudgeAutoConfiguration.BEAN)).isSameAs(mine);
            assertThat(context.getBean(ComponentReport.class).choices())
                    .contains(new ComponentChoice("code judge", "FixedJudge", "every language can run"));
        });
    }

    /** A judge that can always run and answers nothing; only its identity matters here. */
    static final class FixedJudge implements CodeJudge {
        @Override
        public Mono<JudgeResult> judge(Submission submission) {
            return Mono.empty();
        }

        @Override
        public JudgeAvailability availability() {
            return new JudgeAvailability(java.util.Optional.empty(), java.util.Map.of());
        }
    }
}
