package dev.maangtracker.app.judge;

import dev.maangtracker.core.judge.CodeJudge;
import dev.maangtracker.core.judge.GrowthCheck;
import dev.maangtracker.core.judge.JudgeAvailability;
import dev.maangtracker.core.judge.JudgeResult;
import dev.maangtracker.core.judge.Submission;
import java.util.Objects;
import java.util.Optional;
import reactor.core.publisher.Mono;

/**
 * A judge that hands every result to the {@link JudgeRuns} of the request it runs for (found in the
 * Reactor context), and otherwise just delegates.
 */
final class RecordingCodeJudge implements CodeJudge {

    private final CodeJudge delegate;

    RecordingCodeJudge(CodeJudge delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    @Override
    public Mono<JudgeResult> judge(Submission submission) {
        return Mono.deferContextual(context -> {
            Mono<JudgeResult> result = delegate.judge(submission);
            Optional<JudgeRuns> runs = context.getOrEmpty(JudgeRuns.KEY);
            return runs.map(r -> result.doOnNext(judged -> r.judged(submission, judged))).orElse(result);
        });
    }

    @Override
    public Mono<Optional<GrowthCheck>> checkGrowth(Submission submission) {
        return Mono.deferContextual(context -> {
            Mono<Optional<GrowthCheck>> growth = delegate.checkGrowth(submission);
            Optional<JudgeRuns> runs = context.getOrEmpty(JudgeRuns.KEY);
            return runs.map(r -> growth.doOnNext(measured -> r.grew(submission, measured))).orElse(growth);
        });
    }

    @Override
    public JudgeAvailability availability() {
        return delegate.availability();
    }

    @Override
    public String toString() {
        return delegate.toString();
    }
}
