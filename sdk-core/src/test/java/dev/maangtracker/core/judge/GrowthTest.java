package dev.maangtracker.core.judge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maangtracker.core.judge.internal.GrowthInputs;
import dev.maangtracker.core.question.QuestionBank;
import java.util.List;
import org.junit.jupiter.api.Test;

class GrowthTest {

    @Test
    void declaredComplexitiesMapToExponents() {
        assertThat(GrowthInputs.exponent("O(n)")).hasValue(1.0);
        assertThat(GrowthInputs.exponent("O(n log n)")).hasValue(1.0);
        assertThat(GrowthInputs.exponent("O(n^2)")).hasValue(2.0);
        assertThat(GrowthInputs.exponent("O(1)")).hasValue(0.0);
        assertThat(GrowthInputs.exponent("O(m * n)")).isEmpty();
        assertThat(GrowthInputs.exponent("O(V + E)")).isEmpty();
    }

    @Test
    void quadraticGrowthIsFlaggedForALinearProblem() {
        GrowthCheck check = Growth.assess("O(n)", 1.0, List.of(50.0, 50.0, 200.0, 800.0, 210.0, 810.0));

        assertThat(check.matches()).isFalse();
        assertThat(check.measuredExponent()).isCloseTo(2.0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(check.summary()).contains("n^2.0", "O(n) expected", "slower");
    }

    @Test
    void linearGrowthAndTooFastRunsMatch() {
        assertThat(Growth.assess("O(n)", 1.0, List.of(10.0, 10.0, 20.0, 41.0, 22.0, 40.0)).matches()).isTrue();
        assertThat(Growth.assess("O(n)", 1.0, List.of(0.1, 0.1, 0.2, 0.4, 0.2, 0.4)).summary()).contains("too fast");
    }

    @Test
    void aMeasurementSlowedByOtherWorkDoesNotHideQuadraticGrowth() {
        // The first 2000-element run was slowed (a busy machine): alone it would give n^1.0.
        GrowthCheck check = Growth.assess("O(n)", 1.0, List.of(50.0, 50.0, 400.0, 800.0, 200.0, 810.0));

        assertThat(check.matches()).isFalse();
        assertThat(check.measuredExponent()).isCloseTo(2.0, org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void aSlowedRunOfALinearSolutionDoesNotFlagIt() {
        assertThat(Growth.assess("O(n)", 1.0, List.of(10.0, 10.0, 20.0, 160.0, 21.0, 41.0)).matches()).isTrue();
    }

    @Test
    void aTimeoutOnTheLargerInputIsFlagged() {
        GrowthCheck check = Growth.assess("O(n)", 1.0, List.of(10.0, 10.0, 900.0, Double.POSITIVE_INFINITY));

        assertThat(check.matches()).isFalse();
        assertThat(check.summary()).contains("did not finish on 4000 elements");
    }

    @Test
    void inputsOfBankProblemsScaleByTilingArrays() {
        var problem = QuestionBank.loadDefault().codingProblem("pair-with-target-sum");

        List<String> inputs = GrowthInputs.scaled(problem).orElseThrow();

        assertThat(inputs).hasSize(GrowthInputs.SIZES.length);
        assertThat(inputs.get(3).chars().filter(c -> c == ',').count()).isGreaterThanOrEqualTo(4000);
    }
}
