package dev.maangtracker.boot.judge.queue;

import dev.maangtracker.core.error.UnavailableException;
import dev.maangtracker.core.judge.CodeJudge;
import dev.maangtracker.core.judge.JudgeAvailability;
import dev.maangtracker.core.judge.JudgeResult;
import dev.maangtracker.core.judge.Submission;
import reactor.core.publisher.Mono;

/** Stands in for a missing local judge bean: a worker built on it never starts reading. */
final class UnavailableLocalJudge implements CodeJudge {

    private final String reason;

    UnavailableLocalJudge(String reason) {
        this.reason = reason;
    }

    @Override
    public Mono<JudgeResult> judge(Submission submission) {
        return Mono.error(UnavailableException.of("code judge", null));
    }

    @Override
    public JudgeAvailability availability() {
        return JudgeAvailability.unavailable(reason);
    }
}
