package dev.maangtracker.boot.judge;

import dev.maangtracker.core.error.UnavailableException;
import dev.maangtracker.core.judge.CodeJudge;
import dev.maangtracker.core.judge.JudgeAvailability;
import dev.maangtracker.core.judge.JudgeResult;
import dev.maangtracker.core.judge.Submission;
import reactor.core.publisher.Mono;

/**
 * The judge of an application that switched code execution off ({@code maang.judge.enabled=false}): it
 * reports itself unavailable and runs nothing, so coding answers are evaluated without execution.
 */
public final class DisabledCodeJudge implements CodeJudge {

    /** Why the judge does not run code. */
    public static final String REASON = "code execution is disabled (maang.judge.enabled=false)";

    @Override
    public Mono<JudgeResult> judge(Submission submission) {
        return Mono.error(UnavailableException.of("the code judge",
                new IllegalStateException(REASON)));
    }

    @Override
    public JudgeAvailability availability() {
        return JudgeAvailability.unavailable(REASON);
    }
}
