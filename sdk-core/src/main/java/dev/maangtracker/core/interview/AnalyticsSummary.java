package dev.maangtracker.core.interview;

import dev.maangtracker.core.analytics.AnswerAnalytics;

/** The analytics of an answer in one line, for a model's prompt. */
final class AnalyticsSummary {

    private AnalyticsSummary() {
    }

    static String of(AnswerAnalytics analytics) {
        StringBuilder text = new StringBuilder();
        text.append(analytics.wordCount()).append(" words; fillers ").append(analytics.fillers().count());
        analytics.pace().ifPresent(pace -> text.append("; ").append(Math.round(pace.wordsPerMinute()))
                .append(" words per minute (").append(pace.verdict()).append(')'));
        analytics.star().ifPresent(star -> text.append("; STAR parts found ").append(star.present()));
        text.append("; ").append(analytics.specificity().numberCount()).append(" numbers, ")
                .append(analytics.specificity().technologies().size()).append(" named technologies");
        text.append("; ownership ").append(analytics.ownership().verdict());
        text.append("; hedges ").append(analytics.confidence().hedgeCount());
        analytics.code().ifPresent(code -> text.append("; stated time complexity ")
                .append(code.timeComplexity().orElse("none")).append(", space ")
                .append(code.spaceComplexity().orElse("none")).append(", edge cases ").append(code.edgeCases()));
        return text.toString();
    }
}
