package dev.maangtracker.core.question;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The shipped bank: sizes, coverage, and test cases that fit their signatures. */
class DefaultQuestionBankTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final QuestionBank bank = QuestionBank.loadDefault();

    @Test
    void shipsAtLeastFiftyCodingProblemsSpreadOverDifficulties() {
        Map<Difficulty, Long> byDifficulty = bank.codingProblems().stream()
                .collect(Collectors.groupingBy(CodingProblem::difficulty, Collectors.counting()));
        assertThat(bank.codingProblems()).hasSizeGreaterThanOrEqualTo(50);
        assertThat(byDifficulty.get(Difficulty.EASY)).isBetween(12L, 18L);
        assertThat(byDifficulty.get(Difficulty.MEDIUM)).isBetween(22L, 30L);
        assertThat(byDifficulty.get(Difficulty.HARD)).isBetween(8L, 14L);
    }

    @Test
    void everyStandardTopicHasAtLeastTwoProblemsAndNoOtherTopicIsUsed() {
        Map<String, Long> byTopic = bank.codingProblems().stream()
                .flatMap(p -> p.topics().stream())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(byTopic.keySet()).containsExactlyInAnyOrderElementsOf(CodingProblem.STANDARD_TOPICS);
        assertThat(byTopic.values()).allMatch(count -> count >= 2);
    }

    @Test
    void everyProblemHasTwoVisibleAndFourHiddenTests() {
        assertThat(bank.codingProblems()).allSatisfy(problem -> {
            assertThat(problem.visibleTests()).as(problem.id()).hasSizeGreaterThanOrEqualTo(2);
            assertThat(problem.hiddenTests()).as(problem.id()).hasSizeGreaterThanOrEqualTo(4);
        });
    }

    @Test
    void everyTestCaseMatchesTheSignatureInArityAndJsonTypes() {
        // An independent reading of the documented encodings, so a loader bug cannot hide a data bug.
        int checked = 0;
        for (CodingProblem problem : bank.codingProblems()) {
            List<Parameter> parameters = problem.signature().parameters();
            for (TestCase test : problem.tests()) {
                JsonNode args = JSON.readTree(test.args());
                assertThat(args.isArray()).isTrue();
                assertThat(args.size()).as("%s arity", problem.id()).isEqualTo(parameters.size());
                for (int i = 0; i < parameters.size(); i++) {
                    assertThat(fits(parameters.get(i).type().spelling(), args.get(i)))
                            .as("%s argument %s = %s", problem.id(), parameters.get(i).name(), args.get(i))
                            .isTrue();
                }
                assertThat(fits(problem.signature().returnType().spelling(), JSON.readTree(test.expected())))
                        .as("%s expected %s", problem.id(), test.expected())
                        .isTrue();
                checked++;
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(50 * 6);
    }

    @Test
    void everyExampleOutputIsTheExpectedValueOfAVisibleTest() {
        for (CodingProblem problem : bank.codingProblems()) {
            List<JsonNode> visible = problem.visibleTests().stream().map(t -> JSON.readTree(t.expected())).toList();
            for (Example example : problem.examples()) {
                assertThat(visible).as("%s example %s", problem.id(), example.input())
                        .contains(JSON.readTree(example.output()));
            }
        }
    }

    @Test
    void everyProblemHasGradedHintsComplexityAndKeyPoints() {
        assertThat(bank.codingProblems()).allSatisfy(problem -> {
            assertThat(problem.hints()).hasSizeGreaterThanOrEqualTo(3);
            assertThat(problem.timeComplexity()).startsWith("O(");
            assertThat(problem.spaceComplexity()).startsWith("O(");
            assertThat(problem.keyPoints()).hasSizeGreaterThanOrEqualTo(3);
        });
    }

    @Test
    void unorderedAndToleranceComparisonsAreUsedWhereAnswersNeedThem() {
        assertThat(bank.codingProblem("group-anagrams").signature().comparison()).isEqualTo(Comparison.UNORDERED);
        assertThat(bank.codingProblem("median-two-sorted-arrays").signature().comparison())
                .isEqualTo(Comparison.FLOAT_TOLERANCE);
        assertThat(bank.codingProblem("pair-with-target-sum").signature().comparison()).isEqualTo(Comparison.EXACT);
    }

    @Test
    void shipsFortyBehavioralAndHrQuestionsAcrossCompetencies() {
        List<BehavioralQuestion> behavioral = bank.behavioralQuestions(QuestionQuery.builder().mode(InterviewMode.BEHAVIORAL).build());
        List<BehavioralQuestion> hr = bank.behavioralQuestions(QuestionQuery.builder().mode(InterviewMode.HR).build());
        assertThat(bank.behavioralQuestions()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(behavioral).hasSizeGreaterThanOrEqualTo(28);
        assertThat(hr).hasSizeGreaterThanOrEqualTo(12);
        assertThat(behavioral.stream().map(BehavioralQuestion::competency).distinct().count()).isGreaterThanOrEqualTo(15);
        assertThat(bank.competencies()).contains("leadership", "conflict", "ownership", "failure", "ambiguity",
                "customer-focus", "teamwork", "communication", "motivation", "career-goals", "salary-expectations",
                "strengths-weaknesses");
        assertThat(BehavioralQuestion.STANDARD_COMPETENCIES).containsAll(bank.competencies());
        assertThat(bank.behavioralQuestions()).allSatisfy(q -> {
            assertThat(q.strongAnswerPoints()).hasSizeGreaterThanOrEqualTo(3);
            assertThat(q.redFlags()).isNotEmpty();
            assertThat(q.followUps()).isNotEmpty();
        });
    }

    @Test
    void shipsTheClassicSystemDesignPromptsWithEveryDimensionCovered() {
        assertThat(bank.systemDesignPrompts()).hasSizeGreaterThanOrEqualTo(15);
        assertThat(bank.systemDesignPrompts()).extracting(SystemDesignPrompt::id).contains(
                "url-shortener", "rate-limiter", "news-feed", "chat-system", "notification-service", "web-crawler",
                "distributed-cache", "ride-sharing", "video-streaming", "search-autocomplete", "payment-system",
                "file-sync", "metrics-monitoring", "ticket-booking", "job-scheduler");
        assertThat(bank.systemDesignPrompts()).allSatisfy(prompt -> {
            assertThat(prompt.rubric().keySet()).containsExactly(DesignDimension.values());
            assertThat(prompt.rubric().values()).allSatisfy(items -> assertThat(items).hasSizeGreaterThanOrEqualTo(2));
            assertThat(prompt.followUps()).isNotEmpty();
        });
    }

    @Test
    void isLoadedOnceAndShared() {
        assertThat(QuestionBank.loadDefault()).isSameAs(bank);
    }

    private static boolean fits(String spelling, JsonNode value) {
        switch (spelling) {
            case "int":
                return value.isInt();
            case "long":
                return value.isInt() || value.isLong();
            case "double":
                return value.isNumber();
            case "boolean":
                return value.isBoolean();
            case "string":
                return value.isString();
            case "ListNode":
                return fits("int[]", value);
            case "TreeNode":
                if (!value.isArray()) {
                    return false;
                }
                for (JsonNode element : value) {
                    if (!element.isNull() && !element.isInt()) {
                        return false;
                    }
                }
                return value.isEmpty() || !value.get(0).isNull() && !value.get(value.size() - 1).isNull();
            default:
                if (!spelling.endsWith("[]") || !value.isArray()) {
                    return false;
                }
                String element = spelling.substring(0, spelling.length() - 2);
                for (JsonNode item : value) {
                    if (!fits(element, item)) {
                        return false;
                    }
                }
                return true;
        }
    }
}
