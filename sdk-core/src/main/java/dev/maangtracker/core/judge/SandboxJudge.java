package dev.maangtracker.core.judge;

import dev.maangtracker.core.error.MaangException;
import dev.maangtracker.core.error.UnavailableException;
import dev.maangtracker.core.judge.internal.JavaHarness;
import dev.maangtracker.core.judge.internal.JavaToolchain;
import dev.maangtracker.core.judge.internal.LanguageHarness;
import dev.maangtracker.core.judge.internal.NodeHarness;
import dev.maangtracker.core.judge.internal.PythonHarness;
import dev.maangtracker.core.judge.internal.SandboxSetup;
import dev.maangtracker.core.judge.internal.GrowthInputs;
import dev.maangtracker.core.question.CodingProblem;
import java.time.Duration;
import java.util.List;
import java.util.function.IntFunction;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import reactor.core.publisher.Mono;

/**
 * The process-based judge: a fixed number of worker slots, each with its own unprivileged uid, run submissions under
 * bubblewrap (see {@code docs/judge.md}); a bounded queue holds the rest and a full queue fails fast with
 * {@link UnavailableException#busy busy}. When the sandbox cannot be set up the judge stays
 * {@linkplain #availability() unavailable} and never runs code.
 */
public final class SandboxJudge implements CodeJudge, AutoCloseable {

    private final JudgeSettings settings;
    private final SandboxSetup.Result setup;
    private final Optional<JavaToolchain> toolchain;
    private final Map<Language, LanguageHarness> harnesses = new EnumMap<>(Language.class);
    private final JudgeAvailability availability;
    private final ThreadPoolExecutor workers;
    private final BlockingQueue<Integer> freeUids;
    private final SubmissionRunner runner;

    private SandboxJudge(JudgeSettings settings, SandboxSetup.Result setup) {
        this.settings = settings;
        harnesses.put(Language.PYTHON, new PythonHarness());
        harnesses.put(Language.JAVASCRIPT, new NodeHarness());
        this.setup = setup;
        boolean javaInstalled = new JavaHarness(Optional.empty()).unavailableReason().isEmpty();
        this.toolchain = setup.sandbox().isPresent() && javaInstalled ? prepareJava() : Optional.empty();
        harnesses.put(Language.JAVA, new JavaHarness(toolchain));
        if (setup.sandbox().isEmpty()) {
            availability = JudgeAvailability.unavailable(setup.reason());
        } else {
            Map<Language, String> missing = new EnumMap<>(Language.class);
            harnesses.forEach((language, harness) -> harness.unavailableReason()
                    .ifPresent(reason -> missing.put(language, reason)));
            availability = new JudgeAvailability(Optional.empty(), missing);
        }
        this.runner = setup.sandbox()
                .map(sandbox -> toolchain.map(t -> sandbox.withLibrary(t.dir())).orElse(sandbox))
                .map(sandbox -> new SubmissionRunner(sandbox, settings, toolchain.map(t -> t.dir().resolve("src"))))
                .orElse(null);
        this.freeUids = new LinkedBlockingQueue<>();
        for (int slot = 0; slot < settings.slots(); slot++) {
            freeUids.add(settings.firstUid() + slot);
        }
        BlockingQueue<Runnable> queue = settings.queueCapacity() == 0 ? new SynchronousQueue<>()
                : new ArrayBlockingQueue<>(settings.queueCapacity());
        this.workers = new ThreadPoolExecutor(settings.slots(), settings.slots(), 30, TimeUnit.SECONDS, queue,
                r -> {
                    Thread thread = new Thread(r, "code-judge");
                    thread.setDaemon(true);
                    return thread;
                });
    }

    /** The precompiled Java harness, or none (Java then compiles the harness with each submission). */
    private static Optional<JavaToolchain> prepareJava() {
        try {
            return JavaToolchain.prepare();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Sets the sandbox up (a trial run included) and returns the judge, available or not. */
    public static SandboxJudge create(JudgeSettings settings) {
        return new SandboxJudge(settings, SandboxSetup.create(settings.firstUid()));
    }

    /** A judge over an already attempted set-up (tests use a failed one). */
    static SandboxJudge create(JudgeSettings settings, SandboxSetup.Result setup) {
        return new SandboxJudge(settings, setup);
    }

    /** The settings in use. */
    public JudgeSettings settings() {
        return settings;
    }

    @Override
    public JudgeAvailability availability() {
        return availability;
    }

    @Override
    public Mono<JudgeResult> judge(Submission submission) {
        return inSlot(submission.language(),
                uid -> runner.judge(submission, harnesses.get(submission.language()), uid));
    }

    @Override
    public Mono<Optional<GrowthCheck>> checkGrowth(Submission submission) {
        CodingProblem problem = submission.problem();
        Optional<Double> expected = GrowthInputs.exponent(problem.timeComplexity());
        Optional<List<String>> inputs = GrowthInputs.scaled(problem);
        if (expected.isEmpty() || inputs.isEmpty()) {
            return Mono.just(Optional.empty());
        }
        return inSlot(submission.language(), uid -> runner.runTimes(problem.signature(), submission.code(),
                inputs.get(), harnesses.get(submission.language()), uid))
                .map(times -> times.map(t -> Growth.assess(problem.timeComplexity(), expected.get(), t)));
    }

    /** Runs work in a free slot's uid, or fails with unavailable (judge or language) or busy (queue full). */
    private <T> Mono<T> inSlot(Language language, IntFunction<T> work) {
        return Mono.create(sink -> {
            Optional<String> why = availability.whyNot(language);
            if (why.isPresent()) {
                sink.error(UnavailableException.of("the code judge for " + language.id(), null));
                return;
            }
            try {
                workers.execute(() -> {
                    Integer uid = freeUids.poll();
                    if (uid == null) {
                        sink.error(UnavailableException.busy("code judge", Duration.ofSeconds(1)));
                        return;
                    }
                    try {
                        sink.success(work.apply(uid));
                    } catch (MaangException e) {
                        sink.error(e);
                    } catch (RuntimeException e) {
                        sink.error(UnavailableException.of("the code judge", e));
                    } finally {
                        freeUids.add(uid);
                    }
                });
            } catch (RejectedExecutionException e) {
                sink.error(UnavailableException.busy("code judge", Duration.ofSeconds(2)));
            }
        });
    }

    /**
     * Stops the workers (waiting for running submissions) and the warm Java compilers, and removes the cgroups and the
     * filter file.
     */
    @Override
    public void close() {
        workers.shutdown();
        try {
            workers.awaitTermination(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (runner != null) {
            runner.close();
        }
        setup.cgroups().ifPresent(cgroups -> cgroups.close());
        setup.seccompFile().ifPresent(SandboxSetup::deleteQuietly);
        toolchain.ifPresent(JavaToolchain::close);
    }
}
