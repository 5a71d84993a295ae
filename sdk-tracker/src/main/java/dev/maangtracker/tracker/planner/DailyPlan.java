package dev.maangtracker.tracker.planner;

import java.util.List;
import java.util.Optional;

/**
 * A plan for one practice session or day, in the order to do it.
 *
 * @param items        what to practise
 * @param totalMinutes sum of the items' estimates, within the request's budget
 */
public record DailyPlan(List<PlanItem> items, int totalMinutes) {

    /** Copies the list. */
    public DailyPlan {
        items = List.copyOf(items);
    }

    /** The first item, empty when there is nothing to do. */
    public Optional<PlanItem> first() {
        return items.stream().findFirst();
    }
}
