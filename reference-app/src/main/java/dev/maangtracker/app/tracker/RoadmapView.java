package dev.maangtracker.app.tracker;

import java.util.List;

/**
 * The roadmap with the caller's progress.
 *
 * @param overall      progress over every coding problem, 0 to 100
 * @param systemDesign progress over every system design concept, 0 to 100
 * @param solved       distinct problems solved or mastered
 * @param topics       every topic in prerequisite order
 */
public record RoadmapView(int overall, int systemDesign, int solved, List<TopicProgressView> topics) {
}
