package dev.maangtracker.core.evaluation;

import dev.maangtracker.core.question.InterviewMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Strengths and concrete improvements written from dimension scores, in words a candidate can act on. */
record Feedback(List<String> strengths, List<String> improvements) {

    /** A dimension at or above this is a strength. */
    static final int STRENGTH = 75;
    /** A dimension below this needs work. */
    static final int WEAK = 55;
    /** Missed rubric points named in the advice. */
    static final int MISSED_POINTS_NAMED = 2;

    private static final Map<String, String> PRAISE = Map.ofEntries(
            Map.entry("CONTENT", "covered what a strong answer needs"),
            Map.entry("STRUCTURE", "clear story structure from situation to result"),
            Map.entry("IMPACT", "quantified, concrete impact"),
            Map.entry("OWNERSHIP", "clear about your own contribution"),
            Map.entry("COMMUNICATION", "fluent, clear and confident delivery"),
            Map.entry("SPECIFICITY", "specific and concrete"),
            Map.entry("CONFIDENCE", "decisive, confident language"),
            Map.entry("PROFESSIONALISM", "professional and positive framing"),
            Map.entry("APPROACH", "explained the approach well"),
            Map.entry("COMPLEXITY", "stated the right time and space complexity"),
            Map.entry("EDGE_CASES", "thought about edge cases"),
            Map.entry("REQUIREMENTS", "clarified the requirements"),
            Map.entry("ESTIMATES", "grounded the design in estimates"),
            Map.entry("API", "defined the API"),
            Map.entry("DATA_MODEL", "designed the data model"),
            Map.entry("HIGH_LEVEL_DESIGN", "a coherent high-level design"),
            Map.entry("SCALING", "a credible scaling plan"),
            Map.entry("BOTTLENECKS", "found the bottlenecks"),
            Map.entry("TRADE_OFFS", "weighed the trade-offs"));

    private static final Map<String, String> ADVICE = Map.ofEntries(
            Map.entry("CONTENT", "answer the question asked and cover its key points"),
            Map.entry("STRUCTURE", "tell it as situation, task, your actions, and a result"),
            Map.entry("IMPACT", "end with a measurable result: numbers, percentages, time or money saved"),
            Map.entry("OWNERSHIP", "say \"I\" for what you did; \"we\" hides your part"),
            Map.entry("COMMUNICATION", "cut fillers and hedges, and keep sentences short"),
            Map.entry("SPECIFICITY", "give concrete examples, names and numbers instead of generalities"),
            Map.entry("CONFIDENCE", "replace \"I think\" and \"maybe\" with what you decided and why"),
            Map.entry("PROFESSIONALISM", "stay positive; avoid blaming others"),
            Map.entry("APPROACH", "walk through the algorithm's key steps before coding"),
            Map.entry("COMPLEXITY", "state the time and space complexity and justify them"),
            Map.entry("EDGE_CASES", "name the edge cases: empty input, one element, duplicates, overflow"),
            Map.entry("REQUIREMENTS", "start by clarifying functional and non-functional requirements"),
            Map.entry("ESTIMATES", "estimate load and storage with numbers before designing"),
            Map.entry("API", "define the main API endpoints and their parameters"),
            Map.entry("DATA_MODEL", "sketch the schema and how data is keyed and partitioned"),
            Map.entry("HIGH_LEVEL_DESIGN", "draw the main components and how a request flows through them"),
            Map.entry("SCALING", "explain how it scales: sharding, replication, caching"),
            Map.entry("BOTTLENECKS", "point out bottlenecks and single points of failure"),
            Map.entry("TRADE_OFFS", "name the trade-offs you made and the alternatives you rejected"));

    static Feedback of(InterviewMode mode, List<DimensionScore> scores, List<PointCoverage> coverage,
                       List<String> redFlags, int hintsUsed, boolean overTime) {
        List<String> strengths = new ArrayList<>();
        List<String> improvements = new ArrayList<>();
        for (DimensionScore score : scores) {
            if (score.score() >= STRENGTH) {
                strengths.add(PRAISE.getOrDefault(score.dimension(), "strong " + score.dimension().toLowerCase(Locale.ROOT)));
            } else if (score.score() < WEAK) {
                improvements.add(ADVICE.getOrDefault(score.dimension(), "work on " + score.dimension().toLowerCase(Locale.ROOT)));
            }
        }
        coverage.stream().filter(c -> !c.covered())
                .sorted((a, b) -> Double.compare(a.credit(), b.credit()))
                .limit(MISSED_POINTS_NAMED)
                .forEach(c -> improvements.add("also cover: " + lowerFirst(c.point().text())));
        redFlags.forEach(flag -> improvements.add("avoid: " + lowerFirst(flag)));
        if (hintsUsed > 0) {
            improvements.add("needed " + hintsUsed + (hintsUsed == 1 ? " hint" : " hints") + "; practise "
                    + (mode == InterviewMode.CODING ? "similar problems" : "this kind of question") + " unaided");
        }
        if (overTime) {
            improvements.add("answered after the time limit; practise answering within it");
        }
        return new Feedback(List.copyOf(strengths), List.copyOf(improvements));
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
