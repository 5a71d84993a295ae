package dev.maangtracker.tracker.interview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.maangtracker.core.error.InvalidInputException;
import dev.maangtracker.core.evaluation.DimensionScore;
import dev.maangtracker.core.interview.CodeCheck;
import dev.maangtracker.core.judge.Verdict;
import dev.maangtracker.tracker.progress.AttemptOutcome;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnswerOutcomesTest {

    @Test
    void thresholdsSplitTheScoreRange() {
        assertThat(AnswerOutcomes.fromScore(AnswerOutcomes.SOLVED_SCORE)).isEqualTo(AttemptOutcome.SOLVED);
        assertThat(AnswerOutcomes.fromScore(AnswerOutcomes.SOLVED_SCORE - 1)).isEqualTo(AttemptOutcome.PARTIAL);
        assertThat(AnswerOutcomes.fromScore(AnswerOutcomes.PARTIAL_SCORE)).isEqualTo(AttemptOutcome.PARTIAL);
        assertThat(AnswerOutcomes.fromScore(AnswerOutcomes.PARTIAL_SCORE - 1)).isEqualTo(AttemptOutcome.FAILED);
    }

    @Test
    void rejectsAScoreOutOfRange() {
        assertThatThrownBy(() -> AnswerOutcomes.fromScore(101)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("score");
        assertThatThrownBy(() -> AnswerOutcomes.fromScore(-1)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aRunThatPassedSomeTestsIsPartial() {
        assertThat(AnswerOutcomes.fromExecution(new CodeCheck.Execution(Verdict.OUTPUT_LIMIT_EXCEEDED, 1, 9)))
                .isEqualTo(AttemptOutcome.PARTIAL);
        assertThat(AnswerOutcomes.fromExecution(new CodeCheck.Execution(Verdict.ACCEPTED, 9, 9)))
                .isEqualTo(AttemptOutcome.SOLVED);
        assertThat(AnswerOutcomes.fromExecution(new CodeCheck.Execution(Verdict.MEMORY_LIMIT_EXCEEDED, 0, 9)))
                .isEqualTo(AttemptOutcome.FAILED);
    }

    @Test
    void correctnessComesFromTheInterviewersDimensionBeforeTheOverallScore() {
        assertThat(AnswerOutcomes.correctnessScore(ScriptedSession.evaluation("q", 90, List.of(
                new DimensionScore("APPROACH", 95, List.of(), ""),
                new DimensionScore(CodeCheck.DIMENSION, 35, List.of(), "misses the empty input"))))).isEqualTo(35);
        assertThat(AnswerOutcomes.correctnessScore(ScriptedSession.evaluation("q", 72, List.of(
                new DimensionScore("APPROACH", 95, List.of(), ""))))).isEqualTo(72);
    }
}
