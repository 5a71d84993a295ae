package dev.maangtracker.core.judge;

/**
 * How a solution's run time grows on generated larger inputs, against the problem's declared time complexity.
 *
 * @param declared         the problem's reference complexity, e.g. {@code O(n)}
 * @param expectedExponent the exponent of n the declared complexity implies (n log n counts as 1)
 * @param measuredExponent log2 of the time ratio when the input size doubles
 * @param matches          whether the growth is within the declared complexity (with a tolerance)
 * @param summary          one sentence for reports, e.g. "grows like n^2.0 on inputs of 4000 to 8000 elements; O(n)
 *                         expected"
 */
public record GrowthCheck(String declared, double expectedExponent, double measuredExponent, boolean matches,
                          String summary) {

    /** Measured exponents up to expected + this still match (timing noise, log factors). */
    public static final double TOLERANCE = 0.6;
}
