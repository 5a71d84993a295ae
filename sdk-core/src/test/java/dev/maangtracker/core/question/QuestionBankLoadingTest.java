package dev.maangtracker.core.question;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.maangtracker.core.error.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Merging user files into the bank, and the errors a broken file produces. */
class QuestionBankLoadingTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final QuestionBank defaults = QuestionBank.loadDefault();

    @Test
    void userFileAddsEntriesOfEveryKindOnTopOfTheDefaults() {
        QuestionBank bank = QuestionBank.load(List.of(fixture("user-bank.json")));

        assertThat(bank.codingProblems()).hasSize(defaults.codingProblems().size() + 1);
        assertThat(bank.behavioralQuestions()).hasSize(defaults.behavioralQuestions().size() + 1);
        assertThat(bank.systemDesignPrompts()).hasSize(defaults.systemDesignPrompts().size() + 1);
        assertThat(bank.codingProblem("count-vowels").hiddenTests()).hasSize(5);
        assertThat(bank.behavioralQuestion("explain-your-thesis").mode()).isEqualTo(InterviewMode.HR);
        assertThat(bank.systemDesignPrompt("snippet-sharing").rubric(DesignDimension.BOTTLENECKS)).hasSize(2);
        assertThat(bank.codingProblem("pair-with-target-sum")).isEqualTo(defaults.codingProblem("pair-with-target-sum"));
    }

    @Test
    void readsFromUrlsAndStreams() throws IOException {
        URL url = getClass().getResource("user-bank.json");
        QuestionBank fromUrl = QuestionBank.builder().add(url).build();
        QuestionBank fromStream;
        try (InputStream in = url.openStream()) {
            fromStream = QuestionBank.builder().add("my-questions.json", in).build();
        }
        assertThat(fromUrl.codingProblems()).extracting(CodingProblem::id).containsExactly("count-vowels");
        assertThat(fromStream.codingProblems()).isEqualTo(fromUrl.codingProblems());
        assertThat(fromStream.behavioralQuestions()).isEqualTo(fromUrl.behavioralQuestions());
        assertThat(fromStream.systemDesignPrompts()).isEqualTo(fromUrl.systemDesignPrompts());
    }

    @Test
    void duplicateIdOfADefaultEntryFailsNamingTheIdAndBothFiles() {
        assertThatThrownBy(() -> QuestionBank.load(List.of(fixture("duplicate-default-id.json"))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("duplicate-default-id.json line 3")
                .hasMessageContaining("behavioral question 'tell-me-about-yourself'")
                .hasMessageContaining("behavioral-questions.json line")
                .hasMessageContaining("unless overrides are allowed");
    }

    @Test
    void overrideReplacesTheDefaultEntryInPlace() {
        QuestionBank bank = QuestionBank.builder().addDefaults().add(fixture("duplicate-default-id.json"))
                .allowOverrides(true).build();

        assertThat(bank.behavioralQuestions()).hasSameSizeAs(defaults.behavioralQuestions());
        assertThat(bank.behavioralQuestion("tell-me-about-yourself").text()).isEqualTo("Introduce yourself in one minute.");
        int position = defaults.behavioralQuestions().indexOf(defaults.behavioralQuestion("tell-me-about-yourself"));
        assertThat(bank.behavioralQuestions().get(position).id()).isEqualTo("tell-me-about-yourself");
    }

    @Test
    void duplicateIdInsideOneFileFailsEvenWithOverrides() {
        assertThatThrownBy(() -> QuestionBank.builder().add(fixture("duplicate-in-file.json")).allowOverrides(true).build())
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("duplicate-in-file.json line 13, behavioral question 'same-twice'")
                .hasMessageContaining("at duplicate-in-file.json line 3")
                .hasMessageContaining("unique within a file");
    }

    @Test
    void missingFieldFailsNamingTheEntryAndTheField() {
        assertThatThrownBy(() -> QuestionBank.load(List.of(fixture("missing-field.json"))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("missing-field.json line 3, coding problem 'no-hints-problem', field hints is required")
                .extracting(e -> ((InvalidInputException) e).rule()).isEqualTo("is required");
    }

    @Test
    void malformedJsonFailsWithLineAndTheEntryId() {
        assertThatThrownBy(() -> QuestionBank.load(List.of(fixture("malformed.json"))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("malformed.json line 7 column 7, behavioral question 'broken-entry' is not valid JSON")
                .hasMessageContaining("expecting comma");
    }

    @Test
    void malformedJsonOutsideAnyEntryNamesTheLine() {
        assertThatThrownBy(() -> load("top.json", "{\n  \"codingProblems\": [],\n  oops\n}"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("top.json line 3 column ")
                .hasMessageContaining("is not valid JSON");
    }

    @Test
    void truncatedFileNamesTheEntryBeingRead() {
        assertThatThrownBy(() -> load("cut.json", "{\"codingProblems\": [ {\"id\": \"abc\", "))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("cut.json line 1 column 36, coding problem 'abc' is not valid JSON: Unexpected end-of-input")
                .hasMessageNotContaining("Source");
    }

    @Test
    void repeatedJsonKeyIsMalformed() throws IOException {
        String text = Files.readString(fixture("user-bank.json"))
                .replace("\"title\": \"Count the Vowels\",", "\"title\": \"Count the Vowels\", \"title\": \"Again\",");
        assertThatThrownBy(() -> load("user.json", text))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("user.json line 5 column ")
                .hasMessageContaining("coding problem 'count-vowels' is not valid JSON")
                .hasMessageContaining("Duplicate Object property \"title\"");
    }

    @Test
    void designPromptMissingADimensionFailsNamingTheIdAndTheDimension() {
        assertThatThrownBy(() -> QuestionBank.load(List.of(fixture("design-missing-dimension.json"))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("design-missing-dimension.json line 3, system design prompt 'half-rubric', field rubric")
                .hasMessageContaining("BOTTLENECKS is missing");
    }

    @Test
    void unknownDesignDimensionIsRejected() {
        String text = userBankWith(bank -> ((ObjectNode) prompt(bank).get("rubric")).putArray("SCALE").add("shards").add("caches"));
        assertThatThrownBy(() -> load("dims.json", text))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("system design prompt 'snippet-sharing', field rubric.SCALE is not a design dimension");
    }

    @Test
    void tooFewHiddenTestsAreRejected() {
        String text = userBankWith(bank -> {
            ArrayNode tests = (ArrayNode) problem(bank).get("tests");
            tests.remove(tests.size() - 1);
            tests.remove(tests.size() - 1);
        });
        assertThatThrownBy(() -> load("few.json", text))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("coding problem 'count-vowels', field tests must include at least 4 hidden tests (has 3)");
    }

    @Test
    void testArgumentsThatDoNotFitTheSignatureAreRejected() {
        String wrongArity = userBankWith(bank -> ((ObjectNode) problem(bank).get("tests").get(2)).putArray("args").add("a").add("b"));
        String wrongType = userBankWith(bank -> ((ObjectNode) problem(bank).get("tests").get(3)).putArray("args").add(42));
        String wrongResult = userBankWith(bank -> ((ObjectNode) problem(bank).get("tests").get(0)).put("expected", "two"));

        assertThatThrownBy(() -> load("arity.json", wrongArity))
                .hasMessageContaining("field tests[2].args must hold 1 arguments for int countVowels(string text) (has 2)");
        assertThatThrownBy(() -> load("type.json", wrongType))
                .hasMessageContaining("field tests[3].args[0] must be a JSON string value for parameter 'text'");
        assertThatThrownBy(() -> load("result.json", wrongResult))
                .hasMessageContaining("field tests[0].expected must be a JSON int value (the return type)");
    }

    @Test
    void misspeltOrUnknownFieldsAreRejected() {
        String misspelt = userBankWith(bank -> problem(bank).set("hint", problem(bank).remove("hints")));
        String unknownType = userBankWith(bank -> ((ObjectNode) problem(bank).get("signature")).put("returnType", "integer"));
        String unknownKey = "{\"problems\": []}";

        assertThatThrownBy(() -> load("typo.json", misspelt))
                .hasMessageContaining("coding problem 'count-vowels', field hint is not a known field");
        assertThatThrownBy(() -> load("type.json", unknownType))
                .hasMessageContaining("field signature.returnType must be one of int, long, double");
        assertThatThrownBy(() -> load("key.json", unknownKey))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("key.json line 1 has the unknown key 'problems'");
    }

    @Test
    void entryWithoutUsableIdIsNamedByPosition() {
        String text = userBankWith(bank -> problem(bank).remove("id"));
        assertThatThrownBy(() -> load("anon.json", text))
                .hasMessageContaining("anon.json line 2, coding problem #1, field id is required");
    }

    @Test
    void missingOrOversizedFilesAreRejected(@TempDir Path dir) throws IOException {
        assertThatThrownBy(() -> QuestionBank.load(List.of(dir.resolve("absent.json"))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("question bank file 'absent.json' does not exist");
        assertThatThrownBy(() -> QuestionBank.builder().add(dir))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("is not a regular file");

        byte[] huge = new byte[QuestionBank.MAX_FILE_BYTES + 1];
        Arrays.fill(huge, (byte) ' ');
        Path big = Files.write(dir.resolve("big.json"), huge);
        assertThatThrownBy(() -> QuestionBank.builder().add(big))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("big.json must be at most " + QuestionBank.MAX_FILE_BYTES + " bytes");
    }

    @Test
    void emptyBuilderMakesAnEmptyBank() {
        QuestionBank bank = QuestionBank.builder().build();
        assertThat(bank.codingProblems()).isEmpty();
        assertThat(bank.questions(QuestionQuery.all())).isEmpty();
    }

    private static Path fixture(String name) {
        try {
            return Path.of(QuestionBankLoadingTest.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new AssertionError(e);
        }
    }

    private static QuestionBank load(String name, String json) {
        return QuestionBank.builder().add(name, new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))).build();
    }

    /** The user fixture, changed by {@code change}, as pretty-printed JSON. */
    private static String userBankWith(Consumer<ObjectNode> change) {
        try {
            ObjectNode bank = (ObjectNode) JSON.readTree(Files.readString(fixture("user-bank.json")));
            change.accept(bank);
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(bank);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static ObjectNode problem(ObjectNode bank) {
        return (ObjectNode) bank.get("codingProblems").get(0);
    }

    private static ObjectNode prompt(ObjectNode bank) {
        return (ObjectNode) bank.get("systemDesignPrompts").get(0);
    }
}
