package dev.maangtracker.tracker.weakness;

import dev.maangtracker.core.question.Difficulty;
import dev.maangtracker.core.question.InterviewMode;
import dev.maangtracker.tracker.progress.ProblemStatus;
import dev.maangtracker.tracker.roadmap.Concept;
import dev.maangtracker.tracker.roadmap.Problem;
import dev.maangtracker.tracker.roadmap.RoadmapCatalog;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Proposes concrete practice for a weakness: unsolved catalog problems of the topic (easiest first, those never
 * tried before those failed), the concepts of a system design topic, and the interview question type that exercises
 * it. Thread-safe.
 */
public final class Recommender {

    /** Most problems recommended per weakness. */
    public static final int MAX_PROBLEMS = 3;

    private final RoadmapCatalog catalog;
    private final Map<String, ProblemStatus> statuses;

    /**
     * @param catalog  the roadmap
     * @param statuses the user's statuses by slug; unlisted slugs are TODO
     */
    public Recommender(RoadmapCatalog catalog, Map<String, ProblemStatus> statuses) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.statuses = Map.copyOf(statuses);
    }

    /** The recommendations for a weakness, most useful first. */
    public List<Recommendation> recommend(Weakness weakness) {
        String topic = weakness.topic();
        List<Recommendation> out = new ArrayList<>();
        if (catalog.findTopic(topic).isPresent()) {
            catalog.problemsIn(topic).stream()
                    .filter(p -> !solved(p.slug()))
                    .sorted(Comparator.comparing((Problem p) -> statuses.containsKey(p.slug()))
                            .thenComparing(Problem::difficulty, Comparator.comparingInt(Difficulty::ordinal)))
                    .limit(MAX_PROBLEMS)
                    .forEach(p -> out.add(new Recommendation(RecommendationKind.PROBLEM, p.slug(), p.title(),
                            p.difficulty() + " " + topic + " problem not solved yet")));
            catalog.conceptsIn(topic).stream().filter(c -> !solved(c.slug())).limit(MAX_PROBLEMS)
                    .forEach(c -> out.add(conceptRecommendation(c)));
        } else {
            catalog.findConcept(topic).ifPresent(c -> out.add(conceptRecommendation(c)));
        }
        InterviewMode mode = weakness.evidence().get(weakness.evidence().size() - 1).mode();
        out.add(new Recommendation(RecommendationKind.QUESTION_TYPE, mode.name(),
                mode.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " question on " + topic,
                "practise " + topic + " under interview conditions"));
        return out;
    }

    private Recommendation conceptRecommendation(Concept concept) {
        return new Recommendation(RecommendationKind.CONCEPT, concept.slug(), concept.name(),
                "system design concept of " + concept.topic());
    }

    private boolean solved(String slug) {
        ProblemStatus status = statuses.getOrDefault(slug, ProblemStatus.TODO);
        return status == ProblemStatus.SOLVED || status == ProblemStatus.MASTERED;
    }
}
