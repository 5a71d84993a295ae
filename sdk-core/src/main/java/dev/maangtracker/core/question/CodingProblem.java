package dev.maangtracker.core.question;

import dev.maangtracker.core.error.InvalidInputException;
import java.util.List;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * An algorithmic problem for the {@link InterviewMode#CODING CODING} mode: its statement, the function the candidate
 * writes, the judge's test cases, graded hints and what a good explanation covers.
 *
 * <p>The compact constructor checks every test against the signature: one argument per parameter, each a JSON value
 * of the parameter's {@link ValueType}, and an expected value of the return type.
 *
 * @param id              kebab-case identifier, unique among coding problems
 * @param title           short title
 * @param difficulty      how hard the problem is
 * @param topics          one or more topic slugs, usually from {@link #STANDARD_TOPICS}
 * @param statement       the task in prose; may use Markdown code spans
 * @param constraints     input bounds and guarantees, one per item (at least one)
 * @param examples        worked examples shown with the statement (at least one)
 * @param signature       the function to implement and how results are compared
 * @param tests           judge tests: at least {@link #MIN_VISIBLE_TESTS} visible and {@link #MIN_HIDDEN_TESTS} hidden
 * @param hints           at least {@link #MIN_HINTS} hints, ordered from a gentle nudge to nearly the solution
 * @param timeComplexity  the reference solution's time complexity in big-O form, e.g. {@code O(n log n)}
 * @param spaceComplexity the reference solution's extra space in big-O form, e.g. {@code O(1)}
 * @param keyPoints       points a good explanation of the solution covers; rubric for scoring the candidate's explanation
 */
public record CodingProblem(
        String id,
        String title,
        Difficulty difficulty,
        List<String> topics,
        String statement,
        List<String> constraints,
        List<Example> examples,
        FunctionSignature signature,
        List<TestCase> tests,
        List<String> hints,
        String timeComplexity,
        String spaceComplexity,
        List<String> keyPoints) implements Question {

    /** Fewest tests shown to the candidate. */
    public static final int MIN_VISIBLE_TESTS = 2;

    /** Fewest tests kept from the candidate. */
    public static final int MIN_HIDDEN_TESTS = 4;

    /** Most tests of one problem. */
    public static final int MAX_TESTS = 200;

    /** Fewest hints. */
    public static final int MIN_HINTS = 3;

    /** Fewest key points of the explanation rubric. */
    public static final int MIN_KEY_POINTS = 2;

    /** Most worked examples. */
    public static final int MAX_EXAMPLES = 10;

    /** Longest complexity text, in characters. */
    public static final int MAX_COMPLEXITY_LENGTH = 40;

    /** The topic slugs of the standard interview roadmap, which the shipped problems use. */
    public static final List<String> STANDARD_TOPICS = List.of(
            "arrays-hashing", "two-pointers", "sliding-window", "stack", "binary-search", "linked-list", "trees",
            "tries", "heaps", "backtracking", "graphs", "advanced-graphs", "dp-1d", "dp-2d", "greedy", "intervals",
            "math-geometry", "bit-manipulation");

    private static final Pattern BIG_O = Pattern.compile("O\\(.+\\)");

    /**
     * Validates the problem and copies its lists.
     *
     * @throws InvalidInputException naming the first field that breaks a rule, e.g. {@code tests[3].args[1]}
     */
    public CodingProblem {
        Fields.id("id", id);
        Fields.text("title", title, QuestionLimits.MAX_TITLE_LENGTH);
        Fields.required("difficulty", difficulty);
        topics = Fields.slugs("topics", topics, 1, QuestionLimits.MAX_LIST_SIZE);
        Fields.text("statement", statement, QuestionLimits.MAX_TEXT_LENGTH);
        constraints = Fields.texts("constraints", constraints, 1, QuestionLimits.MAX_LIST_SIZE, QuestionLimits.MAX_ITEM_LENGTH);
        examples = Fields.list("examples", examples, 1, MAX_EXAMPLES);
        Fields.required("signature", signature);
        tests = Fields.list("tests", tests, 1, MAX_TESTS);
        checkTests(signature, tests);
        hints = Fields.texts("hints", hints, MIN_HINTS, QuestionLimits.MAX_LIST_SIZE, QuestionLimits.MAX_ITEM_LENGTH);
        checkComplexity("timeComplexity", timeComplexity);
        checkComplexity("spaceComplexity", spaceComplexity);
        keyPoints = Fields.texts("keyPoints", keyPoints, MIN_KEY_POINTS, QuestionLimits.MAX_LIST_SIZE,
                QuestionLimits.MAX_ITEM_LENGTH);
    }

    /** Always {@link InterviewMode#CODING}. */
    @Override
    public InterviewMode mode() {
        return InterviewMode.CODING;
    }

    /** The tests shown to the candidate, in file order. */
    public List<TestCase> visibleTests() {
        return tests.stream().filter(t -> !t.hidden()).toList();
    }

    /** The tests kept from the candidate, in file order. */
    public List<TestCase> hiddenTests() {
        return tests.stream().filter(TestCase::hidden).toList();
    }

    private static void checkTests(FunctionSignature signature, List<TestCase> tests) {
        List<Parameter> parameters = signature.parameters();
        int hidden = 0;
        for (int i = 0; i < tests.size(); i++) {
            TestCase test = tests.get(i);
            String field = "tests[" + i + "]";
            JsonNode args = Json.parse(field + ".args", test.args());
            if (args.size() != parameters.size()) {
                throw InvalidInputException.of(field + ".args", "must hold " + parameters.size() + " arguments for "
                        + signature.declaration() + " (has " + args.size() + ")");
            }
            for (int j = 0; j < parameters.size(); j++) {
                Parameter parameter = parameters.get(j);
                if (!parameter.type().accepts(args.get(j))) {
                    throw InvalidInputException.of(field + ".args[" + j + "]", "must be a JSON " + parameter.type().spelling()
                            + " value for parameter '" + parameter.name() + "'");
                }
            }
            if (!signature.returnType().accepts(Json.parse(field + ".expected", test.expected()))) {
                throw InvalidInputException.of(field + ".expected", "must be a JSON " + signature.returnType().spelling()
                        + " value (the return type)");
            }
            if (test.hidden()) {
                hidden++;
            }
        }
        int visible = tests.size() - hidden;
        if (visible < MIN_VISIBLE_TESTS) {
            throw InvalidInputException.of("tests", "must include at least " + MIN_VISIBLE_TESTS + " visible tests (has " + visible + ")");
        }
        if (hidden < MIN_HIDDEN_TESTS) {
            throw InvalidInputException.of("tests", "must include at least " + MIN_HIDDEN_TESTS + " hidden tests (has " + hidden + ")");
        }
    }

    private static void checkComplexity(String field, String value) {
        Fields.text(field, value, MAX_COMPLEXITY_LENGTH);
        if (!BIG_O.matcher(value).matches()) {
            throw InvalidInputException.of(field, "must be in big-O form such as O(n log n) (was '" + value + "')");
        }
    }
}
