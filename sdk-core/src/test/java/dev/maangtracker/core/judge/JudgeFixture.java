package dev.maangtracker.core.judge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maangtracker.core.question.CodingProblem;
import dev.maangtracker.core.question.QuestionBank;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * One shared sandboxed judge for the ITs. Without a working sandbox the ITs fail when {@code CI=true} and are
 * skipped loudly otherwise.
 */
final class JudgeFixture {

    static final Duration TIME_LIMIT = Duration.ofSeconds(1);
    private static SandboxJudge judge;
    private static QuestionBank bank;

    private JudgeFixture() {
    }

    static synchronized SandboxJudge judge() {
        if (judge == null) {
            judge = SandboxJudge.create(JudgeSettings.defaults().withTimeLimit(TIME_LIMIT));
            Runtime.getRuntime().addShutdownHook(new Thread(judge::close));
        }
        JudgeAvailability availability = judge.availability();
        if (!availability.available()) {
            String reason = "code judge sandbox unavailable: " + availability.reason().orElse("");
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new AssertionError(reason + " (CI=true requires it)");
            }
            System.err.println("SKIPPING judge IT: " + reason);
            Assumptions.abort(reason);
        }
        return judge;
    }

    static synchronized CodingProblem problem(String id) {
        if (bank == null) {
            bank = QuestionBank.loadDefault();
        }
        return bank.codingProblems().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }

    static synchronized List<CodingProblem> problems() {
        if (bank == null) {
            bank = QuestionBank.loadDefault();
        }
        return bank.codingProblems();
    }

    static JudgeResult run(String problemId, Language language, String code, TestSelection tests) {
        return judge().judge(new Submission(problem(problemId), language, code, tests)).block(Duration.ofSeconds(60));
    }

    /** Processes running as a judge slot uid (61000..61015), except those of another JVM's judge. */
    static List<String> slotProcesses() throws IOException {
        return processes((uid, proc) -> uid >= 61000 && uid < 61016 && ours(proc));
    }

    /** Live (not zombie) processes whose real uid and /proc directory pass the filter. */
    static List<String> processes(ProcessFilter filter) throws IOException {
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            return procs.filter(p -> p.getFileName().toString().matches("\\d+")).filter(p -> {
                try {
                    for (String line : Files.readAllLines(p.resolve("status"))) {
                        if (line.startsWith("State:") && line.contains("zombie")) {
                            return false;
                        }
                        if (line.startsWith("Uid:")) {
                            return filter.test(Integer.parseInt(line.split("\\s+")[1]), p);
                        }
                    }
                } catch (IOException | RuntimeException e) {
                    return false;
                }
                return false;
            }).map(p -> p.getFileName().toString()).toList();
        }
    }

    /** Selects processes by uid and /proc directory. */
    interface ProcessFilter {
        boolean test(int uid, Path proc) throws IOException;
    }

    /**
     * Whether the process sits in one of this JVM's judge cgroups, or in none of any judge: a process left by another
     * JVM's judge running on the same machine at the same time is not ours to report.
     */
    private static boolean ours(Path proc) throws IOException {
        String groups = Files.readString(proc.resolve("cgroup"));
        return !groups.contains("maang-judge-") || groups.contains("maang-judge-" + ProcessHandle.current().pid() + "/");
    }

    /** Waits up to two seconds for killed processes to be reaped, then checks none is left. */
    static void assertNoSlotProcesses() throws IOException, InterruptedException {
        for (int i = 0; i < 40 && !slotProcesses().isEmpty(); i++) {
            Thread.sleep(50);
        }
        assertThat(slotProcesses()).as("processes left by judged code").isEmpty();
    }
}
