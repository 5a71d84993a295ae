package dev.maangtracker.tracker.weakness;

import dev.maangtracker.core.error.InvalidInputException;
import dev.maangtracker.core.question.InterviewMode;
import java.time.Instant;
import java.util.Objects;

/**
 * One observation of how a user did on a topic or competency.
 *
 * @param topic     a roadmap topic slug, concept slug or competency (e.g. {@code graphs}, {@code trade-offs})
 * @param mode      the kind of interview question that exercises it
 * @param source    where it came from
 * @param reference what to cite: an attempt id, or a session id with the turn
 * @param score     0 (failed) to 100 (excellent)
 * @param at        when it was observed
 * @param note      a short explanation of the score
 */
public record Evidence(String topic, InterviewMode mode, EvidenceSource source, String reference, double score,
                       Instant at, String note) {

    /** Validates every field; see the component descriptions. */
    public Evidence {
        if (topic == null || topic.isBlank()) {
            throw InvalidInputException.required("topic");
        }
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(source, "source");
        if (reference == null || reference.isBlank()) {
            throw InvalidInputException.required("reference");
        }
        if (!(score >= 0 && score <= 100)) {
            throw InvalidInputException.outOfRange("score", score, 0, 100);
        }
        Objects.requireNonNull(at, "at");
        note = note == null ? "" : note;
    }

    /** How badly it went, 0 (perfect) to 10 (failed): {@code (100 - score) / 10}. */
    public double deficit() {
        return (100 - score) / 10;
    }
}
