package dev.maangtracker.core.question;

import dev.maangtracker.core.error.InvalidInputException;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * The language-neutral types a coding problem's function takes and returns, and how their values are written in
 * JSON test cases. A judge maps each type to the natural type of the candidate's language (for example {@code int[]}
 * to {@code int[]} in Java, {@code List[int]} in Python, {@code vector<int>} in C++).
 *
 * <table>
 *   <caption>Spellings and JSON encodings</caption>
 *   <tr><th>spelling</th><th>JSON value</th></tr>
 *   <tr><td>{@code int}, {@code long}</td><td>an integer number within the signed 32-bit or 64-bit range</td></tr>
 *   <tr><td>{@code double}</td><td>any finite number</td></tr>
 *   <tr><td>{@code boolean}</td><td>{@code true} or {@code false}</td></tr>
 *   <tr><td>{@code string}</td><td>a string</td></tr>
 *   <tr><td>{@code T[]}</td><td>an array of {@code T} values (possibly empty)</td></tr>
 *   <tr><td>{@code int[][]}, {@code string[][]}</td><td>an array of arrays; inner arrays may differ in length</td></tr>
 *   <tr><td>{@code ListNode}</td><td>a singly linked list of ints as the array of its values from the head;
 *       {@code []} is the empty list</td></tr>
 *   <tr><td>{@code TreeNode}</td><td>a binary tree of ints in level order with {@code null} for missing children,
 *       no trailing {@code null}s; {@code []} is the empty tree (for example {@code [3,9,20,null,null,15,7]})</td></tr>
 * </table>
 */
public enum ValueType {
    /** A signed 32-bit integer. */
    INT("int", null),
    /** A signed 64-bit integer. */
    LONG("long", null),
    /** A double-precision floating-point number. */
    DOUBLE("double", null),
    /** A boolean. */
    BOOLEAN("boolean", null),
    /** A string. */
    STRING("string", null),
    /** An array of ints. */
    INT_ARRAY("int[]", INT),
    /** An array of longs. */
    LONG_ARRAY("long[]", LONG),
    /** An array of doubles. */
    DOUBLE_ARRAY("double[]", DOUBLE),
    /** An array of booleans. */
    BOOLEAN_ARRAY("boolean[]", BOOLEAN),
    /** An array of strings. */
    STRING_ARRAY("string[]", STRING),
    /** An array of int arrays (rows may differ in length). */
    INT_MATRIX("int[][]", INT_ARRAY),
    /** An array of string arrays (rows may differ in length). */
    STRING_MATRIX("string[][]", STRING_ARRAY),
    /** The head of a singly linked list of ints, possibly empty. */
    LIST_NODE("ListNode", null),
    /** The root of a binary tree of ints, possibly empty. */
    TREE_NODE("TreeNode", null);

    private final String spelling;
    private final ValueType elementType;

    ValueType(String spelling, ValueType elementType) {
        this.spelling = spelling;
        this.elementType = elementType;
    }

    /** How the type is written in bank files and signatures, e.g. {@code "int[]"}. */
    public String spelling() {
        return spelling;
    }

    /** The type of the elements for the array types ({@code int[][]} has {@code int[]}); empty for the others. */
    public Optional<ValueType> elementType() {
        return Optional.ofNullable(elementType);
    }

    /** Whether values are JSON arrays whose elements are independent values (the {@code []} types). */
    public boolean isArray() {
        return elementType != null;
    }

    /**
     * The type with the given spelling.
     *
     * @throws InvalidInputException if {@code spelling} is null or names no type
     */
    public static ValueType fromSpelling(String spelling) {
        for (ValueType type : values()) {
            if (type.spelling.equals(spelling)) {
                return type;
            }
        }
        StringBuilder known = new StringBuilder();
        for (ValueType type : values()) {
            known.append(known.length() == 0 ? "" : ", ").append(type.spelling);
        }
        throw InvalidInputException.of("type", "must be one of " + known + " (was '" + spelling + "')");
    }

    /** Whether a JSON value is a well-formed value of this type. */
    boolean accepts(JsonNode node) {
        switch (this) {
            case INT:
                return node.isIntegralNumber() && node.canConvertToInt();
            case LONG:
                return node.isIntegralNumber() && node.canConvertToLong();
            case DOUBLE:
                return node.isNumber() && Double.isFinite(node.doubleValue());
            case BOOLEAN:
                return node.isBoolean();
            case STRING:
                return node.isString();
            case LIST_NODE:
                return INT_ARRAY.accepts(node);
            case TREE_NODE:
                return isLevelOrderTree(node);
            default:
                if (!node.isArray()) {
                    return false;
                }
                for (JsonNode element : node) {
                    if (!elementType.accepts(element)) {
                        return false;
                    }
                }
                return true;
        }
    }

    /** A canonical level-order tree: ints or nulls, a non-null root, no value under a missing parent, no trailing null. */
    private static boolean isLevelOrderTree(JsonNode node) {
        if (!node.isArray()) {
            return false;
        }
        int size = node.size();
        if (size == 0) {
            return true;
        }
        if (node.get(0).isNull() || node.get(size - 1).isNull()) {
            return false;
        }
        int openSlots = 1;
        for (JsonNode element : node) {
            if (openSlots == 0) {
                return false;
            }
            openSlots--;
            if (!element.isNull()) {
                if (!INT.accepts(element)) {
                    return false;
                }
                openSlots += 2;
            }
        }
        return true;
    }
}
