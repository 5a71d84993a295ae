package dev.maangtracker.app.question;

import dev.maangtracker.core.question.CodingProblem;
import dev.maangtracker.core.question.Example;
import java.util.List;

/**
 * What a candidate needs to write code for a problem: never its hidden tests, hints, key points or
 * reference complexity.
 *
 * @param function    the function to implement, e.g. {@code int[] pairWithTargetSum(int[] nums, int target)}
 * @param examples    worked examples
 * @param constraints input bounds and guarantees
 * @param languages   the languages the judge accepts
 */
public record CodingDetails(String function, List<ExampleView> examples, List<String> constraints,
        List<String> languages) {

    /** Languages code may be written in, as sent in answers and judge runs. */
    public static final List<String> LANGUAGES = List.of("java", "python", "javascript");

    /** The public details of a problem. */
    public static CodingDetails of(CodingProblem problem) {
        return new CodingDetails(problem.signature().declaration(),
                problem.examples().stream().map(ExampleView::of).toList(), problem.constraints(), LANGUAGES);
    }

    /**
     * A worked example.
     *
     * @param input       the arguments, as in the statement
     * @param output      the expected result
     * @param explanation why, or {@code null}
     */
    public record ExampleView(String input, String output, String explanation) {

        static ExampleView of(Example example) {
            return new ExampleView(example.input(), example.output(), example.explanation());
        }
    }
}
