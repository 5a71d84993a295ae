package dev.maangtracker.core.question;

/** How a judge compares a function's returned value with a test case's expected value. */
public enum Comparison {
    /** The two JSON values must be equal, including the order of array elements. */
    EXACT,
    /**
     * The top-level arrays must hold the same elements with the same multiplicity, in any order; the elements
     * themselves are compared exactly (a problem statement fixes the order inside nested arrays, for example "each
     * triple in non-decreasing order"). Only for the array types ({@link ValueType#isArray()}).
     */
    UNORDERED,
    /**
     * Numbers match when {@code |actual - expected| <= TOLERANCE * max(1, |expected|)}, element by element for
     * arrays. Only for {@code double} and {@code double[]}.
     */
    FLOAT_TOLERANCE;

    /** The tolerance of {@link #FLOAT_TOLERANCE}: absolute below 1, relative above. */
    public static final double TOLERANCE = 1e-6;

    /** Whether this comparison can be used for values of the given return type. */
    public boolean supports(ValueType returnType) {
        switch (this) {
            case UNORDERED:
                return returnType.isArray();
            case FLOAT_TOLERANCE:
                return returnType == ValueType.DOUBLE || returnType == ValueType.DOUBLE_ARRAY;
            default:
                return true;
        }
    }
}
