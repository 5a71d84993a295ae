package dev.maangtracker.app.judge;

import dev.maangtracker.core.judge.Verdict;
import java.util.List;
import java.util.UUID;

/**
 * The outcome of running code on a problem's visible tests.
 *
 * @param submissionId  the stored submission
 * @param problemSlug   the problem
 * @param language      the language it ran in
 * @param verdict       ACCEPTED when every visible test passed, else the first failing test's verdict
 * @param passed        visible tests passed
 * @param total         visible tests the problem has
 * @param runTimeMs     the tests' total run time, in milliseconds ({@code null} when nothing ran)
 * @param peakMemoryKb  the highest memory peak of any test, in KiB ({@code null} when unknown)
 * @param compileTimeMs time spent compiling (0 for interpreted languages)
 * @param message       compiler output or the runtime error, or {@code null}
 * @param tests         every visible test with its data and outcome
 */
public record JudgeRunResponse(UUID submissionId, String problemSlug, String language, Verdict verdict, int passed,
        int total, Long runTimeMs, Long peakMemoryKb, long compileTimeMs, String message,
        List<VisibleTestView> tests) {
}
