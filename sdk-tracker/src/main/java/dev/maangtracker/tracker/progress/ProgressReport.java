package dev.maangtracker.tracker.progress;

import dev.maangtracker.core.question.Difficulty;
import java.util.Map;

/**
 * A user's progress over the whole roadmap. Progress values are 0 to 100: each problem (or concept) counts by its
 * status weight (todo 0, attempted 0.25, solved 0.75, mastered 1).
 *
 * @param overall      progress over every coding problem
 * @param byTopic      progress per topic slug: its problems for coding topics, its concepts for system design
 * @param byDifficulty results per difficulty
 * @param systemDesign progress over every system design concept
 * @param solved       distinct problems solved or mastered
 */
public record ProgressReport(int overall, Map<String, Integer> byTopic, Map<Difficulty, DifficultyStats> byDifficulty,
                             int systemDesign, int solved) {

    /** Copies the maps. */
    public ProgressReport {
        byTopic = Map.copyOf(byTopic);
        byDifficulty = Map.copyOf(byDifficulty);
    }
}
