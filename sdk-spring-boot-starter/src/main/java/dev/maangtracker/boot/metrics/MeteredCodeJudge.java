package dev.maangtracker.boot.metrics;

import dev.maangtracker.core.error.UnavailableException;
import dev.maangtracker.core.judge.CodeJudge;
import dev.maangtracker.core.judge.GrowthCheck;
import dev.maangtracker.core.judge.JudgeAvailability;
import dev.maangtracker.core.judge.JudgeResult;
import dev.maangtracker.core.judge.Submission;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import reactor.core.publisher.Mono;

/**
 * Times every {@link #judge judge run} of the wrapped judge as {@value #RUNS} tagged with the judge's
 * bean name ({@code judge}), the {@code language} and the {@code verdict} (lower case; {@code unavailable}
 * when the judge or queue refused the run, {@code error} for any other failure). Closes the wrapped
 * judge with itself, so the context still shuts a sandbox down.
 */
public final class MeteredCodeJudge implements CodeJudge, AutoCloseable {

    /** The timer's name. */
    public static final String RUNS = "maang.judge.runs";

    private final CodeJudge delegate;
    private final MeterRegistry registry;
    private final String name;

    /**
     * @param delegate the judge measured
     * @param registry where the timer lives
     * @param name     the judge's bean name, the {@code judge} tag
     */
    public MeteredCodeJudge(CodeJudge delegate, MeterRegistry registry, String name) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.registry = Objects.requireNonNull(registry, "registry");
        this.name = Objects.requireNonNull(name, "name");
    }

    /** The judge measured. */
    public CodeJudge delegate() {
        return delegate;
    }

    /** The judge itself when it is not metered. */
    public static CodeJudge unwrap(CodeJudge judge) {
        return judge instanceof MeteredCodeJudge ? ((MeteredCodeJudge) judge).delegate : judge;
    }

    @Override
    public Mono<JudgeResult> judge(Submission submission) {
        String language = submission.language().name().toLowerCase(Locale.ROOT);
        return Mono.defer(() -> {
            Timer.Sample sample = Timer.start(registry);
            return delegate.judge(submission)
                    .doOnSuccess(result -> stop(sample, language,
                            result == null ? "none" : result.verdict().name().toLowerCase(Locale.ROOT)))
                    .doOnError(error -> stop(sample, language,
                            error instanceof UnavailableException ? "unavailable" : "error"));
        });
    }

    private void stop(Timer.Sample sample, String language, String verdict) {
        sample.stop(Timer.builder(RUNS).description("Code judge runs by language and verdict")
                .tag("judge", name).tag("language", language).tag("verdict", verdict).register(registry));
    }

    @Override
    public Mono<Optional<GrowthCheck>> checkGrowth(Submission submission) {
        return delegate.checkGrowth(submission);
    }

    @Override
    public JudgeAvailability availability() {
        return delegate.availability();
    }

    @Override
    public void close() throws Exception {
        if (delegate instanceof AutoCloseable) {
            ((AutoCloseable) delegate).close();
        }
    }

    @Override
    public String toString() {
        return "metered " + delegate;
    }
}
