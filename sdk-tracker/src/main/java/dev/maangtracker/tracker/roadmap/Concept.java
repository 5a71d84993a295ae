package dev.maangtracker.tracker.roadmap;

/**
 * A concept to study within a topic, mostly system design ({@code sharding}, {@code idempotency}); the slugs match
 * the topics of the question bank's system design prompts.
 *
 * @param slug  unique among concepts
 * @param name  display name
 * @param topic slug of the topic it belongs to
 */
public record Concept(String slug, String name, String topic) {

    /** Validates every field; see the component descriptions. */
    public Concept {
        Slugs.require("concept.slug", slug);
        name = Slugs.requireText("concept.name", name);
        Slugs.require("concept.topic", topic);
    }
}
