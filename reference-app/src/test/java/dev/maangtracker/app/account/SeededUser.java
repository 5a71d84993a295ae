package dev.maangtracker.app.account;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maangtracker.app.ApiCalls;
import dev.maangtracker.app.ApiClient;
import dev.maangtracker.core.interview.CandidateAnswer;
import dev.maangtracker.core.interview.InterviewEngine;
import dev.maangtracker.core.interview.NewInterview;
import dev.maangtracker.core.judge.CodeSubmission;
import dev.maangtracker.core.judge.CodeSubmissionRepository;
import dev.maangtracker.core.judge.JudgeResult;
import dev.maangtracker.core.judge.Language;
import dev.maangtracker.core.judge.TestResult;
import dev.maangtracker.core.judge.Verdict;
import dev.maangtracker.core.question.Difficulty;
import dev.maangtracker.core.question.InterviewMode;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A signed-in user with data in every store: attempts (a solved and two failed graph problems, so reviews and a
 * weakness), a memory, a completed interview with its report, and a judged code submission.
 *
 * @param id       the account id
 * @param tokens   its tokens
 * @param api      calls as this user
 * @param memoryId the id of its memory
 * @param interviewId its completed interview
 */
record SeededUser(UUID id, ApiClient.Tokens tokens, ApiCalls api, String memoryId, UUID interviewId) {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @SuppressWarnings("unchecked")
    static SeededUser create(WebTestClient client, InterviewEngine engine, CodeSubmissionRepository submissions,
                             Clock clock) {
        ApiClient auth = new ApiClient(client);
        ApiClient.Tokens tokens = auth.newUser();
        ApiCalls api = new ApiCalls(client, tokens.access());
        UUID id = UUID.fromString((String) api.get("/api/v1/me").get("id"));
        api.attempt("two-sum", "SOLVED", 10, 0);
        api.attempt("number-of-islands", "FAILED", 40, 2);
        api.attempt("clone-graph", "FAILED", 30, 0);
        Map<String, Object> stored = api.remember("I keep forgetting to mark visited cells in grid searches.");
        String memoryId = (String) ((List<Map<String, Object>>) stored.get("memories")).get(0).get("id");

        UUID interview = engine.create(id, NewInterview.of(InterviewMode.BEHAVIORAL, Difficulty.MEDIUM))
                .block(TIMEOUT).id();
        engine.start(id, interview).block(TIMEOUT);
        engine.answer(id, interview, CandidateAnswer.of("In my last project I led the migration of our billing "
                + "service: I split the work into stages, measured error rates and rolled back once.")).block(TIMEOUT);
        assertThat(engine.complete(id, interview).block(TIMEOUT).overallScore()).isBetween(0, 100);

        submissions.save(CodeSubmission.of(id, null, null, "two-sum", Language.PYTHON, "print(1)",
                new JudgeResult(Verdict.ACCEPTED, List.of(new TestResult(0, false, Verdict.ACCEPTED, Duration.ofMillis(5), 1024L)),
                        Optional.empty(), "", Duration.ZERO), clock.instant()))
                .block(TIMEOUT);
        return new SeededUser(id, tokens, api, memoryId, interview);
    }
}
