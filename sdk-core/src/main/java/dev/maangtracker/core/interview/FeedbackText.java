package dev.maangtracker.core.interview;

import dev.maangtracker.core.evaluation.AnswerEvaluation;
import dev.maangtracker.core.evaluation.DimensionScore;
import java.util.Locale;

/** The words of a feedback turn, written from an evaluation so the conversation reads on its own. */
final class FeedbackText {

    private FeedbackText() {
    }

    static String of(AnswerEvaluation evaluation) {
        StringBuilder text = new StringBuilder("Score: ").append(evaluation.overallScore()).append("/100.");
        for (DimensionScore dimension : evaluation.dimensions()) {
            text.append(' ').append(label(dimension.dimension())).append(' ').append(dimension.score()).append('.');
        }
        if (!evaluation.strengths().isEmpty()) {
            text.append("\nStrengths: ").append(String.join("; ", evaluation.strengths())).append('.');
        }
        if (!evaluation.improvements().isEmpty()) {
            text.append("\nTo improve: ").append(String.join("; ", evaluation.improvements())).append('.');
        }
        CodeCheck.notExecuted(evaluation).ifPresent(why -> text.append("\nNote: ").append(why)
                .append(", so correctness was judged from the explanation only."));
        return text.toString();
    }

    /** {@code TRADE_OFFS} → {@code Trade-offs}. */
    static String label(String dimension) {
        String lower = dimension.toLowerCase(Locale.ROOT).replace('_', ' ');
        if (lower.equals("trade offs")) {
            lower = "trade-offs";
        }
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
