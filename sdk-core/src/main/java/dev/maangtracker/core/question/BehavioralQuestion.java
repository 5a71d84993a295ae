package dev.maangtracker.core.question;

import dev.maangtracker.core.error.InvalidInputException;
import java.util.List;

/**
 * A question for the {@link InterviewMode#BEHAVIORAL BEHAVIORAL} or {@link InterviewMode#HR HR} mode (HR covers
 * communication), with the rubric an answer is scored against.
 *
 * @param id                 kebab-case identifier, unique among behavioral and HR questions
 * @param mode               {@link InterviewMode#BEHAVIORAL} or {@link InterviewMode#HR}
 * @param competency         the competency it probes, a slug such as {@code conflict} or {@code salary-expectations}
 *                           (see {@link #STANDARD_COMPETENCIES})
 * @param difficulty         how hard it is to answer well
 * @param text               the question as the interviewer asks it
 * @param followUps          probing questions an interviewer may ask next (at least {@link #MIN_FOLLOW_UPS})
 * @param strongAnswerPoints what a strong answer contains, one short sentence each (at least
 *                           {@link #MIN_STRONG_ANSWER_POINTS}, each at most {@link #MAX_POINT_LENGTH} characters)
 * @param redFlags           what counts against an answer (at least {@link #MIN_RED_FLAGS})
 * @param tags               optional company or value tags such as {@code amazon-ownership}; empty when none
 */
public record BehavioralQuestion(
        String id,
        InterviewMode mode,
        String competency,
        Difficulty difficulty,
        String text,
        List<String> followUps,
        List<String> strongAnswerPoints,
        List<String> redFlags,
        List<String> tags) implements Question {

    /** Fewest follow-up questions. */
    public static final int MIN_FOLLOW_UPS = 1;

    /** Fewest rubric points of a strong answer. */
    public static final int MIN_STRONG_ANSWER_POINTS = 3;

    /** Fewest red flags. */
    public static final int MIN_RED_FLAGS = 1;

    /** Longest rubric point or red flag, in characters: each is meant to be one short sentence. */
    public static final int MAX_POINT_LENGTH = 200;

    /** Longest question text, in characters. */
    public static final int MAX_QUESTION_LENGTH = 1_000;

    /** Competency slugs the shipped questions use; user files may add others. */
    public static final List<String> STANDARD_COMPETENCIES = List.of(
            "leadership", "conflict", "ownership", "failure", "ambiguity", "customer-focus", "teamwork", "influence",
            "prioritization", "feedback", "mentoring", "learning", "innovation", "dive-deep", "bias-for-action",
            "technical-judgment", "delivery", "adaptability", "data-driven", "vision", "integrity", "communication",
            "motivation", "career-goals", "career-history", "salary-expectations", "offer-negotiation",
            "strengths-weaknesses", "work-style", "values");

    /**
     * Validates the question and copies its lists.
     *
     * @throws InvalidInputException naming the first field that breaks a rule
     */
    public BehavioralQuestion {
        Fields.id("id", id);
        Fields.required("mode", mode);
        if (mode != InterviewMode.BEHAVIORAL && mode != InterviewMode.HR) {
            throw InvalidInputException.of("mode", "must be BEHAVIORAL or HR (was " + mode + ")");
        }
        Fields.slug("competency", competency, QuestionLimits.MAX_SLUG_LENGTH);
        Fields.required("difficulty", difficulty);
        Fields.text("text", text, MAX_QUESTION_LENGTH);
        followUps = Fields.texts("followUps", followUps, MIN_FOLLOW_UPS, QuestionLimits.MAX_LIST_SIZE,
                QuestionLimits.MAX_ITEM_LENGTH);
        strongAnswerPoints = Fields.texts("strongAnswerPoints", strongAnswerPoints, MIN_STRONG_ANSWER_POINTS,
                QuestionLimits.MAX_LIST_SIZE, MAX_POINT_LENGTH);
        redFlags = Fields.texts("redFlags", redFlags, MIN_RED_FLAGS, QuestionLimits.MAX_LIST_SIZE, MAX_POINT_LENGTH);
        tags = Fields.slugs("tags", tags, 0, QuestionLimits.MAX_LIST_SIZE);
    }
}
