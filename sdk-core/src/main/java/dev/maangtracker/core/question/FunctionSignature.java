package dev.maangtracker.core.question;

import dev.maangtracker.core.error.InvalidInputException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;

/**
 * The function a candidate implements for a coding problem, in language-neutral terms, and how the judge compares
 * its results.
 *
 * @param name       the function's name, a lower-camel-case identifier such as {@code pairWithTargetSum}
 * @param parameters its parameters in call order, at most {@link #MAX_PARAMETERS}, with distinct names
 * @param returnType the type of the returned value
 * @param comparison how returned values are compared with expected ones; it must
 *                   {@linkplain Comparison#supports(ValueType) support} the return type
 */
public record FunctionSignature(String name, List<Parameter> parameters, ValueType returnType, Comparison comparison) {

    /** Most parameters a function may take. */
    public static final int MAX_PARAMETERS = 8;

    /**
     * Words that cannot be function or parameter names because they are reserved (or built-in type names) in a
     * language the judge runs: Java, Python, JavaScript, C++ or Go.
     */
    public static final Set<String> RESERVED_NAMES = Set.of(
            "abstract", "and", "as", "assert", "async", "await", "bool", "boolean", "break", "byte", "case", "catch",
            "char", "class", "const", "continue", "def", "default", "del", "delete", "do", "double", "elif", "else",
            "enum", "except", "export", "extends", "false", "final", "finally", "float", "for", "from", "func",
            "function", "global", "go", "goto", "if", "implements", "import", "in", "instanceof", "int", "interface",
            "is", "lambda", "let", "long", "map", "new", "nonlocal", "not", "null", "or", "package", "pass", "private",
            "protected", "public", "raise", "range", "return", "short", "signed", "static", "struct", "super", "switch",
            "template", "this", "throw", "throws", "true", "try", "type", "typeof", "union", "unsigned", "var", "void",
            "volatile", "while", "with", "yield");

    /**
     * Validates the signature and copies the parameter list.
     *
     * @throws InvalidInputException naming the field that breaks a rule
     */
    public FunctionSignature {
        checkName("name", name);
        parameters = Fields.list("parameters", parameters, 0, MAX_PARAMETERS);
        Set<String> names = new HashSet<>();
        for (int i = 0; i < parameters.size(); i++) {
            if (!names.add(parameters.get(i).name())) {
                throw InvalidInputException.of("parameters[" + i + "].name", "repeats '" + parameters.get(i).name() + "'");
            }
        }
        Fields.required("returnType", returnType);
        Fields.required("comparison", comparison);
        if (!comparison.supports(returnType)) {
            throw InvalidInputException.of("comparison", comparison + " cannot compare values of type " + returnType.spelling());
        }
    }

    /** A signature whose results are compared {@linkplain Comparison#EXACT exactly}. */
    public FunctionSignature(String name, List<Parameter> parameters, ValueType returnType) {
        this(name, parameters, returnType, Comparison.EXACT);
    }

    /** A readable declaration such as {@code int[] pairWithTargetSum(int[] nums, int target)}. */
    public String declaration() {
        StringJoiner params = new StringJoiner(", ", name + "(", ")");
        for (Parameter p : parameters) {
            params.add(p.type().spelling() + " " + p.name());
        }
        return returnType.spelling() + " " + params;
    }

    static void checkName(String field, String name) {
        Fields.required(field, name);
        if (!Parameter.NAME.matcher(name).matches()) {
            throw InvalidInputException.of(field, "must be a lower-camel-case identifier of at most 40 letters and digits (was '"
                    + name + "')");
        }
        if (RESERVED_NAMES.contains(name)) {
            throw InvalidInputException.of(field, "must not be the reserved word '" + name + "'");
        }
    }
}
