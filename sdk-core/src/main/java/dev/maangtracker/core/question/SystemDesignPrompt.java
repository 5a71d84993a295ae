package dev.maangtracker.core.question;

import dev.maangtracker.core.error.InvalidInputException;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A prompt for the {@link InterviewMode#SYSTEM_DESIGN SYSTEM_DESIGN} mode with a rubric checklist grouped by
 * {@link DesignDimension}.
 *
 * @param id        kebab-case identifier, unique among system design prompts
 * @param title     short title, e.g. {@code URL Shortener}
 * @param difficulty how hard the prompt is
 * @param prompt    the task as given to the candidate, with the scale to design for
 * @param rubric    for every {@link DesignDimension}, at least {@link #MIN_ITEMS_PER_DIMENSION} concrete items a
 *                  strong answer covers for this prompt; iterates in dimension order
 * @param followUps follow-up questions that deepen the discussion (at least {@link #MIN_FOLLOW_UPS})
 * @param topics    one or more concept slugs the prompt exercises, e.g. {@code consistent-hashing}
 */
public record SystemDesignPrompt(
        String id,
        String title,
        Difficulty difficulty,
        String prompt,
        Map<DesignDimension, List<String>> rubric,
        List<String> followUps,
        List<String> topics) implements Question {

    /** Fewest rubric items per dimension. */
    public static final int MIN_ITEMS_PER_DIMENSION = 2;

    /** Most rubric items per dimension. */
    public static final int MAX_ITEMS_PER_DIMENSION = 12;

    /** Fewest follow-up questions. */
    public static final int MIN_FOLLOW_UPS = 1;

    /**
     * Validates the prompt and copies its rubric and lists.
     *
     * @throws InvalidInputException naming the first field that breaks a rule, e.g. a dimension missing from the rubric
     */
    public SystemDesignPrompt {
        Fields.id("id", id);
        Fields.text("title", title, QuestionLimits.MAX_TITLE_LENGTH);
        Fields.required("difficulty", difficulty);
        Fields.text("prompt", prompt, QuestionLimits.MAX_TEXT_LENGTH);
        rubric = copyRubric(rubric);
        followUps = Fields.texts("followUps", followUps, MIN_FOLLOW_UPS, QuestionLimits.MAX_LIST_SIZE,
                QuestionLimits.MAX_ITEM_LENGTH);
        topics = Fields.slugs("topics", topics, 1, QuestionLimits.MAX_LIST_SIZE);
    }

    /** Always {@link InterviewMode#SYSTEM_DESIGN}. */
    @Override
    public InterviewMode mode() {
        return InterviewMode.SYSTEM_DESIGN;
    }

    /** The rubric items of one dimension. */
    public List<String> rubric(DesignDimension dimension) {
        return rubric.get(Fields.required("dimension", dimension));
    }

    private static Map<DesignDimension, List<String>> copyRubric(Map<DesignDimension, List<String>> rubric) {
        Fields.required("rubric", rubric);
        for (DesignDimension dimension : rubric.keySet()) {
            Fields.required("rubric dimension", dimension);
        }
        EnumMap<DesignDimension, List<String>> copy = new EnumMap<>(DesignDimension.class);
        for (DesignDimension dimension : DesignDimension.values()) {
            List<String> items = rubric.get(dimension);
            if (items == null) {
                throw InvalidInputException.of("rubric", "must cover every dimension (" + Fields.names(DesignDimension.values())
                        + "); " + dimension + " is missing");
            }
            copy.put(dimension, Fields.texts("rubric." + dimension, items, MIN_ITEMS_PER_DIMENSION, MAX_ITEMS_PER_DIMENSION,
                    QuestionLimits.MAX_ITEM_LENGTH));
        }
        return Collections.unmodifiableMap(copy);
    }
}
