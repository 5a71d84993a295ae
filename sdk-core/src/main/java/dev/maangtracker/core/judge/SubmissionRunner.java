package dev.maangtracker.core.judge;

import dev.maangtracker.core.judge.internal.CgroupLimits;
import dev.maangtracker.core.judge.internal.CompileServer;
import dev.maangtracker.core.judge.internal.HarnessResources;
import dev.maangtracker.core.judge.internal.JavaHarness;
import dev.maangtracker.core.judge.internal.JudgeLine;
import dev.maangtracker.core.judge.internal.LanguageHarness;
import dev.maangtracker.core.judge.internal.ResultMatcher;
import dev.maangtracker.core.judge.internal.RunOutcome;
import dev.maangtracker.core.judge.internal.RunRequest;
import dev.maangtracker.core.judge.internal.Sandbox;
import dev.maangtracker.core.judge.internal.TestSpec;
import dev.maangtracker.core.judge.internal.WorkDir;
import dev.maangtracker.core.question.Comparison;
import dev.maangtracker.core.question.FunctionSignature;
import dev.maangtracker.core.question.TestCase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Judges one submission in one worker slot: writes the sources, compiles if needed (Java on the slot's warm
 * {@link CompileServer} when the harness is precompiled), runs, and assigns verdicts.
 */
final class SubmissionRunner implements AutoCloseable {

    /** A slot's compiler runs as the slot's uid plus this (slots are at most 16), never as a run's uid. */
    static final int COMPILER_UID_OFFSET = 16;

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final Duration COMPILE_LIMIT = Duration.ofSeconds(20);
    private static final Duration LINE_MARGIN = Duration.ofMillis(150);
    private static final int PROTOCOL_LIMIT = 32 << 20;
    private static final int MESSAGE_LIMIT = 4000;
    private static final int SIGXCPU_STATUS = 128 + 24;

    private final Sandbox sandbox;
    private final JudgeSettings settings;
    private final Optional<Path> compilerSourceDir;
    private final Map<Integer, CompileServer> compilers = new ConcurrentHashMap<>();

    /**
     * A runner over the given sandbox and limits.
     *
     * @param compilerSourceDir the trusted directory mounted at {@code /box/src} for warm compilers (the Java library's
     *                          sources), empty when there is no prepared Java library
     */
    SubmissionRunner(Sandbox sandbox, JudgeSettings settings, Optional<Path> compilerSourceDir) {
        this.sandbox = sandbox;
        this.settings = settings;
        this.compilerSourceDir = compilerSourceDir;
    }

    /** Stops the warm compilers; call when no submission runs any more. */
    @Override
    public void close() {
        compilers.values().forEach(CompileServer::close);
        compilers.clear();
    }

    /** Judges the submission as {@code uid}; all temp files are removed before this returns. */
    JudgeResult judge(Submission submission, LanguageHarness harness, int uid) {
        List<TestCase> tests = submission.selectedTests();
        try (WorkDir work = WorkDir.create(uid)) {
            Compiled compiled = compile(work, submission.problem().signature(), submission.code(), tests, harness, uid);
            if (compiled.error().isPresent()) {
                return new JudgeResult(Verdict.COMPILATION_ERROR, List.of(), Optional.empty(),
                        clean(compiled.error().get(), work), compiled.time());
            }
            RunOutcome run = run(work, harness, compiled.hasClasses(), uid);
            return verdicts(tests, submission.problem().signature().comparison(), run, work, compiled.time());
        }
    }

    /**
     * Run times in milliseconds of the code on each of the given argument arrays (results are not compared); a test
     * that did not finish is {@link Double#POSITIVE_INFINITY}. Empty when the code does not compile.
     */
    Optional<List<Double>> runTimes(FunctionSignature signature, String code, List<String> argsJson,
                                           LanguageHarness harness, int uid) {
        List<TestCase> tests = argsJson.stream().map(args -> new TestCase(args, "0", true)).toList();
        try (WorkDir work = WorkDir.create(uid)) {
            Compiled compiled = compile(work, signature, code, tests, harness, uid);
            if (compiled.error().isPresent()) {
                return Optional.empty();
            }
            RunOutcome run = run(work, harness, compiled.hasClasses(), uid);
            Map<Integer, Double> times = new HashMap<>();
            for (String text : run.stdoutLines()) {
                JudgeLine.parse(text).filter(line -> line.kind() == JudgeLine.Kind.RESULT)
                        .ifPresent(line -> times.putIfAbsent(line.index(), line.millis()));
            }
            List<Double> result = new ArrayList<>();
            for (int i = 0; i < tests.size(); i++) {
                result.add(times.getOrDefault(i, Double.POSITIVE_INFINITY));
            }
            return Optional.of(result);
        }
    }

    private record Compiled(Optional<String> error, Duration time, boolean hasClasses) {
    }

    private Compiled compile(WorkDir work, FunctionSignature signature, String code, List<TestCase> tests,
                             LanguageHarness harness, int uid) {
        harness.writeSources(work.src(), signature, code);
        HarnessResources.write(work.src().resolve("tests.json"), TestSpec.json(signature, tests));
        work.publishSources();
        Optional<List<String>> compile = harness.compileCommand(work.src());
        if (compile.isEmpty()) {
            return new Compiled(Optional.empty(), Duration.ZERO, false);
        }
        if (compilerSourceDir.isPresent() && harness instanceof JavaHarness java && java.compilesWarm()) {
            CompileServer compiler = compilers.computeIfAbsent(uid, slot -> new CompileServer(sandbox,
                    compilerSourceDir.get(), slot + COMPILER_UID_OFFSET,
                    new CgroupLimits(JavaHarness.compileMemoryBytes(), 64, 2), COMPILE_LIMIT));
            CompileServer.Result result = compiler.compile(submissionSources(work), work.out());
            return new Compiled(result.error(), result.elapsed(), true);
        }
        RunOutcome compiled = sandbox.run(new RunRequest(compile.get(), work.src(), Optional.of(work.out()),
                Optional.empty(), uid, new CgroupLimits(JavaHarness.compileMemoryBytes(), 64, 2), COMPILE_LIMIT,
                COMPILE_LIMIT, 256 << 10, 1 << 20, 16L << 20));
        if (compiled.exitCode() != 0 || compiled.killed() != RunOutcome.Kill.NONE) {
            String why = compiled.killed() == RunOutcome.Kill.TIMEOUT ? "compilation timed out"
                    : compiled.memoryLimitHit() ? "compilation ran out of memory" : compiled.stderr();
            return new Compiled(Optional.of(why), compiled.elapsed(), true);
        }
        return new Compiled(Optional.empty(), compiled.elapsed(), true);
    }

    private static Map<String, String> submissionSources(WorkDir work) {
        Map<String, String> sources = new LinkedHashMap<>();
        try {
            for (String name : JavaHarness.SUBMISSION_FILES) {
                sources.put(name, Files.readString(work.src().resolve(name)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the submission's sources", e);
        }
        return sources;
    }

    private RunOutcome run(WorkDir work, LanguageHarness harness, boolean hasClasses, int uid) {
        return sandbox.run(new RunRequest(harness.runCommand(settings.memoryLimitMb()), work.src(),
                Optional.empty(), hasClasses ? Optional.of(work.out()) : Optional.empty(), uid,
                new CgroupLimits(harness.cgroupMemoryBytes(settings.memoryLimitMb()), 64, 1),
                harness.startup(), settings.timeLimit().plus(LINE_MARGIN), settings.outputLimitKb() << 10,
                PROTOCOL_LIMIT, 16L << 20));
    }

    private JudgeResult verdicts(List<TestCase> tests, Comparison comparison, RunOutcome run, WorkDir work, Duration compileTime) {
        Map<Integer, JudgeLine> byIndex = new HashMap<>();
        for (String text : run.stdoutLines()) {
            Optional<JudgeLine> parsed = JudgeLine.parse(text);
            if (parsed.isEmpty()) {
                continue;
            }
            JudgeLine line = parsed.get();
            if (line.kind() == JudgeLine.Kind.COMPILE_ERROR) {
                return new JudgeResult(Verdict.COMPILATION_ERROR, List.of(), Optional.empty(), clean(line.message(), work),
                        compileTime);
            }
            if (line.index() >= 0) {
                byIndex.putIfAbsent(line.index(), line);
            }
        }
        List<TestResult> results = new ArrayList<>();
        for (int i = 0; i < tests.size(); i++) {
            TestCase test = tests.get(i);
            JudgeLine line = byIndex.get(i);
            if (line == null) {
                Verdict verdict = missingVerdict(run);
                Duration time = verdict == Verdict.TIME_LIMIT_EXCEEDED ? settings.timeLimit() : Duration.ZERO;
                results.add(new TestResult(i, test.hidden(), verdict, time, run.peakMemoryBytes()));
                String message = verdict != Verdict.RUNTIME_ERROR ? ""
                        : test.hidden() ? "the program exited early on a hidden test (status " + run.exitCode() + ")"
                        : runtimeMessage(run, work);
                return new JudgeResult(verdict, results, Optional.empty(), message, compileTime);
            }
            if (line.kind() != JudgeLine.Kind.RESULT) {
                Verdict verdict = line.kind() == JudgeLine.Kind.MEMORY_ERROR ? Verdict.MEMORY_LIMIT_EXCEEDED
                        : Verdict.RUNTIME_ERROR;
                results.add(new TestResult(i, test.hidden(), verdict, Duration.ZERO, run.peakMemoryBytes()));
                String message = verdict != Verdict.RUNTIME_ERROR ? ""
                        : test.hidden() ? hiddenError(line.message()) : clean(line.message(), work);
                return new JudgeResult(verdict, results, Optional.empty(), message, compileTime);
            }
            Duration time = Duration.ofNanos((long) (line.millis() * 1_000_000));
            long memory = line.peakKb() * 1024;
            if (time.compareTo(settings.timeLimit()) > 0) {
                results.add(new TestResult(i, test.hidden(), Verdict.TIME_LIMIT_EXCEEDED, time, memory));
                return new JudgeResult(Verdict.TIME_LIMIT_EXCEEDED, results, Optional.empty(), "", compileTime);
            }
            JsonNode expected = MAPPER.readTree(test.expected());
            if (!ResultMatcher.matches(expected, line.value(), comparison)) {
                results.add(new TestResult(i, test.hidden(), Verdict.WRONG_ANSWER, time, memory));
                Optional<FailedCase> failed = test.hidden() ? Optional.empty()
                        : Optional.of(new FailedCase(test.args(), test.expected(), trim(String.valueOf(line.value()))));
                return new JudgeResult(Verdict.WRONG_ANSWER, results, failed, "", compileTime);
            }
            results.add(new TestResult(i, test.hidden(), Verdict.ACCEPTED, time, memory));
        }
        if (run.killed() == RunOutcome.Kill.OUTPUT) {
            return new JudgeResult(Verdict.OUTPUT_LIMIT_EXCEEDED, results, Optional.empty(), "", compileTime);
        }
        return new JudgeResult(Verdict.ACCEPTED, results, Optional.empty(), "", compileTime);
    }

    private static Verdict missingVerdict(RunOutcome run) {
        if (run.killed() == RunOutcome.Kill.OUTPUT) {
            return Verdict.OUTPUT_LIMIT_EXCEEDED;
        }
        if (run.memoryLimitHit() || run.stderr().contains("heap out of memory")
                || run.stderr().contains("OutOfMemoryError")) {
            return Verdict.MEMORY_LIMIT_EXCEEDED;
        }
        if (run.killed() == RunOutcome.Kill.TIMEOUT || run.exitCode() == SIGXCPU_STATUS) {
            return Verdict.TIME_LIMIT_EXCEEDED;
        }
        return Verdict.RUNTIME_ERROR;
    }

    /** Only the error's type for a hidden test: its message or printed output could reveal the hidden input. */
    private static String hiddenError(String message) {
        int colon = message.indexOf(':');
        String type = (colon > 0 ? message.substring(0, colon) : message).strip();
        if (type.length() > 80 || type.contains(" ")) {
            type = "an error";
        }
        return type + " on a hidden test";
    }

    private static String runtimeMessage(RunOutcome run, WorkDir work) {
        String tail = run.stderr().strip();
        if (tail.length() > MESSAGE_LIMIT) {
            tail = tail.substring(tail.length() - MESSAGE_LIMIT);
        }
        String status = "the program exited early with status " + run.exitCode();
        return clean(tail.isEmpty() ? status : status + ": " + tail, work);
    }

    /** Trims a message and removes paths: the host work dir and the sandbox's /box/src/ prefix. */
    static String clean(String message, WorkDir work) {
        String text = message.replace(work.root().toString(), "").replace("/box/src/", "").replace("/box/", "").strip();
        return trim(text);
    }

    private static String trim(String text) {
        return text.length() <= MESSAGE_LIMIT ? text : text.substring(0, MESSAGE_LIMIT) + " …";
    }
}
