package dev.maangtracker.core.question;

import dev.maangtracker.core.error.InvalidInputException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Checks shared by the compact constructors of the bank's records; each failure names the field and the rule. */
final class Fields {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    private Fields() {
    }

    static <T> T required(String field, T value) {
        if (value == null) {
            throw InvalidInputException.required(field);
        }
        return value;
    }

    /** A kebab-case identifier of at most {@link QuestionLimits#MAX_ID_LENGTH} characters. */
    static String id(String field, String value) {
        return slug(field, value, QuestionLimits.MAX_ID_LENGTH);
    }

    static String slug(String field, String value, int maxLength) {
        text(field, value, maxLength);
        if (!SLUG.matcher(value).matches()) {
            throw InvalidInputException.of(field, "must be kebab-case: lower-case letters and digits separated by single hyphens (was '"
                    + value + "')");
        }
        return value;
    }

    /** A non-blank text of at most {@code maxLength} characters. */
    static String text(String field, String value, int maxLength) {
        required(field, value);
        if (value.isBlank()) {
            throw InvalidInputException.of(field, "must not be blank");
        }
        if (value.length() > maxLength) {
            throw InvalidInputException.tooLong(field, value.length(), maxLength);
        }
        return value;
    }

    /** An unmodifiable copy of a list of {@code min} to {@code max} elements, none of them null. */
    static <T> List<T> list(String field, List<T> values, int min, int max) {
        required(field, values);
        if (values.size() < min) {
            throw InvalidInputException.of(field, "must have at least " + min + " entries (has " + values.size() + ")");
        }
        if (values.size() > max) {
            throw InvalidInputException.of(field, "must have at most " + max + " entries (has " + values.size() + ")");
        }
        for (int i = 0; i < values.size(); i++) {
            required(field + "[" + i + "]", values.get(i));
        }
        return List.copyOf(values);
    }

    /** An unmodifiable copy of a list of non-blank texts, each at most {@code maxItemLength} characters. */
    static List<String> texts(String field, List<String> values, int min, int max, int maxItemLength) {
        List<String> copy = list(field, values, min, max);
        for (int i = 0; i < copy.size(); i++) {
            text(field + "[" + i + "]", copy.get(i), maxItemLength);
        }
        return copy;
    }

    /** An unmodifiable copy of a list of distinct kebab-case slugs. */
    static List<String> slugs(String field, List<String> values, int min, int max) {
        List<String> copy = list(field, values, min, max);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < copy.size(); i++) {
            slug(field + "[" + i + "]", copy.get(i), QuestionLimits.MAX_SLUG_LENGTH);
            if (!seen.add(copy.get(i))) {
                throw InvalidInputException.of(field + "[" + i + "]", "repeats '" + copy.get(i) + "'");
            }
        }
        return copy;
    }

    /** Joins enum constant names for error messages. */
    static String names(Enum<?>[] constants) {
        List<String> names = new ArrayList<>(constants.length);
        for (Enum<?> c : constants) {
            names.add(c.name());
        }
        return String.join(", ", names);
    }
}
