package dev.maangtracker.core.judge;

import dev.maangtracker.core.error.InvalidInputException;
import dev.maangtracker.core.question.CodingProblem;
import dev.maangtracker.core.question.TestCase;
import java.util.List;

/**
 * Code to judge against a problem.
 *
 * @param problem  the problem whose function the code implements
 * @param language the code's language
 * @param code     the candidate's source, at most {@link #MAX_CODE_CHARS} characters
 * @param tests    which tests to run
 */
public record Submission(CodingProblem problem, Language language, String code, TestSelection tests) {

    /** Largest source accepted, in characters. */
    public static final int MAX_CODE_CHARS = 64 * 1024;

    /** Validates the fields. */
    public Submission {
        if (problem == null) {
            throw InvalidInputException.required("problem");
        }
        if (language == null) {
            throw InvalidInputException.required("language");
        }
        if (code == null || code.isBlank()) {
            throw InvalidInputException.required("code");
        }
        if (code.length() > MAX_CODE_CHARS) {
            throw InvalidInputException.tooLong("code", code.length(), MAX_CODE_CHARS);
        }
        if (tests == null) {
            throw InvalidInputException.required("tests");
        }
    }

    /** The tests this submission runs, visible ones first. */
    public List<TestCase> selectedTests() {
        if (tests == TestSelection.VISIBLE) {
            return problem.visibleTests();
        }
        return java.util.stream.Stream.concat(problem.visibleTests().stream(), problem.hiddenTests().stream()).toList();
    }
}
