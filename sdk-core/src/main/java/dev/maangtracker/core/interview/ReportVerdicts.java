package dev.maangtracker.core.interview;

import dev.maangtracker.core.evaluation.AnswerEvaluation;
import dev.maangtracker.core.evaluation.DimensionScore;
import dev.maangtracker.core.evaluation.InterviewReport;
import dev.maangtracker.core.question.InterviewMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Cites the judge in a report, whoever wrote it: per CODING question, the verdict of the last answer whose code was
 * checked (tests passed, first failing visible case, run-time growth) among the strengths when every test passed and
 * the run time grew as the problem expects, among the weaknesses otherwise, or, when the code was not executed, why,
 * among the recommendations.
 */
final class ReportVerdicts {

    private ReportVerdicts() {
    }

    static InterviewReport cite(InterviewReport report, List<QuestionOutcome> outcomes) {
        List<String> strengths = new ArrayList<>(report.strengths());
        List<String> weaknesses = new ArrayList<>(report.weaknesses());
        List<String> recommendations = new ArrayList<>(report.recommendations());
        for (QuestionOutcome outcome : outcomes) {
            if (outcome.question().mode() != InterviewMode.CODING) {
                continue;
            }
            String title = "\"" + outcome.question().title() + "\"";
            lastChecked(outcome.evaluations()).ifPresent(evaluation -> {
                Optional<DimensionScore> verdict = CodeCheck.verdict(evaluation);
                if (verdict.isPresent()) {
                    String line = title + " code: " + verdict.get().rationale();
                    boolean tooSlow = evaluation.improvements().stream().anyMatch(i -> i.startsWith(CodeCheck.TOO_SLOW));
                    addOnce(verdict.get().score() == 100 && !tooSlow ? strengths : weaknesses, line);
                } else {
                    CodeCheck.notExecuted(evaluation).ifPresent(why -> addOnce(recommendations, title + ": " + why
                            + ", so correctness was judged from the explanation only"));
                }
            });
        }
        return new InterviewReport(report.overallScore(), report.dimensions(), strengths, weaknesses, recommendations,
                report.questions(), report.producedBy(), report.generatedAt());
    }

    /** The last evaluation whose code was run or found not runnable; empty when no answer carried code. */
    private static Optional<AnswerEvaluation> lastChecked(List<AnswerEvaluation> evaluations) {
        for (int i = evaluations.size() - 1; i >= 0; i--) {
            AnswerEvaluation evaluation = evaluations.get(i);
            if (CodeCheck.verdict(evaluation).isPresent() || CodeCheck.notExecuted(evaluation).isPresent()) {
                return Optional.of(evaluation);
            }
        }
        return Optional.empty();
    }

    private static void addOnce(List<String> list, String line) {
        if (!list.contains(line)) {
            list.add(line);
        }
    }
}
