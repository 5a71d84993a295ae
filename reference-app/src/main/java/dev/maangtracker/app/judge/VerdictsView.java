package dev.maangtracker.app.judge;

import dev.maangtracker.core.judge.JudgeResult;
import dev.maangtracker.core.judge.Verdict;
import java.util.List;
import java.util.UUID;

/**
 * What running an interview answer's code on all the problem's tests gave. Tests stop at the first
 * one that fails, so {@code tests} may be shorter than {@code total}.
 *
 * @param submissionId  the stored submission
 * @param verdict       ACCEPTED, or the first failing test's verdict
 * @param passed        tests passed
 * @param total         tests the problem has (visible and hidden)
 * @param tests         each test run, in order
 * @param failedCase    the first visible test got wrong, or {@code null}
 * @param message       compiler output or the runtime error, or {@code null}
 * @param compileTimeMs time spent compiling (0 for interpreted languages)
 * @param growth        for accepted code, how its run time grew on larger inputs, or {@code null}
 */
public record VerdictsView(UUID submissionId, Verdict verdict, long passed, int total, List<TestVerdictView> tests,
        FailedCaseView failedCase, String message, long compileTimeMs, GrowthView growth) {

    /** The view of a recorded run. */
    public static VerdictsView of(UUID submissionId, JudgeRuns.Run run) {
        JudgeResult result = run.result();
        return new VerdictsView(submissionId, result.verdict(), result.passedCount(),
                run.submission().selectedTests().size(),
                result.tests().stream().map(TestVerdictView::of).toList(),
                result.failedCase().map(FailedCaseView::of).orElse(null),
                result.message().isBlank() ? null : result.message(), result.compileTime().toMillis(),
                run.growth().map(GrowthView::of).orElse(null));
    }
}
