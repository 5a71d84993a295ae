package dev.maangtracker.tracker.roadmap;

import dev.maangtracker.core.error.InvalidInputException;
import java.util.regex.Pattern;

/** The one rule every catalog slug follows: lower-case words and digits joined by single hyphens. */
final class Slugs {

    /** Longest slug. */
    static final int MAX_LENGTH = 100;

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private Slugs() {
    }

    static String require(String field, String slug) {
        if (slug == null || slug.isBlank()) {
            throw InvalidInputException.required(field);
        }
        if (slug.length() > MAX_LENGTH) {
            throw InvalidInputException.tooLong(field, slug.length(), MAX_LENGTH);
        }
        if (!SLUG.matcher(slug).matches()) {
            throw InvalidInputException.of(field, "must be lower-case words joined by hyphens (was '" + slug + "')");
        }
        return slug;
    }

    static String requireText(String field, String text) {
        if (text == null || text.isBlank()) {
            throw InvalidInputException.required(field);
        }
        return text.strip();
    }
}
