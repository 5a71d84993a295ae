package dev.maangtracker.tracker.roadmap;

import java.util.List;
import java.util.Objects;

/**
 * A roadmap topic, e.g. {@code graphs} or {@code sd-caching}. Coding topic slugs are the ones the question bank uses.
 *
 * @param slug          unique key, lower-case words joined by hyphens
 * @param name          display name
 * @param track         coding or system design
 * @param prerequisites slugs of the topics to learn first; the catalog checks they exist and form no cycle
 * @param description   one sentence on what the topic covers; may be empty
 */
public record Topic(String slug, String name, Track track, List<String> prerequisites, String description) {

    /** Validates every field; see the component descriptions. */
    public Topic {
        Slugs.require("topic.slug", slug);
        name = Slugs.requireText("topic.name", name);
        Objects.requireNonNull(track, "track");
        prerequisites = List.copyOf(Objects.requireNonNull(prerequisites, "prerequisites"));
        prerequisites.forEach(p -> Slugs.require("topic.prerequisites", p));
        description = description == null ? "" : description.strip();
    }
}
