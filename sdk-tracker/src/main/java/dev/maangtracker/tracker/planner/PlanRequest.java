package dev.maangtracker.tracker.planner;

import dev.maangtracker.core.error.InvalidInputException;

/**
 * What plan to make.
 *
 * @param maxItems            1 to {@link #MAX_ITEMS} items
 * @param minutesBudget       1 to {@link #MAX_MINUTES} minutes for the whole plan
 * @param ignorePrerequisites whether new problems may come from topics whose prerequisites are not done yet
 */
public record PlanRequest(int maxItems, int minutesBudget, boolean ignorePrerequisites) {

    /** Most items one plan may hold. */
    public static final int MAX_ITEMS = 50;
    /** Largest daily budget: a whole day. */
    public static final int MAX_MINUTES = 24 * 60;

    /** Validates every field; see the component descriptions. */
    public PlanRequest {
        if (maxItems < 1 || maxItems > MAX_ITEMS) {
            throw InvalidInputException.outOfRange("maxItems", maxItems, 1, MAX_ITEMS);
        }
        if (minutesBudget < 1 || minutesBudget > MAX_MINUTES) {
            throw InvalidInputException.outOfRange("minutesBudget", minutesBudget, 1, MAX_MINUTES);
        }
    }

    /** A plan of up to {@code maxItems} items within {@code minutesBudget}, respecting prerequisites. */
    public static PlanRequest of(int maxItems, int minutesBudget) {
        return new PlanRequest(maxItems, minutesBudget, false);
    }
}
