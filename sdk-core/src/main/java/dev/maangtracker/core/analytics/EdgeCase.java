package dev.maangtracker.core.analytics;

/** Kinds of edge case a code explanation can mention. */
public enum EdgeCase {
    /** Empty array, string or list; length zero. */
    EMPTY_INPUT,
    /** {@code null}, {@code nil}, {@code undefined}. */
    NULL_INPUT,
    /** One element, one node, one character. */
    SINGLE_ELEMENT,
    /** Duplicate or repeated values. */
    DUPLICATES,
    /** Negative numbers. */
    NEGATIVE_NUMBERS,
    /** Zeros, division by zero. */
    ZERO_VALUES,
    /** Integer overflow or underflow, max values. */
    OVERFLOW,
    /** Very large inputs, millions of elements. */
    LARGE_INPUT,
    /** Already sorted, unsorted or reverse-sorted input. */
    SORTED_INPUT,
    /** Cycles in graphs or linked lists. */
    CYCLES,
    /** Off-by-one, out-of-bounds, boundaries. */
    BOUNDARIES,
    /** Invalid or malformed input. */
    INVALID_INPUT,
    /** Unicode, special characters, white space, letter case. */
    SPECIAL_CHARACTERS
}
