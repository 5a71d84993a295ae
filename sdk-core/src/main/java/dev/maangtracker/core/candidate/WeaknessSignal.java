package dev.maangtracker.core.candidate;

import dev.maangtracker.core.error.InvalidInputException;

/**
 * A known weakness of a candidate, as the tracker's analysis reports it.
 *
 * @param topic      a topic slug or competency, e.g. {@code "dp-1d"} or {@code "conflict"}
 * @param severity   0 (none) to 10 (severe)
 * @param confidence 0 (a guess) to 1 (well evidenced)
 */
public record WeaknessSignal(String topic, double severity, double confidence) {

    /** Validates every field; see the component descriptions. */
    public WeaknessSignal {
        if (topic == null || topic.isBlank()) {
            throw InvalidInputException.required("topic");
        }
        if (!(severity >= 0 && severity <= 10)) {
            throw InvalidInputException.outOfRange("severity", severity, 0, 10);
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw InvalidInputException.outOfRange("confidence", confidence, 0, 1);
        }
    }

    /** Severity weighted by confidence: how much the weakness should steer question choice, 0–10. */
    public double priority() {
        return severity * confidence;
    }
}
