package dev.maangtracker.core.question;

/**
 * A worked example shown with a coding problem's statement.
 *
 * @param input       the arguments as the candidate reads them, e.g. {@code nums = [2, 7, 11], target = 9}
 * @param output      the expected result, e.g. {@code [0, 1]}
 * @param explanation why that is the result; empty when the example speaks for itself
 */
public record Example(String input, String output, String explanation) {

    /** Longest input or output text, in characters. */
    public static final int MAX_LENGTH = 2_000;

    /**
     * Validates the example.
     *
     * @throws dev.maangtracker.core.error.InvalidInputException if input or output is blank or too long, or the
     *         explanation is null or longer than {@link QuestionLimits#MAX_ITEM_LENGTH}
     */
    public Example {
        Fields.text("input", input, MAX_LENGTH);
        Fields.text("output", output, MAX_LENGTH);
        Fields.required("explanation", explanation);
        if (!explanation.isEmpty()) {
            Fields.text("explanation", explanation, QuestionLimits.MAX_ITEM_LENGTH);
        }
    }
}
