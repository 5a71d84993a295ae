package dev.maangtracker.app.tracker;

import java.util.List;

/**
 * One topic with its problems and concepts and the caller's status on each.
 *
 * @param topic    the topic and the caller's progress on it
 * @param problems its problems in catalog order
 * @param concepts its system design concepts (slug and name)
 */
public record TopicView(TopicProgressView topic, List<ProblemView> problems, List<ConceptView> concepts) {

    /**
     * A system design concept of the topic.
     *
     * @param slug the concept's slug
     * @param name display name
     */
    public record ConceptView(String slug, String name) {
    }
}
