package dev.maangtracker.core.judge;

import dev.maangtracker.core.error.InvalidInputException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A judged submission as stored: who ran which code on which problem, the overall verdict and each
 * test's outcome. Immutable.
 *
 * @param id           unique id
 * @param userId       who submitted it
 * @param sessionId    the interview it was made in, or {@code null} outside interviews
 * @param turnId       the interview turn it answered, or {@code null}
 * @param problemSlug  the problem, 1 to {@link #MAX_SLUG_LENGTH} characters
 * @param language     the language it ran in
 * @param code         the source, at most {@link Submission#MAX_CODE_CHARS} characters
 * @param verdict      the overall verdict
 * @param passedCount  tests that passed, at most {@code totalCount}
 * @param totalCount   tests that ran
 * @param runTime      total run time of the tests, or {@code null} when nothing ran (compilation error)
 * @param peakMemoryKb the highest memory peak of any test in KiB, or {@code null} when unknown
 * @param tests        per-test outcomes in run order, hidden ones flagged
 * @param createdAt    when it was judged
 */
public record CodeSubmission(UUID id, UUID userId, UUID sessionId, UUID turnId, String problemSlug, Language language,
                             String code, Verdict verdict, int passedCount, int totalCount, Duration runTime,
                             Long peakMemoryKb, List<SubmittedTest> tests, Instant createdAt) {

    /** Longest problem slug stored. */
    public static final int MAX_SLUG_LENGTH = 200;

    /** Validates every field; see the component descriptions. */
    public CodeSubmission {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(createdAt, "createdAt");
        if (turnId != null && sessionId == null) {
            throw InvalidInputException.of("turnId", "needs the session it belongs to");
        }
        if (problemSlug == null || problemSlug.isBlank()) {
            throw InvalidInputException.required("problemSlug");
        }
        if (problemSlug.length() > MAX_SLUG_LENGTH) {
            throw InvalidInputException.tooLong("problemSlug", problemSlug.length(), MAX_SLUG_LENGTH);
        }
        if (code == null || code.isBlank()) {
            throw InvalidInputException.required("code");
        }
        if (code.length() > Submission.MAX_CODE_CHARS) {
            throw InvalidInputException.tooLong("code", code.length(), Submission.MAX_CODE_CHARS);
        }
        if (totalCount < 0 || passedCount < 0 || passedCount > totalCount) {
            throw InvalidInputException.of("passedCount",
                    "must be between 0 and totalCount (" + passedCount + " of " + totalCount + ")");
        }
        if (runTime != null && runTime.isNegative()) {
            throw InvalidInputException.of("runTime", "must not be negative");
        }
        if (peakMemoryKb != null && peakMemoryKb < 0) {
            throw InvalidInputException.of("peakMemoryKb", "must not be negative");
        }
        runTime = runTime == null ? null : Duration.ofMillis(runTime.toMillis());
        tests = List.copyOf(tests);
    }

    /**
     * The stored form of a judge's result: counts, total run time and highest memory peak come from
     * its tests; the result's message goes with the first failing test.
     *
     * @param sessionId the interview, or {@code null}
     * @param turnId    the turn, or {@code null}
     */
    public static CodeSubmission of(UUID userId, UUID sessionId, UUID turnId, String problemSlug, Language language,
                                    String code, JudgeResult result, Instant createdAt) {
        Objects.requireNonNull(result, "result");
        List<SubmittedTest> tests = result.tests().stream()
                .map(test -> SubmittedTest.of(test, result.message()))
                .toList();
        Duration runTime = result.tests().isEmpty() ? null
                : result.tests().stream().map(TestResult::runTime).reduce(Duration.ZERO, Duration::plus);
        Long peakKb = tests.stream().map(SubmittedTest::peakMemoryKb).filter(Objects::nonNull)
                .max(Long::compare).orElse(null);
        return new CodeSubmission(UUID.randomUUID(), userId, sessionId, turnId, problemSlug, language, code,
                result.verdict(), (int) result.passedCount(), result.tests().size(), runTime, peakKb, tests,
                createdAt);
    }
}
