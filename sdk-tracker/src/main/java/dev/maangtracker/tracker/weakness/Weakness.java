package dev.maangtracker.tracker.weakness;

import dev.maangtracker.core.candidate.WeaknessSignal;
import dev.maangtracker.core.error.InvalidInputException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A weakness of one user on one topic or competency, with everything needed to explain it.
 *
 * @param topic           topic slug, concept slug or competency
 * @param severity        0 to 10: the recency-weighted mean deficit of the evidence (see {@link WeaknessAnalyzer})
 * @param confidence      0 to 1: {@code 1 - e^(-n/3)} for n pieces of evidence
 * @param evidence        every observation used, oldest first
 * @param recommendations concrete next steps, most useful first
 * @param detectedAt      when the evidence first (or, after a relapse, again) crossed the threshold
 * @param resolvedAt      when later evidence showed improvement, or {@code null} while open
 * @param explanation     one sentence tracing the numbers to the evidence
 */
public record Weakness(String topic, double severity, double confidence, List<Evidence> evidence,
                       List<Recommendation> recommendations, Instant detectedAt, Instant resolvedAt,
                       String explanation) {

    /** Validates every field; see the component descriptions. */
    public Weakness {
        if (topic == null || topic.isBlank()) {
            throw InvalidInputException.required("topic");
        }
        if (!(severity >= 0 && severity <= 10)) {
            throw InvalidInputException.outOfRange("severity", severity, 0, 10);
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw InvalidInputException.outOfRange("confidence", confidence, 0, 1);
        }
        evidence = List.copyOf(evidence);
        recommendations = List.copyOf(recommendations);
        Objects.requireNonNull(detectedAt, "detectedAt");
        explanation = explanation == null ? "" : explanation;
    }

    /** Whether it is still open (not resolved). */
    public boolean open() {
        return resolvedAt == null;
    }

    /** When it was resolved, empty while open. */
    public Optional<Instant> resolved() {
        return Optional.ofNullable(resolvedAt);
    }

    /** Severity weighted by confidence, 0 to 10: how much it should steer practice. */
    public double priority() {
        return severity * confidence;
    }

    /** The signal the interview engine reads. */
    public WeaknessSignal toSignal() {
        return new WeaknessSignal(topic, severity, confidence);
    }
}
