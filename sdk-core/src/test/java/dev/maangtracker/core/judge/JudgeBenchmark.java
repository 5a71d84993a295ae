package dev.maangtracker.core.judge;

import dev.maangtracker.core.judge.internal.CgroupLimits;
import dev.maangtracker.core.judge.internal.Cgroups;
import dev.maangtracker.core.judge.internal.RunRequest;
import dev.maangtracker.core.judge.internal.Sandbox;
import dev.maangtracker.core.judge.internal.SandboxSetup;
import dev.maangtracker.core.question.CodingProblem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

/**
 * Not a timed test: prints the judge's costs for docs/benchmarks.md (sandbox overhead per run as medians of
 * {@value #ROUNDS} runs after one warm-up, what the cgroup costs a run, compile time, throughput). Run it explicitly:
 * {@code ./mvnw -B -ntp -pl sdk-core verify -Dtest=NoSuch -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=JudgeBenchmark}
 */
class JudgeBenchmark {

    private static final int ROUNDS = 20;
    private static final Map<Language, List<String>> TRIVIAL = Map.of(
            Language.PYTHON, List.of("/usr/bin/python3", "-I", "-S", "-c", "pass"),
            Language.JAVASCRIPT, List.of("/usr/bin/node", "-e", "0"),
            Language.JAVA, List.of("/usr/bin/java", "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                    "-version"));
    private static final Map<Language, String> CORRECT = Map.of(
            Language.PYTHON, "def pairWithTargetSum(nums, target):\n    seen = {}\n    for j, v in enumerate(nums):\n"
                    + "        if target - v in seen:\n            return [seen[target - v], j]\n        seen[v] = j\n",
            Language.JAVASCRIPT, "function pairWithTargetSum(nums, target) {\n  const seen = new Map();\n"
                    + "  for (let j = 0; j < nums.length; j++) {\n    if (seen.has(target - nums[j])) return [seen.get(target - nums[j]), j];\n"
                    + "    seen.set(nums[j], j);\n  }\n}\n",
            Language.JAVA, "class Solution {\n  public int[] pairWithTargetSum(int[] nums, int target) {\n"
                    + "    Map<Integer, Integer> seen = new HashMap<>();\n    for (int j = 0; j < nums.length; j++) {\n"
                    + "      Integer i = seen.get(target - nums[j]);\n      if (i != null) return new int[] {i, j};\n"
                    + "      seen.put(nums[j], j);\n    }\n    return new int[0];\n  }\n}\n");

    @Test
    void printCosts() throws Exception {
        JudgeFixture.judge();
        SandboxSetup.Result setup = SandboxSetup.create(61_010);
        Sandbox sandbox = setup.sandbox().orElseThrow(() -> new IllegalStateException(setup.reason()));
        Path empty = Files.createTempDirectory("maang-judge-bench");
        Files.setPosixFilePermissions(empty, PosixFilePermissions.fromString("rwxr-xr-x"));
        try {
            System.out.printf("%-11s %12s %12s %12s%n", "run", "bare ms", "sandbox ms", "overhead ms");
            System.out.printf("%-11s %12s %12s %12s   %s%n", "", "(median)", "(median)", "(median)",
                    "(min sandbox - min bare)");
            report("/bin/true", List.of("/bin/true"), sandbox, empty);
            for (Language language : Language.values()) {
                report(language.id(), TRIVIAL.get(language), sandbox, empty);
            }
            cgroupCosts(setup.cgroups().orElseThrow());
        } finally {
            setup.cgroups().ifPresent(c -> c.close());
            setup.seccompFile().ifPresent(SandboxSetup::deleteQuietly);
            Files.deleteIfExists(empty);
        }
        CodingProblem problem = JudgeFixture.problem("pair-with-target-sum");
        List<Long> compiles = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            JudgeResult result = JudgeFixture.judge().judge(new Submission(problem, Language.JAVA, CORRECT.get(Language.JAVA),
                    TestSelection.VISIBLE)).block();
            if (i > 0) {
                compiles.add(result.compileTime().toMillis());
            }
        }
        System.out.printf("java compile (sandboxed javac, after warm-up): median %d ms, min %d ms%n", median(compiles),
                Collections.min(compiles));
        for (int slots : new int[] {1, 2}) {
            try (SandboxJudge judge = SandboxJudge.create(JudgeSettings.defaults().withSlots(slots)
                    .withQueueCapacity(100))) {
                for (Language language : Language.values()) {
                    int n = language == Language.JAVA ? 8 : 20;
                    Submission submission = new Submission(problem, language, CORRECT.get(language), TestSelection.ALL);
                    long start = System.nanoTime();
                    List<JudgeResult> results = Flux.range(0, n).flatMap(i -> judge.judge(submission), slots)
                            .collectList().block(Duration.ofMinutes(5));
                    double seconds = (System.nanoTime() - start) / 1e9;
                    long accepted = results.stream().filter(r -> r.verdict() == Verdict.ACCEPTED).count();
                    System.out.printf("%d slot(s) %-10s %5.2f submissions/s (%d of %d accepted, %d tests each)%n", slots,
                            language.id(), n / seconds, accepted, n, problem.tests().size());
                }
            }
        }
    }

    private static void report(String name, List<String> command, Sandbox sandbox, Path dir) throws Exception {
        List<Long> bare = new ArrayList<>();
        List<Long> boxed = new ArrayList<>();
        for (int i = 0; i <= ROUNDS; i++) {
            long start = System.nanoTime();
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            process.waitFor();
            long mid = System.nanoTime();
            sandbox.run(new RunRequest(command, dir, Optional.empty(), Optional.empty(), 61_010,
                    new CgroupLimits(512L << 20, 64, 1), Duration.ofSeconds(10), Duration.ofSeconds(10), 1 << 20, 1 << 20,
                    16L << 20));
            long end = System.nanoTime();
            if (i > 0) {
                bare.add((mid - start) / 1_000_000);
                boxed.add((end - mid) / 1_000_000);
            }
        }
        System.out.printf("%-11s %12d %12d %12d   %d%n", name, median(bare), median(boxed), median(boxed) - median(bare),
                Collections.min(boxed) - Collections.min(bare));
    }

    /** What a run pays for its cgroup(s): creating them with their limits and removing them, empty. */
    private static void cgroupCosts(Cgroups cgroups) {
        CgroupLimits limits = new CgroupLimits(512L << 20, 64, 1);
        List<Long> micros = new ArrayList<>();
        for (int i = 0; i <= ROUNDS; i++) {
            long start = System.nanoTime();
            cgroups.create(limits).remove();
            if (i > 0) {
                micros.add((System.nanoTime() - start) / 1_000);
            }
        }
        System.out.printf("cgroup v%d create + remove per run: median %d us, min %d us%n", cgroups.version(),
                median(micros), Collections.min(micros));
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
