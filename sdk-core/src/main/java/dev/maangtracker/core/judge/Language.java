package dev.maangtracker.core.judge;

import dev.maangtracker.core.error.InvalidInputException;
import java.util.Locale;

/** A language the judge runs. */
public enum Language {
    /** Java 17: the candidate writes {@code class Solution} with the problem's method. */
    JAVA,
    /** Python 3: the candidate writes a top-level function (or {@code class Solution} with the method). */
    PYTHON,
    /** JavaScript on Node: the candidate writes a top-level function. */
    JAVASCRIPT;

    /** The lower-case name used in answers, e.g. {@code python}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The language with the given id, in any case.
     *
     * @throws InvalidInputException if the id names no judged language
     */
    public static Language fromId(String id) {
        for (Language language : values()) {
            if (language.id().equalsIgnoreCase(id)) {
                return language;
            }
        }
        throw InvalidInputException.of("language", "must be one of java, python, javascript (was '" + id + "')");
    }
}
