package dev.maangtracker.core.question;

import dev.maangtracker.core.error.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;

/**
 * Reads one bank file. A bank file is a JSON object with any of the keys {@code codingProblems},
 * {@code behavioralQuestions} and {@code systemDesignPrompts}, each an array of entries. Every error names the
 * source, the line, the kind of entry and its id (or its position when it has no usable id), and what is wrong.
 */
final class BankFileParser {

    static final String CODING_PROBLEMS = "codingProblems";
    static final String BEHAVIORAL_QUESTIONS = "behavioralQuestions";
    static final String SYSTEM_DESIGN_PROMPTS = "systemDesignPrompts";

    /** An {@code "id": "..."} pair whose value is a plausible id (kebab-case, not too long). */
    private static final Pattern ID_FIELD = Pattern.compile("\"id\"\\s*:\\s*\"([a-z0-9-]{1," + QuestionLimits.MAX_ID_LENGTH + "})\"");

    private static final Pattern START_MARKER = Pattern.compile("\\s*\\(start marker at .*$", Pattern.DOTALL);

    private BankFileParser() {
    }

    /** An entry and where it was read. */
    record Located<T extends Question>(T question, String source, int line) {

        String where() {
            return source + " line " + line;
        }
    }

    /** The entries of one file, in file order. */
    record ParsedFile(String source, List<Located<CodingProblem>> codingProblems,
                      List<Located<BehavioralQuestion>> behavioralQuestions,
                      List<Located<SystemDesignPrompt>> systemDesignPrompts) {
    }

    /** The kinds of entry: the key that holds them, how errors name them, and how an entry is built. */
    private enum Kind {
        CODING(CODING_PROBLEMS, "coding problem"),
        BEHAVIORAL(BEHAVIORAL_QUESTIONS, "behavioral question"),
        DESIGN(SYSTEM_DESIGN_PROMPTS, "system design prompt");

        final String key;
        final String label;

        Kind(String key, String label) {
            this.key = key;
            this.label = label;
        }

        static Kind ofKey(String key) {
            for (Kind kind : values()) {
                if (kind.key.equals(key)) {
                    return kind;
                }
            }
            return null;
        }
    }

    /**
     * Parses and validates a whole file.
     *
     * @param source  the file's name as the user knows it, used in error messages
     * @param content the file's bytes (UTF-8 JSON)
     * @throws InvalidInputException on malformed JSON (with line and column) or an invalid entry
     */
    static ParsedFile parse(String source, byte[] content) {
        Map<Kind, List<Located<? extends Question>>> entries = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            entries.put(kind, new ArrayList<>());
        }
        try (JsonParser parser = Json.STREAM.createParser(content)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw InvalidInputException.of(source, "must hold a JSON object with the keys " + CODING_PROBLEMS + ", "
                        + BEHAVIORAL_QUESTIONS + " or " + SYSTEM_DESIGN_PROMPTS);
            }
            int count = 0;
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String key = parser.currentName();
                int keyLine = line(parser);
                Kind kind = Kind.ofKey(key);
                if (kind == null) {
                    throw InvalidInputException.of(source + " line " + keyLine, "has the unknown key '" + key + "' (expected "
                            + CODING_PROBLEMS + ", " + BEHAVIORAL_QUESTIONS + " or " + SYSTEM_DESIGN_PROMPTS + ")");
                }
                if (parser.nextToken() != JsonToken.START_ARRAY) {
                    throw InvalidInputException.of(source + " line " + keyLine, key + " must be a JSON array");
                }
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    count++;
                    if (count > QuestionBank.MAX_ENTRIES_PER_FILE) {
                        throw InvalidInputException.of(source, "must hold at most " + QuestionBank.MAX_ENTRIES_PER_FILE + " entries");
                    }
                    int line = line(parser);
                    int position = entries.get(kind).size() + 1;
                    if (parser.currentToken() != JsonToken.START_OBJECT) {
                        throw InvalidInputException.of(source + " line " + line + ", " + kind.label + " #" + position,
                                "must be a JSON object");
                    }
                    long start = parser.currentTokenLocation().getByteOffset();
                    JsonNode node;
                    try {
                        node = Json.STREAM.readTree(parser);
                    } catch (JacksonException e) {
                        throw malformed(source, kind.label + " " + idBefore(content, start, e.getLocation())
                                .map(id -> "'" + id + "'").orElse("#" + position), e);
                    }
                    entries.get(kind).add(entry(kind, node, source, line, position));
                }
            }
            if (parser.nextToken() != null) {
                throw InvalidInputException.of(source + " line " + line(parser), "has content after the top-level object");
            }
        } catch (JacksonException e) {
            throw malformed(source, null, e);
        }
        rejectDuplicates(entries);
        return new ParsedFile(source, cast(entries.get(Kind.CODING)), cast(entries.get(Kind.BEHAVIORAL)),
                cast(entries.get(Kind.DESIGN)));
    }

    /** A syntax error at {@code <source> line L column C[, <entry>]}. */
    private static InvalidInputException malformed(String source, String entry, JacksonException e) {
        TokenStreamLocation location = e.getLocation();
        String where = location == null || location.getLineNr() < 1 ? source
                : source + " line " + location.getLineNr() + " column " + location.getColumnNr();
        // Jackson points at the opening marker through a source description we keep disabled; drop that noise.
        String reason = START_MARKER.matcher(String.valueOf(e.getOriginalMessage())).replaceFirst("");
        return InvalidInputException.of(entry == null ? where : where + ", " + entry, "is not valid JSON: " + reason);
    }

    /**
     * The id of an entry that could not be parsed, taken from its raw text up to the error, so the message can still
     * name the entry; empty when the id is not readable.
     */
    private static Optional<String> idBefore(byte[] content, long start, TokenStreamLocation error) {
        long end = error == null || error.getByteOffset() < 0 ? content.length : Math.min(content.length, error.getByteOffset());
        if (start < 0 || start >= end) {
            return Optional.empty();
        }
        String text = new String(content, (int) start, (int) (end - start), StandardCharsets.UTF_8);
        Matcher matcher = ID_FIELD.matcher(text);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    private static Located<? extends Question> entry(Kind kind, JsonNode node, String source, int line, int position) {
        JsonNode id = node.get("id");
        String name = id != null && id.isString() && !id.stringValue().isBlank() ? "'" + id.stringValue() + "'" : "#" + position;
        Function<JsonEntry, ? extends Question> reader = switch (kind) {
            case CODING -> BankFileParser::codingProblem;
            case BEHAVIORAL -> BankFileParser::behavioralQuestion;
            case DESIGN -> BankFileParser::systemDesignPrompt;
        };
        try {
            return new Located<>(reader.apply(JsonEntry.of(node)), source, line);
        } catch (InvalidInputException e) {
            throw InvalidInputException.of(source + " line " + line + ", " + kind.label + " " + name + ", field " + e.field(), e.rule());
        }
    }

    private static void rejectDuplicates(Map<Kind, List<Located<? extends Question>>> entries) {
        for (Map.Entry<Kind, List<Located<? extends Question>>> kind : entries.entrySet()) {
            Map<String, Located<?>> seen = new HashMap<>();
            for (Located<? extends Question> entry : kind.getValue()) {
                Located<?> first = seen.putIfAbsent(entry.question().id(), entry);
                if (first != null) {
                    throw duplicate(kind.getKey().label, entry, first, "ids must be unique within a file");
                }
            }
        }
    }

    static InvalidInputException duplicate(String label, Located<?> entry, Located<?> first, String rule) {
        return InvalidInputException.of(entry.where() + ", " + label + " '" + entry.question().id() + "'",
                "repeats the id of the " + label + " at " + first.where() + "; " + rule);
    }

    @SuppressWarnings("unchecked")
    private static <T extends Question> List<Located<T>> cast(List<Located<? extends Question>> entries) {
        List<Located<T>> typed = new ArrayList<>(entries.size());
        for (Located<? extends Question> entry : entries) {
            typed.add((Located<T>) entry);
        }
        return List.copyOf(typed);
    }

    private static int line(JsonParser parser) {
        return parser.currentTokenLocation().getLineNr();
    }

    private static CodingProblem codingProblem(JsonEntry e) {
        e.allowOnly("id", "title", "difficulty", "topics", "statement", "constraints", "examples", "signature", "tests",
                "hints", "timeComplexity", "spaceComplexity", "keyPoints");
        String id = e.text("id");
        String title = e.text("title");
        Difficulty difficulty = e.enumValue("difficulty", Difficulty.class);
        List<String> topics = e.texts("topics");
        String statement = e.text("statement");
        List<String> constraints = e.texts("constraints");
        List<Example> examples = new ArrayList<>();
        for (JsonEntry example : e.objects("examples")) {
            examples.add(example(example));
        }
        FunctionSignature signature = signature(e.object("signature"));
        List<TestCase> tests = new ArrayList<>();
        for (JsonEntry test : e.objects("tests")) {
            tests.add(testCase(test));
        }
        List<String> hints = e.texts("hints");
        String time = e.text("timeComplexity");
        String space = e.text("spaceComplexity");
        List<String> keyPoints = e.texts("keyPoints");
        return e.build(() -> new CodingProblem(id, title, difficulty, topics, statement, constraints, examples, signature,
                tests, hints, time, space, keyPoints));
    }

    private static Example example(JsonEntry e) {
        e.allowOnly("input", "output", "explanation");
        String input = e.text("input");
        String output = e.text("output");
        String explanation = e.text("explanation", "");
        return e.build(() -> new Example(input, output, explanation));
    }

    private static FunctionSignature signature(JsonEntry e) {
        e.allowOnly("name", "parameters", "returnType", "comparison");
        String name = e.text("name");
        List<Parameter> parameters = new ArrayList<>();
        for (JsonEntry parameter : e.objects("parameters")) {
            parameter.allowOnly("name", "type");
            String parameterName = parameter.text("name");
            ValueType type = valueType(parameter, "type");
            parameters.add(parameter.build(() -> new Parameter(parameterName, type)));
        }
        ValueType returnType = valueType(e, "returnType");
        Comparison comparison = e.enumValue("comparison", Comparison.class, Comparison.EXACT);
        return e.build(() -> new FunctionSignature(name, parameters, returnType, comparison));
    }

    private static ValueType valueType(JsonEntry e, String field) {
        String spelling = e.text(field);
        try {
            return ValueType.fromSpelling(spelling);
        } catch (InvalidInputException ex) {
            throw InvalidInputException.of(e.pathOf(field), ex.rule());
        }
    }

    private static TestCase testCase(JsonEntry e) {
        e.allowOnly("args", "expected", "hidden");
        String args = e.json("args");
        String expected = e.json("expected");
        boolean hidden = e.bool("hidden", false);
        return e.build(() -> new TestCase(args, expected, hidden));
    }

    private static BehavioralQuestion behavioralQuestion(JsonEntry e) {
        e.allowOnly("id", "mode", "competency", "difficulty", "text", "followUps", "strongAnswerPoints", "redFlags", "tags");
        String id = e.text("id");
        InterviewMode mode = e.enumValue("mode", InterviewMode.class);
        String competency = e.text("competency");
        Difficulty difficulty = e.enumValue("difficulty", Difficulty.class);
        String text = e.text("text");
        List<String> followUps = e.texts("followUps");
        List<String> strongAnswerPoints = e.texts("strongAnswerPoints");
        List<String> redFlags = e.texts("redFlags");
        List<String> tags = e.optionalTexts("tags");
        return e.build(() -> new BehavioralQuestion(id, mode, competency, difficulty, text, followUps, strongAnswerPoints,
                redFlags, tags));
    }

    private static SystemDesignPrompt systemDesignPrompt(JsonEntry e) {
        e.allowOnly("id", "title", "difficulty", "prompt", "rubric", "followUps", "topics");
        String id = e.text("id");
        String title = e.text("title");
        Difficulty difficulty = e.enumValue("difficulty", Difficulty.class);
        String prompt = e.text("prompt");
        Map<DesignDimension, List<String>> rubric = new EnumMap<>(DesignDimension.class);
        JsonEntry rubricEntry = e.object("rubric");
        for (String name : rubricEntry.names()) {
            rubric.put(dimension(rubricEntry, name), rubricEntry.texts(name));
        }
        List<String> followUps = e.texts("followUps");
        List<String> topics = e.texts("topics");
        return e.build(() -> new SystemDesignPrompt(id, title, difficulty, prompt, rubric, followUps, topics));
    }

    private static DesignDimension dimension(JsonEntry rubric, String name) {
        for (DesignDimension dimension : DesignDimension.values()) {
            if (dimension.name().equals(name)) {
                return dimension;
            }
        }
        throw InvalidInputException.of(rubric.pathOf(name), "is not a design dimension (expected "
                + Fields.names(DesignDimension.values()) + ")");
    }
}
