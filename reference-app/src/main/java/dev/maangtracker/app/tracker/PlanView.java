package dev.maangtracker.app.tracker;

import dev.maangtracker.tracker.planner.DailyPlan;
import dev.maangtracker.tracker.planner.PlanItemKind;
import dev.maangtracker.tracker.review.ItemType;
import java.util.List;

/**
 * Today's practice plan.
 *
 * @param items        what to do, in order
 * @param totalMinutes the items' estimated minutes, never over the budget
 * @param budget       the minutes budget the plan was built for
 */
public record PlanView(List<Item> items, int totalMinutes, int budget) {

    /** The view of a plan. */
    public static PlanView of(DailyPlan plan, int budget) {
        return new PlanView(plan.items().stream()
                .map(item -> new Item(item.kind(), item.type(), item.key(), item.title(), item.minutes(),
                        item.reason()))
                .toList(), plan.totalMinutes(), budget);
    }

    /**
     * One planned item.
     *
     * @param kind    review, weakness, new problem or new concept
     * @param type    problem, concept, rubric dimension or story
     * @param key     the item's key
     * @param title   what to show
     * @param minutes estimated minutes
     * @param reason  why it was chosen
     */
    public record Item(PlanItemKind kind, ItemType type, String key, String title, int minutes, String reason) {
    }
}
