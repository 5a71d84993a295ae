package dev.maangtracker.app.judge;

import dev.maangtracker.core.judge.GrowthCheck;

/**
 * How accepted code's run time grew on larger generated inputs, against the problem's complexity.
 *
 * @param declared         the reference complexity, e.g. {@code O(n)}
 * @param expectedExponent the exponent of n it implies
 * @param measuredExponent the exponent measured when the input size doubles; {@code null} when the
 *                         code did not finish on the larger inputs
 * @param matches          whether the growth is within the declared complexity
 * @param summary          one sentence, e.g. "grows like n^1.0 from 4000 to 8000 elements ..."
 */
public record GrowthView(String declared, double expectedExponent, Double measuredExponent, boolean matches,
        String summary) {

    static GrowthView of(GrowthCheck growth) {
        double measured = growth.measuredExponent();
        return new GrowthView(growth.declared(), growth.expectedExponent(),
                Double.isFinite(measured) ? measured : null, growth.matches(), growth.summary());
    }
}
