package dev.maangtracker.tracker.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.maangtracker.core.error.InvalidInputException;
import dev.maangtracker.core.question.CodingProblem;
import dev.maangtracker.core.question.QuestionBank;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The roadmap the app serves: the curated roadmap with the question bank's coding problems merged in. */
class QuestionBankMergeTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String USER_BANK = "/dev/maangtracker/core/question/user-bank.json";

    private final RoadmapCatalog curated = RoadmapCatalog.loadDefault();
    private final QuestionBank bank = QuestionBank.loadDefault();
    private final RoadmapCatalog merged = curated.withQuestionBank(bank);

    @Test
    void everyCodingQuestionOfTheBankIsARoadmapProblem() {
        for (CodingProblem question : bank.codingProblems()) {
            Problem problem = merged.problem(question.id());
            assertThat(problem.inQuestionBank()).as(question.id()).isTrue();
            assertThat(problem.topics()).containsAll(question.topics());
        }
        long shared = bank.codingProblems().stream().filter(q -> curated.findProblem(q.id()).isPresent()).count();
        assertThat(shared).as("bank ids that are roadmap slugs").isEqualTo(12);
        assertThat(merged.problems()).hasSize(curated.problems().size() + bank.codingProblems().size() - 12);
        assertThat(merged.topics()).isEqualTo(curated.topics());
        assertThat(merged.concepts()).isEqualTo(curated.concepts());
        assertThat(merged.topicOrder()).isEqualTo(curated.topicOrder());
    }

    @Test
    void aSharedProblemKeepsTheCuratedEntryAndGainsTheBanksTopics() {
        Problem before = curated.problem("missing-number");
        Problem after = merged.problem("missing-number");
        assertThat(after.title()).isEqualTo(before.title());
        assertThat(after.url()).isEqualTo(before.url()).startsWith("https://");
        assertThat(after.topics()).containsExactly("bit-manipulation", "math-geometry");
        assertThat(merged.problemsIn("math-geometry")).contains(after);
    }

    @Test
    void aBankOnlyProblemHasNoUrlAndComesAfterTheCuratedOnes() {
        CodingProblem question = bank.codingProblems().stream()
                .filter(q -> curated.findProblem(q.id()).isEmpty()).findFirst().orElseThrow();
        Problem problem = merged.problem(question.id());
        assertThat(problem.url()).isNull();
        assertThat(problem.title()).isEqualTo(question.title());
        assertThat(problem.difficulty()).isEqualTo(question.difficulty());
        assertThat(problem.topics()).isEqualTo(question.topics());
        List<Problem> inTopic = merged.problemsIn(problem.mainTopic());
        assertThat(inTopic.subList(0, curated.problemsIn(problem.mainTopic()).size()))
                .extracting(Problem::slug).containsExactlyElementsOf(
                        curated.problemsIn(problem.mainTopic()).stream().map(Problem::slug).toList());
    }

    @Test
    void curatedOnlyProblemsAreNotInTheBank() {
        assertThat(merged.problems()).filteredOn(p -> bank.findCodingProblem(p.slug()).isEmpty())
                .isNotEmpty().allSatisfy(p -> assertThat(p.inQuestionBank()).isFalse());
    }

    @Test
    void aBankProblemOnAnUnknownTopicFailsNamingItAndTheTopic() {
        QuestionBank broken = bankWith(problem -> problem.set("topics", JSON.createArrayNode().add("quantum")));

        assertThatThrownBy(() -> curated.withQuestionBank(broken)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("question bank problem 'count-vowels'")
                .hasMessageContaining("'quantum'");
    }

    @Test
    void aBankProblemOnASystemDesignTopicFails() {
        QuestionBank broken = bankWith(problem -> problem.set("topics", JSON.createArrayNode().add("sd-caching")));

        assertThatThrownBy(() -> curated.withQuestionBank(broken)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("'sd-caching', which is not a coding topic");
    }

    @Test
    void aSystemDesignPromptNamingNoConceptOrTopicFails() {
        ObjectNode root = userBank();
        ((ObjectNode) root.get("systemDesignPrompts").get(0)).set("topics",
                JSON.createArrayNode().add("caching").add("warp-drive"));

        assertThatThrownBy(() -> curated.withQuestionBank(bank(root))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("system design prompt 'snippet-sharing'").hasMessageContaining("'warp-drive'");
    }

    @Test
    void mergingTwiceChangesNothing() {
        assertThat(merged.withQuestionBank(bank).problems()).isEqualTo(merged.problems());
    }

    private static QuestionBank bankWith(Consumer<ObjectNode> edit) {
        ObjectNode root = userBank();
        edit.accept((ObjectNode) root.get("codingProblems").get(0));
        return bank(root);
    }

    private static ObjectNode userBank() {
        try (InputStream in = QuestionBankMergeTest.class.getResourceAsStream(USER_BANK)) {
            ObjectNode root = (ObjectNode) JSON.readTree(in);
            assertThat(root.get("codingProblems").get(0).get("id").asString()).isEqualTo("count-vowels");
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static QuestionBank bank(ObjectNode root) {
        return QuestionBank.builder().add("my-bank.json", new ByteArrayInputStream(JSON.writeValueAsBytes(root)))
                .build();
    }
}
