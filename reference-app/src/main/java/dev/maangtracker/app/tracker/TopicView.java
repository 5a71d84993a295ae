package dev.maangtracker.app.tracker;

import dev.maangtracker.tracker.progress.ProblemStatus;
import java.time.Instant;
import java.util.List;

/**
 * One topic with its problems and concepts and the caller's status on each.
 *
 * @param topic    the topic and the caller's progress on it
 * @param problems its problems in catalog order
 * @param concepts its system design concepts with the caller's status on each
 */
public record TopicView(TopicProgressView topic, List<ProblemView> problems, List<ConceptView> concepts) {

    /**
     * A system design concept of the topic with the caller's standing on it: a system design interview on a prompt
     * about the concept records a study of it.
     *
     * @param slug          the concept's slug
     * @param name          display name
     * @param status        the caller's status, derived from the studies
     * @param attempts      the caller's studies so far
     * @param lastAttemptAt the latest study, or {@code null}
     */
    public record ConceptView(String slug, String name, ProblemStatus status, int attempts, Instant lastAttemptAt) {
    }
}
