package dev.maangtracker.core.question;

import java.util.regex.Pattern;

/**
 * One parameter of a coding problem's function.
 *
 * @param name the parameter's name, a lower-camel-case identifier such as {@code nums} (see {@link #NAME})
 * @param type its language-neutral type
 */
public record Parameter(String name, ValueType type) {

    /** The form of function and parameter names: a lower-case letter, then letters and digits, at most 40 characters. */
    public static final Pattern NAME = Pattern.compile("[a-z][A-Za-z0-9]{0,39}");

    /**
     * Validates the parameter.
     *
     * @throws dev.maangtracker.core.error.InvalidInputException if the name does not match {@link #NAME}, is a
     *         reserved word of a judged language, or the type is missing
     */
    public Parameter {
        FunctionSignature.checkName("name", name);
        Fields.required("type", type);
    }
}
