package dev.maangtracker.tracker.roadmap;

import dev.maangtracker.core.error.InvalidInputException;
import dev.maangtracker.core.question.CodingProblem;
import dev.maangtracker.core.question.QuestionBank;
import dev.maangtracker.core.question.SystemDesignPrompt;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Adds the question bank's coding problems to a roadmap, so every problem an interview asks is a roadmap problem. */
final class QuestionBankMerge {

    private QuestionBankMerge() {
    }

    static RoadmapCatalog merge(RoadmapCatalog roadmap, QuestionBank bank) {
        List<String> codingTopics = roadmap.topics().stream().filter(t -> t.track() == Track.CODING)
                .map(Topic::slug).toList();
        Map<String, Problem> problems = new LinkedHashMap<>();
        roadmap.problems().forEach(problem -> problems.put(problem.slug(), problem));
        for (CodingProblem question : bank.codingProblems()) {
            for (String topic : question.topics()) {
                if (!codingTopics.contains(topic)) {
                    throw InvalidInputException.of("question bank problem '" + question.id() + "'", "names topic '"
                            + topic + "', which is not a coding topic of the roadmap " + codingTopics
                            + "; use one of them or add the topic to the roadmap file");
                }
            }
            Problem curated = problems.get(question.id());
            problems.put(question.id(), curated == null
                    ? new Problem(question.id(), question.title(), question.difficulty(), question.topics(), null, true)
                    : new Problem(curated.slug(), curated.title(), curated.difficulty(),
                            union(curated.topics(), question.topics()), curated.url(), true));
        }
        for (SystemDesignPrompt prompt : bank.systemDesignPrompts()) {
            for (String topic : prompt.topics()) {
                if (roadmap.findConcept(topic).isEmpty() && roadmap.findTopic(topic).isEmpty()) {
                    throw InvalidInputException.of("question bank system design prompt '" + prompt.id() + "'",
                            "names '" + topic + "', which is neither a concept nor a topic of the roadmap; "
                                    + "use a concept slug or add the concept to the roadmap file");
                }
            }
        }
        return RoadmapCatalog.of(roadmap.topics(), new ArrayList<>(problems.values()), roadmap.concepts());
    }

    /** The curated topics first (the main topic stays first), then the bank's others. */
    private static List<String> union(List<String> curated, List<String> bank) {
        Set<String> all = new LinkedHashSet<>(curated);
        all.addAll(bank);
        return List.copyOf(all);
    }
}
