package dev.maangtracker.core.question;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.maangtracker.core.error.InvalidInputException;
import dev.maangtracker.core.error.NotFoundException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lookups by id and filtering with {@link QuestionQuery}. */
class QuestionBankLookupTest {

    private final QuestionBank bank = QuestionBank.loadDefault();

    @Test
    void findsEachKindById() {
        assertThat(bank.codingProblem("pair-with-target-sum").title()).isEqualTo("Pair With Target Sum");
        assertThat(bank.behavioralQuestion("salary-expectations").mode()).isEqualTo(InterviewMode.HR);
        assertThat(bank.systemDesignPrompt("url-shortener").rubric(DesignDimension.ESTIMATES))
                .anyMatch(item -> item.contains("writes per second"));
        assertThat(bank.findCodingProblem("no-such-problem")).isEmpty();
        assertThat(bank.findBehavioralQuestion("conflict-with-teammate")).isPresent();
        assertThat(bank.findSystemDesignPrompt("rate-limiter")).isPresent();
    }

    @Test
    void idsAreLookedUpPerKind() {
        assertThatThrownBy(() -> bank.behavioralQuestion("url-shortener"))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> bank.systemDesignPrompt("pair-with-target-sum"))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void unknownIdIsNotFoundWithResourceAndId() {
        assertThatThrownBy(() -> bank.codingProblem("two-summ"))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("coding problem 'two-summ' was not found")
                .satisfies(e -> {
                    assertThat(((NotFoundException) e).resource()).isEqualTo("coding problem");
                    assertThat(((NotFoundException) e).id()).isEqualTo("two-summ");
                });
        assertThatThrownBy(() -> bank.behavioralQuestion("nope")).hasMessage("behavioral question 'nope' was not found");
        assertThatThrownBy(() -> bank.systemDesignPrompt("nope")).hasMessage("system design prompt 'nope' was not found");
    }

    @Test
    void nullIdOrQueryIsInvalidInput() {
        assertThatThrownBy(() -> bank.codingProblem(null)).isInstanceOf(InvalidInputException.class).hasMessage("id is required");
        assertThatThrownBy(() -> bank.codingProblems(null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> bank.questions(null)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void filtersCodingProblemsByDifficultyAndTopic() {
        QuestionQuery hardGraphs = QuestionQuery.builder().difficulty(Difficulty.HARD).topic("advanced-graphs").build();

        List<CodingProblem> found = bank.codingProblems(hardGraphs);

        assertThat(found).isNotEmpty().allSatisfy(p -> {
            assertThat(p.difficulty()).isEqualTo(Difficulty.HARD);
            assertThat(p.topics()).contains("advanced-graphs");
        });
        assertThat(found).extracting(CodingProblem::id).contains("swim-in-rising-water");
        long expected = bank.codingProblems().stream()
                .filter(p -> p.difficulty() == Difficulty.HARD && p.topics().contains("advanced-graphs")).count();
        assertThat(found).hasSize((int) expected);
    }

    @Test
    void filtersBehavioralQuestionsByModeAndCompetency() {
        List<BehavioralQuestion> conflict = bank.behavioralQuestions(QuestionQuery.builder().competency("conflict").build());
        List<BehavioralQuestion> hr = bank.behavioralQuestions(QuestionQuery.builder().mode(InterviewMode.HR).build());

        assertThat(conflict).isNotEmpty().allMatch(q -> q.competency().equals("conflict"));
        assertThat(hr).isNotEmpty().allMatch(q -> q.mode() == InterviewMode.HR);
        assertThat(bank.behavioralQuestions(QuestionQuery.builder().mode(InterviewMode.HR).competency("conflict").build()))
                .isEmpty();
    }

    @Test
    void criteriaAKindDoesNotCarryMatchNothingOfThatKind() {
        assertThat(bank.behavioralQuestions(QuestionQuery.builder().topic("graphs").build())).isEmpty();
        assertThat(bank.codingProblems(QuestionQuery.builder().competency("leadership").build())).isEmpty();
        assertThat(bank.codingProblems(QuestionQuery.builder().mode(InterviewMode.SYSTEM_DESIGN).build())).isEmpty();
        assertThat(bank.systemDesignPrompts(QuestionQuery.builder().topic("caching").build()))
                .isNotEmpty().allMatch(p -> p.topics().contains("caching"));
    }

    @Test
    void questionsAcrossKindsFollowTheQuery() {
        assertThat(bank.questions(QuestionQuery.all())).hasSize(bank.codingProblems().size()
                + bank.behavioralQuestions().size() + bank.systemDesignPrompts().size());
        assertThat(bank.questions(QuestionQuery.builder().mode(InterviewMode.SYSTEM_DESIGN).build()))
                .containsExactlyElementsOf(bank.systemDesignPrompts());
        assertThat(bank.questions(QuestionQuery.builder().difficulty(Difficulty.EASY).build()))
                .isNotEmpty()
                .allMatch(q -> q.difficulty() == Difficulty.EASY)
                .hasAtLeastOneElementOfType(CodingProblem.class)
                .hasAtLeastOneElementOfType(BehavioralQuestion.class);
    }

    @Test
    void queryRejectsMalformedSlugs() {
        assertThatThrownBy(() -> QuestionQuery.builder().topic("Dynamic Programming").build())
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("topic must be kebab-case");
        assertThat(QuestionQuery.builder().topic("dp-1d").build()).isEqualTo(QuestionQuery.builder().topic("dp-1d").build());
    }

    @Test
    void topicsAndCompetenciesAreListedSorted() {
        assertThat(new ArrayList<>(bank.topics())).contains("graphs", "caching").isSorted();
        assertThat(new ArrayList<>(bank.competencies())).contains("conflict", "salary-expectations").isSorted();
    }

    @Test
    void returnedCollectionsAreUnmodifiable() {
        assertThatThrownBy(() -> bank.codingProblems().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> bank.codingProblem("tree-height").hints().add("x"))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> bank.systemDesignPrompt("url-shortener").rubric().clear())
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> bank.topics().add("x")).isInstanceOf(UnsupportedOperationException.class);
    }
}
