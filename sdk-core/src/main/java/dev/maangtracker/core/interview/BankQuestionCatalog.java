package dev.maangtracker.core.interview;

import dev.maangtracker.core.error.InvalidInputException;
import dev.maangtracker.core.evaluation.Rubric;
import dev.maangtracker.core.evaluation.RubricPoint;
import dev.maangtracker.core.question.BehavioralQuestion;
import dev.maangtracker.core.question.CodingProblem;
import dev.maangtracker.core.question.DesignDimension;
import dev.maangtracker.core.question.InterviewMode;
import dev.maangtracker.core.question.Question;
import dev.maangtracker.core.question.QuestionBank;
import dev.maangtracker.core.question.SystemDesignPrompt;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The question bank as the engine uses it: each bank entry becomes an {@link InterviewQuestion}
 * with a rubric — a behavioral or HR question's "strong answer" points (dimension CONTENT), a
 * system design prompt's checklist under its design dimensions, a coding problem's key points
 * (dimension APPROACH) with its reference complexity. Immutable and thread-safe.
 */
public final class BankQuestionCatalog implements QuestionCatalog {

    private final Map<String, InterviewQuestion> byId;
    private final Map<InterviewMode, List<InterviewQuestion>> byMode;

    private BankQuestionCatalog(Collection<? extends Question> questions) {
        Map<String, InterviewQuestion> ids = new LinkedHashMap<>();
        Map<InterviewMode, List<InterviewQuestion>> modes = new EnumMap<>(InterviewMode.class);
        for (InterviewMode mode : InterviewMode.values()) {
            modes.put(mode, new ArrayList<>());
        }
        questions.stream().sorted(Comparator.comparing(Question::id)).map(BankQuestionCatalog::toInterviewQuestion)
                .forEach(question -> {
                    // The bank keeps ids unique per kind; sessions record one id, so they must be unique overall.
                    if (ids.putIfAbsent(question.id(), question) != null) {
                        throw InvalidInputException.of("question " + question.id(),
                                "is used by two kinds of question; give one of them another id");
                    }
                    modes.get(question.mode()).add(question);
                });
        this.byId = Map.copyOf(ids);
        Map<InterviewMode, List<InterviewQuestion>> frozen = new EnumMap<>(InterviewMode.class);
        modes.forEach((mode, list) -> frozen.put(mode, List.copyOf(list)));
        this.byMode = frozen;
    }

    /** A catalog of every entry of the bank. */
    public static BankQuestionCatalog of(QuestionBank bank) {
        List<Question> all = new ArrayList<>();
        all.addAll(bank.codingProblems());
        all.addAll(bank.behavioralQuestions());
        all.addAll(bank.systemDesignPrompts());
        return new BankQuestionCatalog(all);
    }

    /**
     * A catalog of the given bank entries.
     *
     * @throws InvalidInputException when two entries share an id
     */
    public static BankQuestionCatalog of(Collection<? extends Question> questions) {
        return new BankQuestionCatalog(questions);
    }

    @Override
    public Optional<InterviewQuestion> find(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    @Override
    public List<InterviewQuestion> byMode(InterviewMode mode) {
        return byMode.get(mode);
    }

    static InterviewQuestion toInterviewQuestion(Question question) {
        // Java 17: no pattern matching for switch yet, so an instanceof chain over the sealed type.
        if (question instanceof BehavioralQuestion q) {
            return new InterviewQuestion(q.id(), q.mode(), q.difficulty(), q.competency(), q.text(),
                    List.of(q.competency()),
                    new Rubric(q.mode(), points("CONTENT", q.strongAnswerPoints()), q.redFlags(), List.of(), null, null),
                    List.of(), q.followUps());
        }
        if (question instanceof SystemDesignPrompt q) {
            List<RubricPoint> points = new ArrayList<>();
            for (DesignDimension dimension : DesignDimension.values()) {
                points.addAll(points(dimension.name(), q.rubric().getOrDefault(dimension, List.of())));
            }
            return new InterviewQuestion(q.id(), InterviewMode.SYSTEM_DESIGN, q.difficulty(), q.title(), q.prompt(),
                    q.topics(), new Rubric(InterviewMode.SYSTEM_DESIGN, points, List.of(), List.of(), null, null),
                    List.of(), q.followUps());
        }
        CodingProblem q = (CodingProblem) question;
        return new InterviewQuestion(q.id(), InterviewMode.CODING, q.difficulty(), q.title(), q.statement(), q.topics(),
                new Rubric(InterviewMode.CODING, points("APPROACH", q.keyPoints()), List.of(), q.keyPoints(),
                        q.timeComplexity(), q.spaceComplexity()),
                q.hints(), List.of());
    }

    private static List<RubricPoint> points(String dimension, List<String> texts) {
        return texts.stream().map(text -> new RubricPoint(dimension, text)).toList();
    }
}
