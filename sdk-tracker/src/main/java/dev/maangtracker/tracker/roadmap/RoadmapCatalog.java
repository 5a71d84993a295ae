package dev.maangtracker.tracker.roadmap;

import dev.maangtracker.core.error.InvalidInputException;
import dev.maangtracker.core.error.NotFoundException;
import dev.maangtracker.core.question.QuestionBank;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The roadmap: topics with a prerequisite graph, problems and concepts. Validated when built: slugs are unique,
 * every referenced topic exists and prerequisites form no cycle; the first broken entry fails the build with an
 * {@link InvalidInputException} naming it. Immutable and thread-safe.
 */
public final class RoadmapCatalog {

    private static final String DEFAULT_RESOURCE = "roadmap.json";

    private final Map<String, Topic> topics;
    private final Map<String, Problem> problems;
    private final Map<String, Concept> concepts;
    private final List<String> topicOrder;

    private RoadmapCatalog(Map<String, Topic> topics, Map<String, Problem> problems, Map<String, Concept> concepts,
                           List<String> topicOrder) {
        this.topics = topics;
        this.problems = problems;
        this.concepts = concepts;
        this.topicOrder = topicOrder;
    }

    /**
     * A validated catalog of the given entries.
     *
     * @throws InvalidInputException on a duplicate slug, an unknown topic or a prerequisite cycle, naming the entry
     */
    public static RoadmapCatalog of(List<Topic> topics, List<Problem> problems, List<Concept> concepts) {
        Map<String, Topic> topicMap = new LinkedHashMap<>();
        for (Topic topic : topics) {
            if (topicMap.putIfAbsent(topic.slug(), topic) != null) {
                throw InvalidInputException.of("topic '" + topic.slug() + "'", "is defined twice");
            }
        }
        for (Topic topic : topicMap.values()) {
            for (String prerequisite : topic.prerequisites()) {
                if (!topicMap.containsKey(prerequisite)) {
                    throw InvalidInputException.of("topic '" + topic.slug() + "'",
                            "names unknown prerequisite '" + prerequisite + "'");
                }
            }
        }
        Map<String, Problem> problemMap = new LinkedHashMap<>();
        for (Problem problem : problems) {
            if (problemMap.putIfAbsent(problem.slug(), problem) != null) {
                throw InvalidInputException.of("problem '" + problem.slug() + "'", "is defined twice");
            }
            for (String topic : problem.topics()) {
                if (!topicMap.containsKey(topic)) {
                    throw InvalidInputException.of("problem '" + problem.slug() + "'", "names unknown topic '" + topic + "'");
                }
            }
        }
        Map<String, Concept> conceptMap = new LinkedHashMap<>();
        for (Concept concept : concepts) {
            if (conceptMap.putIfAbsent(concept.slug(), concept) != null) {
                throw InvalidInputException.of("concept '" + concept.slug() + "'", "is defined twice");
            }
            if (problemMap.containsKey(concept.slug())) {
                throw InvalidInputException.of("concept '" + concept.slug() + "'", "has the slug of a problem");
            }
            if (!topicMap.containsKey(concept.topic())) {
                throw InvalidInputException.of("concept '" + concept.slug() + "'",
                        "names unknown topic '" + concept.topic() + "'");
            }
        }
        return new RoadmapCatalog(Collections.unmodifiableMap(topicMap), Collections.unmodifiableMap(problemMap),
                Collections.unmodifiableMap(conceptMap), topologicalOrder(topicMap));
    }

    /**
     * The catalog shipped with the module: 27 topics, over 150 problems and the system design concepts. Apps that run
     * interviews use {@code loadDefault().withQuestionBank(bank)}.
     */
    public static RoadmapCatalog loadDefault() {
        try (InputStream in = RoadmapCatalog.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw NotFoundException.of("roadmap resource", DEFAULT_RESOURCE);
            }
            return CatalogReader.read(in, DEFAULT_RESOURCE);
        } catch (IOException e) {
            throw InvalidInputException.of(DEFAULT_RESOURCE, "could not be read: " + e.getMessage());
        }
    }

    /**
     * A catalog from a user's JSON file in the same format as the shipped {@code roadmap.json}
     * ({@code topics}, {@code concepts}, {@code problems}).
     *
     * @throws NotFoundException     when the file does not exist
     * @throws InvalidInputException when it is not valid JSON or breaks a catalog rule, naming the entry
     */
    public static RoadmapCatalog load(Path file) {
        if (!Files.isRegularFile(file)) {
            throw NotFoundException.of("roadmap file", file.getFileName());
        }
        try (InputStream in = Files.newInputStream(file)) {
            return CatalogReader.read(in, String.valueOf(file.getFileName()));
        } catch (IOException e) {
            throw InvalidInputException.of(String.valueOf(file.getFileName()), "could not be read: " + e.getMessage());
        }
    }

    /**
     * A catalog read from a stream in the {@code roadmap.json} format; the caller closes the stream.
     *
     * @param source name used in error messages
     */
    public static RoadmapCatalog read(InputStream in, String source) {
        return CatalogReader.read(in, source);
    }

    /**
     * This roadmap with every coding problem of the question bank, so each problem a coding interview asks is a
     * roadmap problem whose progress the tracker follows. A bank problem whose id is a roadmap slug stays the roadmap's
     * entry (title, difficulty, url) and gains the bank's other topics; the others are appended in bank order without
     * a url. Either way {@link Problem#inQuestionBank()} is true. Topics and concepts are unchanged.
     *
     * @throws InvalidInputException when a bank problem names a topic that is not a coding topic of this roadmap, or
     *                               a system design prompt names something that is neither a concept nor a topic of
     *                               it (their progress could not be followed), naming the bank entry; or when a bank
     *                               id is the slug of a concept
     */
    public RoadmapCatalog withQuestionBank(QuestionBank bank) {
        return QuestionBankMerge.merge(this, Objects.requireNonNull(bank, "bank"));
    }

    /** Every topic, in file order. */
    public List<Topic> topics() {
        return List.copyOf(topics.values());
    }

    /** Every problem, in file order. */
    public List<Problem> problems() {
        return List.copyOf(problems.values());
    }

    /** Every concept, in file order. */
    public List<Concept> concepts() {
        return List.copyOf(concepts.values());
    }

    /** The topic with that slug, if any. */
    public Optional<Topic> findTopic(String slug) {
        return Optional.ofNullable(topics.get(slug));
    }

    /** The topic with that slug; throws {@link NotFoundException} when there is none. */
    public Topic topic(String slug) {
        return findTopic(slug).orElseThrow(() -> NotFoundException.of("topic", slug));
    }

    /** The problem with that slug, if any. */
    public Optional<Problem> findProblem(String slug) {
        return Optional.ofNullable(problems.get(slug));
    }

    /** The problem with that slug; throws {@link NotFoundException} when there is none. */
    public Problem problem(String slug) {
        return findProblem(slug).orElseThrow(() -> NotFoundException.of("problem", slug));
    }

    /** The concept with that slug, if any. */
    public Optional<Concept> findConcept(String slug) {
        return Optional.ofNullable(concepts.get(slug));
    }

    /** The concept with that slug; throws {@link NotFoundException} when there is none. */
    public Concept concept(String slug) {
        return findConcept(slug).orElseThrow(() -> NotFoundException.of("concept", slug));
    }

    /** Problems listing the topic among their topics, in file order; throws {@link NotFoundException} for an unknown topic. */
    public List<Problem> problemsIn(String topicSlug) {
        topic(topicSlug);
        return problems.values().stream().filter(p -> p.topics().contains(topicSlug)).toList();
    }

    /** Concepts of the topic, in file order; throws {@link NotFoundException} for an unknown topic. */
    public List<Concept> conceptsIn(String topicSlug) {
        topic(topicSlug);
        return concepts.values().stream().filter(c -> c.topic().equals(topicSlug)).toList();
    }

    /** Every topic slug with each topic after all its prerequisites (ties in file order). */
    public List<String> topicOrder() {
        return topicOrder;
    }

    /** All topics that must come before this one, direct and indirect; throws {@link NotFoundException} if unknown. */
    public Set<String> allPrerequisites(String topicSlug) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> pending = new ArrayDeque<>(topic(topicSlug).prerequisites());
        while (!pending.isEmpty()) {
            String next = pending.pop();
            if (seen.add(next)) {
                pending.addAll(topics.get(next).prerequisites());
            }
        }
        return Collections.unmodifiableSet(seen);
    }

    private static List<String> topologicalOrder(Map<String, Topic> topics) {
        Map<String, Integer> state = new HashMap<>();
        List<String> order = new ArrayList<>();
        for (String slug : topics.keySet()) {
            visit(slug, topics, state, order, new ArrayDeque<>());
        }
        return List.copyOf(order);
    }

    private static void visit(String slug, Map<String, Topic> topics, Map<String, Integer> state, List<String> order,
                              Deque<String> path) {
        Integer mark = state.get(slug);
        if (mark != null && mark == 2) {
            return;
        }
        path.addLast(slug);
        if (mark != null) {
            throw InvalidInputException.of("topic '" + slug + "'",
                    "is part of a prerequisite cycle: " + String.join(" -> ", path));
        }
        state.put(slug, 1);
        for (String prerequisite : topics.get(slug).prerequisites()) {
            visit(prerequisite, topics, state, order, path);
        }
        state.put(slug, 2);
        path.removeLast();
        order.add(slug);
    }
}
