package dev.maangtracker.tracker.roadmap;

import dev.maangtracker.core.error.InvalidInputException;
import dev.maangtracker.core.error.MaangException;
import dev.maangtracker.core.question.Difficulty;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads the {@code roadmap.json} format into a validated {@link RoadmapCatalog}. */
final class CatalogReader {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private CatalogReader() {
    }

    static RoadmapCatalog read(InputStream in, String source) {
        JsonNode root;
        try {
            root = JSON.readTree(in);
        } catch (JacksonException e) {
            throw InvalidInputException.of(source, "is not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw InvalidInputException.of(source, "must hold a JSON object with topics, concepts and problems");
        }
        List<Topic> topics = new ArrayList<>();
        List<Concept> concepts = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        int index = 0;
        for (JsonNode node : array(root, "topics", source)) {
            String at = source + " topics[" + index++ + "]";
            topics.add(entry(at, () -> new Topic(text(node, "slug"), text(node, "name"),
                    Track.valueOf(text(node, "track").toUpperCase(Locale.ROOT)), strings(node, "prerequisites"),
                    node.path("description").asString(""))));
        }
        index = 0;
        for (JsonNode node : array(root, "concepts", source)) {
            String at = source + " concepts[" + index++ + "]";
            concepts.add(entry(at, () -> new Concept(text(node, "slug"), text(node, "name"), text(node, "topic"))));
        }
        index = 0;
        for (JsonNode node : array(root, "problems", source)) {
            String at = source + " problems[" + index++ + "]";
            problems.add(entry(at, () -> new Problem(text(node, "slug"), text(node, "title"),
                    Difficulty.valueOf(text(node, "difficulty").toUpperCase(Locale.ROOT)), strings(node, "topics"),
                    text(node, "url"))));
        }
        try {
            return RoadmapCatalog.of(topics, problems, concepts);
        } catch (InvalidInputException e) {
            throw InvalidInputException.of(source + " " + e.field(), e.rule());
        }
    }

    private interface EntryFactory<T> {
        T create();
    }

    private static <T> T entry(String at, EntryFactory<T> factory) {
        try {
            return factory.create();
        } catch (InvalidInputException e) {
            throw InvalidInputException.of(at + " " + e.field(), e.rule());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(at, "is malformed: " + e.getMessage());
        } catch (MaangException e) {
            throw InvalidInputException.of(at, e.getMessage());
        }
    }

    private static Iterable<JsonNode> array(JsonNode root, String field, String source) {
        JsonNode node = root.path(field);
        if (node.isMissingNode()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw InvalidInputException.of(source + " " + field, "must be an array");
        }
        return node;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isString()) {
            throw InvalidInputException.of(field, "is required and must be a string");
        }
        return value.asString();
    }

    private static List<String> strings(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (value.isMissingNode()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw InvalidInputException.of(field, "must be an array of strings");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode item : value) {
            if (!item.isString()) {
                throw InvalidInputException.of(field, "must be an array of strings");
            }
            out.add(item.asString());
        }
        return out;
    }
}
