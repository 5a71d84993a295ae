package dev.maangtracker.core.interview;

import dev.maangtracker.core.evaluation.DimensionScore;
import dev.maangtracker.core.evaluation.InterviewReport;

/** The words of the summary turn: the report in a few readable lines. */
final class ReportText {

    private ReportText() {
    }

    static String of(InterviewReport report) {
        StringBuilder text = new StringBuilder("Overall: ").append(report.overallScore()).append("/100.");
        for (DimensionScore dimension : report.dimensions()) {
            text.append(' ').append(FeedbackText.label(dimension.dimension())).append(' ')
                    .append(dimension.score()).append('.');
        }
        if (!report.strengths().isEmpty()) {
            text.append("\nStrengths: ").append(String.join("; ", report.strengths())).append('.');
        }
        if (!report.weaknesses().isEmpty()) {
            text.append("\nWeaknesses: ").append(String.join("; ", report.weaknesses())).append('.');
        }
        if (!report.recommendations().isEmpty()) {
            text.append("\nPractise next: ").append(String.join("; ", report.recommendations())).append('.');
        }
        return text.toString();
    }
}
