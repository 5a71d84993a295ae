package dev.maangtracker.app.tracker;

import dev.maangtracker.tracker.roadmap.Track;
import java.util.List;

/**
 * One roadmap topic with the caller's progress on it.
 *
 * @param slug          the topic's slug (path key of {@code /roadmap/topics/{slug}})
 * @param name          display name
 * @param track         coding or system design
 * @param prerequisites slugs of the topics to learn first
 * @param problems      coding problems of the topic in the catalog
 * @param concepts      system design concepts of the topic in the catalog
 * @param solved        of those, how many the caller solved or mastered
 * @param progress      0 to 100, each item weighted by status (todo 0, attempted 0.25, solved 0.75, mastered 1)
 */
public record TopicProgressView(String slug, String name, Track track, List<String> prerequisites, int problems,
                                int concepts, int solved, int progress) {
}
