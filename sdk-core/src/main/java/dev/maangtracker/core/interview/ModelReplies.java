package dev.maangtracker.core.interview;

import dev.maangtracker.core.evaluation.AnswerEvaluation;
import dev.maangtracker.core.evaluation.DimensionScore;
import dev.maangtracker.core.evaluation.InterviewReport;
import dev.maangtracker.core.evaluation.QuestionResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a language model's JSON replies into validated records. Anything that does not fit —
 * not JSON, a score out of range, a missing dimension, or "evidence" the candidate never said —
 * is an {@link InvalidModelOutputException} naming the problem, which the caller sends back to
 * the model once as a repair request.
 */
final class ModelReplies {

    /** Longest plain-text reply used as a question or hint. */
    static final int MAX_SPOKEN_CHARS = 2_000;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ModelReplies() {
    }

    /** A reply meant to be said to the candidate: trimmed, not blank, not too long. */
    static String spoken(String reply, String what) {
        String text = reply == null ? "" : reply.strip();
        if (text.isEmpty()) {
            throw InvalidModelOutputException.of(what, "the reply is empty");
        }
        if (text.length() > MAX_SPOKEN_CHARS) {
            throw InvalidModelOutputException.of(what, "the reply is longer than " + MAX_SPOKEN_CHARS + " characters");
        }
        return text;
    }

    static AnswerEvaluation evaluation(String reply, InterviewQuestion question, String answer,
                                       List<String> dimensions, boolean followUpAllowed, String producedBy) {
        JsonNode root = object(reply, "evaluation");
        List<DimensionScore> scores = dimensionScores(root, dimensions, answer, "evaluation");
        String followUp = root.path("followUp").isString() ? root.path("followUp").asString() : null;
        return new AnswerEvaluation(question.id(), score(root.path("overallScore"), "overallScore", "evaluation"),
                scores, strings(root, "coveredPoints"), strings(root, "missedPoints"), strings(root, "strengths"),
                strings(root, "improvements"), followUpAllowed ? followUp : null, producedBy, null);
    }

    static InterviewReport report(String reply, List<QuestionOutcome> outcomes, String producedBy, Instant now) {
        JsonNode root = object(reply, "report");
        List<DimensionScore> scores = dimensionScores(root, List.of(), null, "report");
        List<QuestionResult> questions = new ArrayList<>();
        for (QuestionOutcome outcome : outcomes) {
            int score = outcome.evaluations().isEmpty() ? 0
                    : outcome.evaluations().get(outcome.evaluations().size() - 1).overallScore();
            questions.add(new QuestionResult(outcome.question().id(), outcome.askedText(), score, outcome.firstTurn()));
        }
        return new InterviewReport(score(root.path("overallScore"), "overallScore", "report"), scores,
                strings(root, "strengths"), strings(root, "weaknesses"), strings(root, "recommendations"), questions,
                producedBy, now);
    }

    private static JsonNode object(String reply, String what) {
        String text = reply == null ? "" : reply.strip();
        // Models often wrap JSON in a Markdown fence or a sentence; the object is what counts.
        int start = text.indexOf('{');
        int end = text.lastIndexOf('}');
        if (start < 0 || end <= start) {
            throw InvalidModelOutputException.of(what, "no JSON object found");
        }
        try {
            JsonNode root = JSON.readTree(text.substring(start, end + 1));
            if (!root.isObject()) {
                throw InvalidModelOutputException.of(what, "the JSON is not an object");
            }
            return root;
        } catch (JacksonException e) {
            throw InvalidModelOutputException.of(what, "malformed JSON (" + e.getOriginalMessage() + ")");
        }
    }

    private static List<DimensionScore> dimensionScores(JsonNode root, List<String> required, String answer, String what) {
        JsonNode array = root.path("dimensions");
        if (!array.isArray() || array.isEmpty()) {
            throw InvalidModelOutputException.of(what, "\"dimensions\" must be a non-empty array");
        }
        List<DimensionScore> scores = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (JsonNode node : array) {
            String name = node.path("dimension").asString("").strip().toUpperCase(Locale.ROOT).replace(' ', '_')
                    .replace('-', '_');
            if (name.isEmpty()) {
                throw InvalidModelOutputException.of(what, "a dimension has no name");
            }
            List<String> evidence = strings(node, "evidence");
            if (answer != null) {
                for (String quote : evidence) {
                    if (!Quotes.occursIn(quote, answer)) {
                        throw InvalidModelOutputException.of(what, "the evidence for " + name
                                + " quotes words the candidate did not say: \"" + Quotes.shorten(quote) + "\"");
                    }
                }
            }
            scores.add(new DimensionScore(name, score(node.path("score"), name + ".score", what), evidence,
                    node.path("rationale").asString("")));
            seen.add(name);
        }
        for (String dimension : required) {
            if (!seen.contains(dimension)) {
                throw InvalidModelOutputException.of(what, "the dimension " + dimension + " is missing");
            }
        }
        return scores;
    }

    private static int score(JsonNode node, String field, String what) {
        if (!node.isNumber()) {
            throw InvalidModelOutputException.of(what, "\"" + field + "\" must be a number from 0 to 100");
        }
        double value = node.asDouble();
        if (value < 0 || value > 100) {
            throw InvalidModelOutputException.of(what, "\"" + field + "\" is " + value + ", outside 0 to 100");
        }
        return (int) Math.round(value);
    }

    private static List<String> strings(JsonNode node, String field) {
        JsonNode array = node.path(field);
        List<String> values = new ArrayList<>();
        if (array.isArray()) {
            for (JsonNode item : array) {
                if (item.isString() && !item.asString().isBlank()) {
                    values.add(item.asString().strip());
                }
            }
        }
        return values;
    }
}
