package dev.maangtracker.core.llm;

import dev.maangtracker.core.error.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A prompt text with {@code {{name}}} placeholders, usually kept as a classpath resource so that it
 * can be read and reviewed apart from code. Immutable and thread-safe.
 */
public final class PromptTemplate {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-zA-Z][a-zA-Z0-9_]*)}}");

    private final String name;
    private final String text;
    private final Set<String> placeholders;

    private PromptTemplate(String name, String text) {
        this.name = name;
        this.text = text;
        Set<String> found = new LinkedHashSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        this.placeholders = Set.copyOf(found);
    }

    /** A template from text; {@code name} identifies it in errors. */
    public static PromptTemplate of(String name, String text) {
        return new PromptTemplate(Objects.requireNonNull(name, "name"), Objects.requireNonNull(text, "text"));
    }

    /**
     * Loads a UTF-8 template from the classpath.
     *
     * @param resource absolute resource path, e.g. {@code /dev/maangtracker/core/interview/prompts/ask.txt}
     * @throws IllegalStateException when the resource is missing: a packaging error, not bad input
     */
    public static PromptTemplate load(String resource) {
        try (InputStream in = PromptTemplate.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("prompt template " + resource + " is missing from the classpath");
            }
            return new PromptTemplate(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read prompt template " + resource, e);
        }
    }

    /** The placeholder names this template uses. */
    public Set<String> placeholders() {
        return placeholders;
    }

    /**
     * Fills every placeholder. Values are inserted as they are (no further placeholder expansion).
     *
     * @throws InvalidInputException when a placeholder has no value
     */
    public String render(Map<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 256);
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            if (value == null) {
                throw InvalidInputException.of(matcher.group(1), "has no value for prompt template " + name);
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
