package dev.maangtracker.tracker.progress;

import dev.maangtracker.core.question.Difficulty;
import dev.maangtracker.tracker.roadmap.Concept;
import dev.maangtracker.tracker.roadmap.Problem;
import dev.maangtracker.tracker.roadmap.RoadmapCatalog;
import dev.maangtracker.tracker.roadmap.Topic;
import dev.maangtracker.tracker.roadmap.Track;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

/** Computes statuses and progress reports from attempts; pure and thread-safe. */
public final class ProgressCalculator {

    private final RoadmapCatalog catalog;

    /** @param catalog the roadmap the progress is measured against */
    public ProgressCalculator(RoadmapCatalog catalog) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
    }

    /** The status of every problem and concept the user attempted, by slug; unlisted slugs are TODO. */
    public Map<String, ProblemStatus> statuses(UUID userId, List<Attempt> attempts) {
        Map<String, List<Attempt>> bySlug = attempts.stream()
                .collect(Collectors.groupingBy(Attempt::slug, LinkedHashMap::new, Collectors.toList()));
        Map<String, ProblemStatus> out = new LinkedHashMap<>();
        bySlug.forEach((slug, list) -> out.put(slug, ItemProgress.fromAttempts(userId, slug, list, "").status()));
        return out;
    }

    /** The user's report over the whole catalog. */
    public ProgressReport report(UUID userId, List<Attempt> attempts) {
        Map<String, ProblemStatus> statuses = statuses(userId, attempts);
        Map<String, Integer> byTopic = new LinkedHashMap<>();
        for (Topic topic : catalog.topics()) {
            List<String> slugs = topic.track() == Track.CODING
                    ? catalog.problemsIn(topic.slug()).stream().map(Problem::slug).toList()
                    : catalog.conceptsIn(topic.slug()).stream().map(Concept::slug).toList();
            byTopic.put(topic.slug(), percent(slugs, statuses));
        }
        List<String> problemSlugs = catalog.problems().stream().map(Problem::slug).toList();
        List<String> conceptSlugs = catalog.concepts().stream().map(Concept::slug).toList();
        int solved = (int) problemSlugs.stream().map(statuses::get)
                .filter(s -> s == ProblemStatus.SOLVED || s == ProblemStatus.MASTERED).count();
        return new ProgressReport(percent(problemSlugs, statuses), byTopic, byDifficulty(attempts, statuses),
                percent(conceptSlugs, statuses), solved);
    }

    private Map<Difficulty, DifficultyStats> byDifficulty(List<Attempt> attempts, Map<String, ProblemStatus> statuses) {
        Map<Difficulty, DifficultyStats> out = new EnumMap<>(Difficulty.class);
        for (Difficulty difficulty : Difficulty.values()) {
            List<Problem> problems = catalog.problems().stream().filter(p -> p.difficulty() == difficulty).toList();
            List<Attempt> mine = new ArrayList<>();
            for (Attempt attempt : attempts) {
                catalog.findProblem(attempt.slug()).filter(p -> p.difficulty() == difficulty)
                        .ifPresent(p -> mine.add(attempt));
            }
            List<Attempt> solvedAttempts = mine.stream().filter(a -> a.outcome() == AttemptOutcome.SOLVED).toList();
            int problemsSolved = (int) problems.stream().map(p -> statuses.get(p.slug()))
                    .filter(s -> s == ProblemStatus.SOLVED || s == ProblemStatus.MASTERED).count();
            out.put(difficulty, new DifficultyStats(difficulty, mine.size(), solvedAttempts.size(), problemsSolved,
                    problems.size(), mine.isEmpty() ? 0 : (double) solvedAttempts.size() / mine.size(),
                    averageMinutes(mine), averageMinutes(solvedAttempts)));
        }
        return out;
    }

    private static double averageMinutes(List<Attempt> attempts) {
        return attempts.stream().mapToInt(a -> a.input().minutes()).average().orElse(0);
    }

    private static int percent(List<String> slugs, Map<String, ProblemStatus> statuses) {
        if (slugs.isEmpty()) {
            return 0;
        }
        double sum = slugs.stream().mapToDouble(s -> statuses.getOrDefault(s, ProblemStatus.TODO).weight()).sum();
        return (int) Math.round(100 * sum / slugs.size());
    }
}
