package dev.maangtracker.tracker.roadmap;

import dev.maangtracker.core.error.InvalidInputException;
import dev.maangtracker.core.question.Difficulty;
import java.util.List;
import java.util.Objects;

/**
 * A coding problem on the roadmap: a well-known public problem, a problem of the question bank, or both.
 *
 * @param slug           unique key: the public site's slug, or the question bank's id for a bank problem
 * @param title          display title
 * @param difficulty     how hard it is
 * @param topics         topic slugs, at least one; the first is its main topic
 * @param url            public https address of the problem statement, or {@code null} for a problem only the
 *                       question bank holds
 * @param inQuestionBank whether the question bank holds it under the same id: a coding interview can ask it and the
 *                       judge can run code against its tests
 */
public record Problem(String slug, String title, Difficulty difficulty, List<String> topics, String url,
                      boolean inQuestionBank) {

    /** Validates every field; see the component descriptions. */
    public Problem {
        Slugs.require("problem.slug", slug);
        title = Slugs.requireText("problem.title", title);
        Objects.requireNonNull(difficulty, "difficulty");
        topics = List.copyOf(Objects.requireNonNull(topics, "topics"));
        if (topics.isEmpty()) {
            throw InvalidInputException.of("problem.topics", "must name at least one topic (problem '" + slug + "')");
        }
        topics.forEach(t -> Slugs.require("problem.topics", t));
        if (url != null && !url.startsWith("https://")) {
            throw InvalidInputException.of("problem.url", "must be an https address (problem '" + slug + "')");
        }
        if (url == null && !inQuestionBank) {
            throw InvalidInputException.of("problem.url",
                    "is required for a problem the question bank does not hold (problem '" + slug + "')");
        }
    }

    /** A public problem with its statement at {@code url}, not in the question bank. */
    public Problem(String slug, String title, Difficulty difficulty, List<String> topics, String url) {
        this(slug, title, difficulty, topics, url, false);
    }

    /** The main topic: the first listed. */
    public String mainTopic() {
        return topics.get(0);
    }

    /** Typical minutes to solve it in practice: 20 easy, 35 medium, 50 hard. */
    public int estimatedMinutes() {
        return switch (difficulty) {
            case EASY -> 20;
            case MEDIUM -> 35;
            case HARD -> 50;
        };
    }
}
