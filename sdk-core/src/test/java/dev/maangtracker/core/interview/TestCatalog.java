package dev.maangtracker.core.interview;

import dev.maangtracker.core.evaluation.Rubric;
import dev.maangtracker.core.evaluation.RubricPoint;
import dev.maangtracker.core.question.Difficulty;
import dev.maangtracker.core.question.InterviewMode;
import java.util.List;
import java.util.Optional;

/** A small catalog written for engine tests: two questions per mode with known rubrics. */
final class TestCatalog implements QuestionCatalog {

    static final InterviewQuestion CONFLICT = behavioral("beh-conflict", "conflict",
            "Tell me about a time you disagreed with a teammate about a technical decision.",
            List.of("Explains what the disagreement was about and why it mattered",
                    "Describes the specific steps the candidate took to resolve it",
                    "States the measurable outcome of the decision"),
            List.of("How did the teammate react?", "What would you do differently next time?"));
    static final InterviewQuestion DEADLINE = behavioral("beh-deadline", "prioritisation",
            "Describe a time you had to deliver under a tight deadline.",
            List.of("Explains the deadline and what was at stake",
                    "Describes how the candidate prioritised and cut scope",
                    "States what was delivered and when"),
            List.of("What did you cut, and how did you decide?"));

    private final List<InterviewQuestion> questions = List.of(
            CONFLICT, DEADLINE,
            hr("hr-why-us", "Why do you want to work here?",
                    List.of("Names specific things about the company's product or mission",
                            "Connects them to the candidate's own experience and goals")),
            hr("hr-weakness", "What is your greatest weakness?",
                    List.of("Names a real weakness", "Describes concrete steps taken to improve it")),
            new InterviewQuestion("sd-shortener", InterviewMode.SYSTEM_DESIGN, Difficulty.MEDIUM, "URL shortener",
                    "Design a URL shortening service like a link shortener used by millions.", List.of("hashing", "storage"),
                    new Rubric(InterviewMode.SYSTEM_DESIGN, List.of(
                            new RubricPoint("REQUIREMENTS", "Clarifies functional requirements: create short links and redirect"),
                            new RubricPoint("ESTIMATES", "Estimates writes per second and storage from daily new links"),
                            new RubricPoint("API", "Defines an endpoint to create a short link and one to redirect"),
                            new RubricPoint("DATA_MODEL", "Stores a mapping from short code to long URL keyed by code"),
                            new RubricPoint("TRADE_OFFS", "Weighs hashing against a counter for generating codes")),
                            List.of(), List.of(), null, null),
                    List.of(), List.of("How would you handle a very popular link?")),
            new InterviewQuestion("code-two-sum", InterviewMode.CODING, Difficulty.EASY, "Pair with target sum",
                    "Given an array of integers and a target, return the indices of two numbers that add up to the target.",
                    List.of("arrays-hashing"),
                    new Rubric(InterviewMode.CODING, List.of(
                            new RubricPoint("APPROACH", "Uses a hash map from value to index to find the complement"),
                            new RubricPoint("APPROACH", "Scans the array once")),
                            List.of(), List.of(), "O(n)", "O(n)"),
                    List.of("Think about what number you need for each element.", "A map can remember what you have seen.",
                            "Store value to index while scanning; look up target minus the current value."),
                    List.of("What if the array were sorted?")),
            new InterviewQuestion("code-max-subarray", InterviewMode.CODING, Difficulty.MEDIUM, "Largest sum run",
                    "Find the contiguous subarray with the largest sum and return the sum.", List.of("dp-1d"),
                    new Rubric(InterviewMode.CODING, List.of(
                            new RubricPoint("APPROACH", "Keeps the best sum ending at the current position"),
                            new RubricPoint("APPROACH", "Restarts the running sum when it drops below zero")),
                            List.of(), List.of(), "O(n)", "O(1)"),
                    List.of(), List.of()));

    private static InterviewQuestion behavioral(String id, String competency, String text, List<String> points,
                                                List<String> followUps) {
        return new InterviewQuestion(id, InterviewMode.BEHAVIORAL, Difficulty.MEDIUM, id, text, List.of(competency),
                new Rubric(InterviewMode.BEHAVIORAL, points.stream().map(p -> new RubricPoint("CONTENT", p)).toList(),
                        List.of("Blames the teammate"), List.of(), null, null),
                List.of(), followUps);
    }

    private static InterviewQuestion hr(String id, String text, List<String> points) {
        return new InterviewQuestion(id, InterviewMode.HR, Difficulty.MEDIUM, id, text, List.of("motivation"),
                new Rubric(InterviewMode.HR, points.stream().map(p -> new RubricPoint("CONTENT", p)).toList(),
                        List.of(), List.of(), null, null),
                List.of(), List.of());
    }

    @Override
    public Optional<InterviewQuestion> find(String id) {
        return questions.stream().filter(q -> q.id().equals(id)).findFirst();
    }

    @Override
    public List<InterviewQuestion> byMode(InterviewMode mode) {
        return questions.stream().filter(q -> q.mode() == mode).toList();
    }
}
