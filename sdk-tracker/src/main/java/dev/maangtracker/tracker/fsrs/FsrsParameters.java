package dev.maangtracker.tracker.fsrs;

import dev.maangtracker.core.error.InvalidInputException;
import java.util.Arrays;
import java.util.List;

/**
 * The 21 model weights w0..w20 of FSRS-6. w0–w3 are the initial stabilities per rating, w4–w7 shape
 * difficulty, w8–w16 the stability after recall and after forgetting, w17–w19 the same-day (short-term)
 * reviews, and w20 the trainable decay of the forgetting curve. Immutable.
 */
public final class FsrsParameters {

    /** Number of weights in FSRS-6. */
    public static final int COUNT = 21;

    /** Smallest stability FSRS allows, in days. */
    public static final double STABILITY_MIN = 0.001;

    private static final double[] DEFAULTS = {
        0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
        1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542
    };

    // Bounds of each weight, as published with FSRS-6: trained weights outside them are rejected.
    private static final double[] LOWER = {
        STABILITY_MIN, STABILITY_MIN, STABILITY_MIN, STABILITY_MIN, 1.0, 0.001, 0.001, 0.001, 0.0, 0.0, 0.001,
        0.001, 0.001, 0.001, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.1
    };
    private static final double[] UPPER = {
        100.0, 100.0, 100.0, 100.0, 10.0, 4.0, 4.0, 0.75, 4.5, 0.8, 3.5, 5.0, 0.25, 0.9, 4.0, 1.0, 6.0, 2.0, 2.0,
        0.8, 0.8
    };

    private final double[] weights;

    private FsrsParameters(double[] weights) {
        this.weights = weights;
    }

    /** The published FSRS-6 default weights. */
    public static FsrsParameters defaults() {
        return new FsrsParameters(DEFAULTS.clone());
    }

    /**
     * Weights trained elsewhere (for example by the FSRS optimizer).
     *
     * @param weights exactly {@link #COUNT} values, each within its published bounds
     * @throws InvalidInputException when the count or a value is wrong, naming the first bad index
     */
    public static FsrsParameters of(List<Double> weights) {
        if (weights == null || weights.size() != COUNT) {
            throw InvalidInputException.of("parameters", "must hold exactly " + COUNT + " weights");
        }
        double[] values = new double[COUNT];
        for (int i = 0; i < COUNT; i++) {
            Double value = weights.get(i);
            if (value == null || !(value >= LOWER[i] && value <= UPPER[i])) {
                throw InvalidInputException.outOfRange("parameters[" + i + "]", value, LOWER[i], UPPER[i]);
            }
            values[i] = value;
        }
        return new FsrsParameters(values);
    }

    /** Weight {@code w<index>}. */
    public double w(int index) {
        return weights[index];
    }

    /** The weights w0..w20 as a new list. */
    public List<Double> asList() {
        return Arrays.stream(weights).boxed().toList();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FsrsParameters p && Arrays.equals(weights, p.weights);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(weights);
    }

    @Override
    public String toString() {
        return "FsrsParameters" + Arrays.toString(weights);
    }
}
