package dev.maangtracker.app.judge;

import dev.maangtracker.core.judge.GrowthCheck;
import dev.maangtracker.core.judge.JudgeResult;
import dev.maangtracker.core.judge.Submission;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import reactor.util.context.Context;

/**
 * The judge runs made while serving one request, collected by {@link RecordingCodeJudge} through the
 * Reactor context: the interview engine judges an answer's code inside its own step and returns only
 * the evaluation, so this is how the answer's response gets the verdict of each test without running
 * the code a second time. Thread-safe.
 */
public final class JudgeRuns {

    /** The context key under which a request's collector travels. */
    static final Object KEY = JudgeRuns.class;

    private final List<Run> runs = new ArrayList<>();

    /**
     * One judged submission.
     *
     * @param submission what was judged
     * @param result     the judge's result
     * @param growth     how the run time grew on larger inputs, when measured
     */
    public record Run(Submission submission, JudgeResult result, Optional<GrowthCheck> growth) {
    }

    /** A context carrying this collector, for {@code contextWrite}. */
    public Context context() {
        return Context.of(KEY, this);
    }

    /** The last submission judged while this collector was in the context. */
    public synchronized Optional<Run> last() {
        return runs.isEmpty() ? Optional.empty() : Optional.of(runs.get(runs.size() - 1));
    }

    synchronized void judged(Submission submission, JudgeResult result) {
        runs.add(new Run(submission, result, Optional.empty()));
    }

    synchronized void grew(Submission submission, Optional<GrowthCheck> growth) {
        for (int i = runs.size() - 1; i >= 0; i--) {
            if (runs.get(i).submission() == submission) {
                runs.set(i, new Run(submission, runs.get(i).result(), growth));
                return;
            }
        }
    }
}
