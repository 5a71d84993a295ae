package dev.maangtracker.boot.judge.queue;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maangtracker.boot.redis.support.RedisJson;
import dev.maangtracker.boot.redis.RedisTestConnections;
import dev.maangtracker.core.judge.JudgeAvailability;
import dev.maangtracker.core.judge.JudgeResult;
import dev.maangtracker.core.judge.JudgeSettings;
import dev.maangtracker.core.judge.Language;
import dev.maangtracker.core.judge.SandboxJudge;
import dev.maangtracker.core.judge.Submission;
import dev.maangtracker.core.judge.TestSelection;
import dev.maangtracker.core.judge.Verdict;
import dev.maangtracker.core.question.CodingProblem;
import dev.maangtracker.core.question.QuestionBank;
import dev.maangtracker.testsupport.RealServices;
import dev.maangtracker.testsupport.RedisEndpoint;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;

/**
 * A submission judged by the real sandbox behind the Redis queue. Without a working sandbox it fails when
 * {@code CI=true} and is skipped loudly otherwise, like the sandbox's own ITs.
 */
class SandboxJudgeQueueIT {

    // Slot uids away from the defaults (61000+) that the sdk-core judge ITs use, so both can run at once.
    private static final JudgeSettings SETTINGS = new JudgeSettings(1, 4, Duration.ofSeconds(2), 256, 64, 63_500);
    private static final String PYTHON = "def pairWithTargetSum(nums, target):\n    seen = {}\n"
            + "    for j, v in enumerate(nums):\n        if target - v in seen:\n            return [seen[target - v], j]\n"
            + "        seen[v] = j\n";

    @Test
    void aSubmissionIsRunInTheSandboxOfAWorker() {
        try (SandboxJudge sandbox = SandboxJudge.create(SETTINGS);
             RedisTestConnections connections = new RedisTestConnections()) {
            JudgeAvailability availability = sandbox.availability();
            if (!availability.whyNot(Language.PYTHON).isEmpty()) {
                String reason = "sandbox cannot run Python: " + availability.whyNot(Language.PYTHON).get();
                if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                    throw new AssertionError(reason + " (CI=true requires it)");
                }
                System.err.println("SKIPPING sandbox queue IT: " + reason);
                Assumptions.abort(reason);
            }
            RedisEndpoint redis = RealServices.redis();
            ReactiveStringRedisTemplate template = connections.template(redis.host(), redis.port());
            JudgeQueueKeys keys = new JudgeQueueKeys(connections.prefix());
            JudgeQueueSettings settings = JudgeQueueSettings.builder().concurrency(1).readBlock(Duration.ofMillis(200))
                    .build();
            CodingProblem problem = QuestionBank.loadDefault().codingProblems().stream()
                    .filter(p -> p.id().equals("pair-with-target-sum")).findFirst().orElseThrow();
            try (JudgeStreamWorker worker = new JudgeStreamWorker(template, keys, settings, sandbox, RedisJson.mapper(),
                    Clock.systemUTC(), "sandbox-worker")) {
                worker.start();
                RedisStreamsCodeJudge client = new RedisStreamsCodeJudge(template, keys, settings, RedisJson.mapper(),
                        Clock.systemUTC());

                JudgeResult result = client.judge(new Submission(problem, Language.PYTHON, PYTHON, TestSelection.ALL))
                        .block(Duration.ofSeconds(60));

                assertThat(result.verdict()).isEqualTo(Verdict.ACCEPTED);
                assertThat(result.passedCount()).isEqualTo(problem.tests().size());
            }
        }
    }
}
