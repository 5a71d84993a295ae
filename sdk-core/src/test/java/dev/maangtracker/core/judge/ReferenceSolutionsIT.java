package dev.maangtracker.core.judge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maangtracker.core.question.CodingProblem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Proves the shipped bank's tests: every coding problem's Python reference solution (test resources
 * {@code judge/reference/<id>.py}) is ACCEPTED on all tests, and its known-wrong solution ({@code judge/wrong/<id>.py},
 * written independently with a plausible candidate's bug named in its first comment) is rejected.
 */
class ReferenceSolutionsIT {

    private static String source(String kind, String id) {
        String path = "/dev/maangtracker/core/judge/" + kind + "/" + id + ".py";
        try (InputStream in = ReferenceSolutionsIT.class.getResourceAsStream(path)) {
            assertThat(in).as("solution file " + path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void everyProblemHasAnAcceptedReferenceAndARejectedWrongSolution() {
        SandboxJudge judge = JudgeFixture.judge();
        List<CodingProblem> problems = JudgeFixture.problems();
        assertThat(problems).isNotEmpty();

        List<String> failures = Flux.fromIterable(problems)
                .flatMap(problem -> check(judge, problem), judge.settings().slots())
                .filter(failure -> !failure.isEmpty())
                .collectList()
                .block(Duration.ofMinutes(3));

        assertThat(failures).isEmpty();
    }

    private static Mono<String> check(SandboxJudge judge, CodingProblem problem) {
        Mono<JudgeResult> reference = judge.judge(new Submission(problem, Language.PYTHON,
                source("reference", problem.id()), TestSelection.ALL));
        Mono<JudgeResult> wrong = judge.judge(new Submission(problem, Language.PYTHON,
                source("wrong", problem.id()), TestSelection.ALL));
        return reference.zipWhen(r -> wrong).map(pair -> {
            List<String> problems = new ArrayList<>();
            if (pair.getT1().verdict() != Verdict.ACCEPTED) {
                problems.add(problem.id() + ": reference got " + pair.getT1().verdict() + " " + pair.getT1().message());
            }
            if (pair.getT2().verdict() == Verdict.ACCEPTED) {
                problems.add(problem.id() + ": known-wrong solution was accepted");
            }
            return String.join("; ", problems);
        });
    }
}
