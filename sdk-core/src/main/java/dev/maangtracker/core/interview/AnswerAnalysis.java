package dev.maangtracker.core.interview;

import dev.maangtracker.core.analytics.AnswerAnalytics;
import dev.maangtracker.core.analytics.AnswerAnalyzer;
import dev.maangtracker.core.analytics.AnswerInput;
import dev.maangtracker.core.analytics.AnswerKind;
import java.util.Optional;

/** Runs the answer analytics the way each interview mode needs them. */
final class AnswerAnalysis {

    private AnswerAnalysis() {
    }

    static AnswerAnalytics analyze(AnswerAnalyzer analyzer, InterviewQuestion question, CandidateAnswer answer) {
        AnswerKind kind = switch (question.mode()) {
            case CODING -> AnswerKind.CODE_EXPLANATION;
            case BEHAVIORAL -> AnswerKind.BEHAVIORAL_STORY;
            case HR, SYSTEM_DESIGN -> AnswerKind.PROSE;
        };
        return analyzer.analyze(new AnswerInput(answer.text(), Optional.ofNullable(answer.duration()), kind,
                Optional.ofNullable(answer.code())));
    }
}
