package dev.maangtracker.tracker.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.maangtracker.core.error.InvalidInputException;
import dev.maangtracker.core.error.NotFoundException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RoadmapCatalogTest {

    private static final List<String> QUESTION_BANK_TOPICS = List.of("arrays-hashing", "two-pointers",
            "sliding-window", "stack", "binary-search", "linked-list", "trees", "tries", "heaps", "backtracking",
            "graphs", "advanced-graphs", "dp-1d", "dp-2d", "greedy", "intervals", "math-geometry", "bit-manipulation");

    private final RoadmapCatalog catalog = RoadmapCatalog.loadDefault();

    @Test
    void shipsEveryQuestionBankTopicAndSystemDesign() {
        assertThat(catalog.topics()).extracting(Topic::slug).containsAll(QUESTION_BANK_TOPICS);
        assertThat(catalog.topics()).filteredOn(t -> t.track() == Track.SYSTEM_DESIGN).hasSizeGreaterThan(5);
        assertThat(catalog.concepts()).extracting(Concept::slug)
                .contains("sharding", "caching", "idempotency", "consistent-hashing", "rate-limiting");
    }

    @Test
    void shipsAtLeastOneHundredFiftyProblemsWithKnownTopicsAndUniqueSlugs() {
        assertThat(catalog.problems()).hasSizeGreaterThanOrEqualTo(150);
        Set<String> slugs = new HashSet<>();
        for (Problem problem : catalog.problems()) {
            assertThat(slugs.add(problem.slug())).as("unique %s", problem.slug()).isTrue();
            assertThat(problem.topics()).allSatisfy(t -> assertThat(catalog.findTopic(t)).isPresent());
            assertThat(problem.url()).startsWith("https://");
        }
        for (String topic : QUESTION_BANK_TOPICS) {
            assertThat(catalog.problemsIn(topic)).as("problems in %s", topic).hasSizeGreaterThanOrEqualTo(4);
        }
    }

    @Test
    void topicOrderPutsEveryPrerequisiteFirst() {
        List<String> order = catalog.topicOrder();
        assertThat(order).hasSize(catalog.topics().size()).doesNotHaveDuplicates();
        for (Topic topic : catalog.topics()) {
            for (String prerequisite : topic.prerequisites()) {
                assertThat(order.indexOf(prerequisite)).isLessThan(order.indexOf(topic.slug()));
            }
            assertThat(catalog.allPrerequisites(topic.slug())).doesNotContain(topic.slug());
        }
        assertThat(catalog.allPrerequisites("graphs")).contains("arrays-hashing", "trees", "backtracking");
    }

    @Test
    void rejectsPrerequisiteCycleNamingTheTopic() {
        List<Topic> topics = List.of(new Topic("a", "A", Track.CODING, List.of("b"), ""),
                new Topic("b", "B", Track.CODING, List.of("a"), ""));
        assertThatThrownBy(() -> RoadmapCatalog.of(topics, List.of(), List.of()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("cycle").hasMessageContaining("'a'");
    }

    @Test
    void rejectsUnknownTopicAndDuplicateSlug() {
        Topic a = new Topic("a", "A", Track.CODING, List.of(), "");
        Problem p = new Problem("p", "P", dev.maangtracker.core.question.Difficulty.EASY, List.of("zzz"),
                "https://example.com/p");
        assertThatThrownBy(() -> RoadmapCatalog.of(List.of(a), List.of(p), List.of()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("problem 'p'")
                .hasMessageContaining("unknown topic 'zzz'");
        assertThatThrownBy(() -> RoadmapCatalog.of(List.of(a, a), List.of(), List.of()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("defined twice");
        assertThatThrownBy(() -> RoadmapCatalog.of(List.of(new Topic("b", "B", Track.CODING, List.of("x"), "")),
                List.of(), List.of())).isInstanceOf(InvalidInputException.class).hasMessageContaining("'x'");
    }

    @Test
    void loadsUserFileAndNamesBrokenEntry(@TempDir Path dir) throws Exception {
        Path good = dir.resolve("mine.json");
        Files.writeString(good, """
                {"topics": [{"slug": "arrays", "name": "Arrays", "track": "coding", "prerequisites": []}],
                 "problems": [{"slug": "two-sum", "title": "Two Sum", "difficulty": "easy", "topics": ["arrays"],
                               "url": "https://leetcode.com/problems/two-sum/"}]}
                """);
        RoadmapCatalog mine = RoadmapCatalog.load(good);
        assertThat(mine.problem("two-sum").mainTopic()).isEqualTo("arrays");

        String broken = """
                {"topics": [{"slug": "arrays", "name": "Arrays", "track": "CODING"}],
                 "problems": [{"slug": "ok", "title": "Ok", "difficulty": "EASY", "topics": ["arrays"], "url": "https://x.y/ok"},
                              {"slug": "bad", "title": "Bad", "difficulty": "IMPOSSIBLE", "topics": ["arrays"], "url": "https://x.y/b"}]}
                """;
        assertThatThrownBy(() -> RoadmapCatalog.read(
                new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8)), "broken.json"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("broken.json problems[1]");
        assertThatThrownBy(() -> RoadmapCatalog.read(
                new ByteArrayInputStream("{not json".getBytes(StandardCharsets.UTF_8)), "x.json"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("x.json");
        assertThatThrownBy(() -> RoadmapCatalog.load(dir.resolve("missing.json"))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void unknownSlugsAreNotFound() {
        assertThatThrownBy(() -> catalog.problem("no-such")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> catalog.problemsIn("no-such")).isInstanceOf(NotFoundException.class);
    }
}
