package dev.maangtracker.tracker.planner;

import dev.maangtracker.tracker.progress.ProblemStatus;
import dev.maangtracker.tracker.review.ItemType;
import dev.maangtracker.tracker.review.ReviewItem;
import dev.maangtracker.tracker.roadmap.Concept;
import dev.maangtracker.tracker.roadmap.Problem;
import dev.maangtracker.tracker.roadmap.RoadmapCatalog;
import dev.maangtracker.tracker.roadmap.Track;
import dev.maangtracker.tracker.weakness.Recommendation;
import dev.maangtracker.tracker.weakness.Weakness;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Builds plans from a user's state; pure and thread-safe.
 *
 * <p>Three queues are filled: due reviews (most overdue first), weakness items (from the open weaknesses, highest
 * priority first: their recommended problems and concepts, or the competency itself) and new problems (unsolved,
 * topics in prerequisite order, easiest first). The plan takes one item from each queue in turn — review, weakness,
 * new — skipping an item already planned or longer than the minutes left, until it holds the requested number of
 * items or nothing more fits. Once the user has studied a system design concept, a fourth queue adds new concepts
 * in topic order, each topic opening when every system design topic before it has {@link #UNLOCK_SOLVED} concepts
 * studied (or all of its concepts, if fewer).
 *
 * <p>A problem is never planned before its prerequisites unless the request says so: every prerequisite topic (direct
 * or indirect) of each of its topics needs {@link #UNLOCK_SOLVED} solved problems (or all of its problems, if fewer).
 */
public final class PlanBuilder {

    /** Solved problems a prerequisite topic needs before the topics after it open. */
    public static final int UNLOCK_SOLVED = 2;
    /** Estimated minutes of a concept item. */
    public static final int CONCEPT_MINUTES = 20;
    /** Estimated minutes of a rubric dimension or story item. */
    public static final int SHORT_ITEM_MINUTES = 15;

    private final RoadmapCatalog catalog;

    /** @param catalog the roadmap */
    public PlanBuilder(RoadmapCatalog catalog) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
    }

    /**
     * A plan.
     *
     * @param request    size, budget and whether to ignore prerequisites
     * @param statuses   the user's statuses by slug; unlisted slugs are TODO
     * @param weaknesses the user's open weaknesses, most pressing first
     * @param due        the user's review items that are due now, most overdue first
     */
    public DailyPlan plan(PlanRequest request, Map<String, ProblemStatus> statuses, List<Weakness> weaknesses,
                          List<ReviewItem> due) {
        Set<String> unlocked = unlockedTopics(statuses);
        List<Deque<PlanItem>> queues = List.of(new ArrayDeque<>(reviewItems(due)),
                new ArrayDeque<>(weaknessItems(weaknesses, statuses, unlocked, request.ignorePrerequisites())),
                new ArrayDeque<>(newProblems(statuses, unlocked, request.ignorePrerequisites())),
                new ArrayDeque<>(newConcepts(statuses, unlocked, request.ignorePrerequisites())));
        List<PlanItem> plan = new ArrayList<>();
        Set<String> planned = new HashSet<>();
        int minutesLeft = request.minutesBudget();
        boolean progress = true;
        while (plan.size() < request.maxItems() && progress) {
            progress = false;
            for (Deque<PlanItem> queue : queues) {
                if (plan.size() >= request.maxItems()) {
                    break;
                }
                PlanItem next = poll(queue, planned, minutesLeft);
                if (next != null) {
                    plan.add(next);
                    planned.add(next.type() + ":" + next.key());
                    minutesLeft -= next.minutes();
                    progress = true;
                }
            }
        }
        return new DailyPlan(plan, request.minutesBudget() - minutesLeft);
    }

    private static PlanItem poll(Deque<PlanItem> queue, Set<String> planned, int minutesLeft) {
        while (!queue.isEmpty()) {
            PlanItem item = queue.poll();
            if (!planned.contains(item.type() + ":" + item.key()) && item.minutes() <= minutesLeft) {
                return item;
            }
        }
        return null;
    }

    /** Topics whose prerequisites (direct and indirect) are all done enough. */
    public Set<String> unlockedTopics(Map<String, ProblemStatus> statuses) {
        Set<String> done = new HashSet<>();
        catalog.topics().forEach(topic -> {
            List<String> items = topic.track() == Track.CODING
                    ? catalog.problemsIn(topic.slug()).stream().map(Problem::slug).toList()
                    : catalog.conceptsIn(topic.slug()).stream().map(Concept::slug).toList();
            long solved = items.stream().filter(slug -> solved(statuses, slug)).count();
            if (solved >= Math.min(UNLOCK_SOLVED, items.size())) {
                done.add(topic.slug());
            }
        });
        Set<String> unlocked = new HashSet<>();
        catalog.topics().forEach(topic -> {
            if (done.containsAll(catalog.allPrerequisites(topic.slug()))) {
                unlocked.add(topic.slug());
            }
        });
        return unlocked;
    }

    private static boolean solved(Map<String, ProblemStatus> statuses, String slug) {
        ProblemStatus status = statuses.getOrDefault(slug, ProblemStatus.TODO);
        return status == ProblemStatus.SOLVED || status == ProblemStatus.MASTERED;
    }

    private boolean allowed(Problem problem, Set<String> unlocked, boolean ignorePrerequisites) {
        return ignorePrerequisites || unlocked.containsAll(problem.topics());
    }

    private List<PlanItem> reviewItems(List<ReviewItem> due) {
        return due.stream().sorted(Comparator.comparing((ReviewItem r) -> r.card().due()))
                .map(r -> new PlanItem(PlanItemKind.REVIEW, r.type(), r.key(), title(r.type(), r.key()),
                        reviewMinutes(r), "review due " + r.card().due()))
                .toList();
    }

    private int reviewMinutes(ReviewItem item) {
        return switch (item.type()) {
            case PROBLEM -> catalog.findProblem(item.key()).map(p -> Math.max(10, p.estimatedMinutes() / 2)).orElse(15);
            case CONCEPT -> CONCEPT_MINUTES / 2;
            case RUBRIC_DIMENSION, STORY -> SHORT_ITEM_MINUTES;
        };
    }

    private String title(ItemType type, String key) {
        return switch (type) {
            case PROBLEM -> catalog.findProblem(key).map(Problem::title).orElse(key);
            case CONCEPT -> catalog.findTopic(key).map(t -> t.name())
                    .or(() -> catalog.findConcept(key).map(c -> c.name())).orElse(key);
            case RUBRIC_DIMENSION, STORY -> key;
        };
    }

    private List<PlanItem> weaknessItems(List<Weakness> weaknesses, Map<String, ProblemStatus> statuses,
                                         Set<String> unlocked, boolean ignorePrerequisites) {
        List<PlanItem> out = new ArrayList<>();
        for (Weakness weakness : weaknesses) {
            if (!weakness.open()) {
                continue;
            }
            String reason = String.format(java.util.Locale.ROOT, "targets weakness %s (severity %.1f, confidence %.2f)",
                    weakness.topic(), weakness.severity(), weakness.confidence());
            boolean any = false;
            for (Recommendation recommendation : weakness.recommendations()) {
                switch (recommendation.kind()) {
                    case PROBLEM -> {
                        Problem problem = catalog.findProblem(recommendation.key()).orElse(null);
                        if (problem != null && !solved(statuses, problem.slug())
                                && allowed(problem, unlocked, ignorePrerequisites)) {
                            out.add(new PlanItem(PlanItemKind.WEAKNESS, ItemType.PROBLEM, problem.slug(),
                                    problem.title(), problem.estimatedMinutes(), reason));
                            any = true;
                        }
                    }
                    case CONCEPT -> {
                        out.add(new PlanItem(PlanItemKind.WEAKNESS, ItemType.CONCEPT, recommendation.key(),
                                recommendation.title(), CONCEPT_MINUTES, reason));
                        any = true;
                    }
                    case QUESTION_TYPE -> {
                        // The question type is advice for the interview engine; the plan practises the item itself.
                    }
                }
            }
            if (!any && catalog.findTopic(weakness.topic()).isEmpty()) {
                out.add(new PlanItem(PlanItemKind.WEAKNESS, ItemType.RUBRIC_DIMENSION, weakness.topic(),
                        "Practise " + weakness.topic(), SHORT_ITEM_MINUTES, reason));
            }
        }
        return out;
    }

    private List<PlanItem> newConcepts(Map<String, ProblemStatus> statuses, Set<String> unlocked,
                                       boolean ignorePrerequisites) {
        boolean started = catalog.concepts().stream().anyMatch(c -> statuses.containsKey(c.slug()));
        if (!started) {
            return List.of();
        }
        List<PlanItem> out = new ArrayList<>();
        for (String topic : catalog.topicOrder()) {
            if (catalog.topic(topic).track() != Track.SYSTEM_DESIGN || !(ignorePrerequisites || unlocked.contains(topic))) {
                continue;
            }
            catalog.conceptsIn(topic).stream().filter(c -> !statuses.containsKey(c.slug()))
                    .forEach(c -> out.add(new PlanItem(PlanItemKind.NEW_CONCEPT, ItemType.CONCEPT, c.slug(), c.name(),
                            CONCEPT_MINUTES, "next new " + topic + " concept")));
        }
        return out;
    }

    private List<PlanItem> newProblems(Map<String, ProblemStatus> statuses, Set<String> unlocked,
                                       boolean ignorePrerequisites) {
        List<PlanItem> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String topic : catalog.topicOrder()) {
            catalog.problemsIn(topic).stream()
                    .filter(p -> p.mainTopic().equals(topic))
                    .filter(p -> !statuses.containsKey(p.slug()))
                    .filter(p -> allowed(p, unlocked, ignorePrerequisites))
                    .sorted(Comparator.comparing(Problem::difficulty))
                    .filter(p -> seen.add(p.slug()))
                    .forEach(p -> out.add(new PlanItem(PlanItemKind.NEW_PROBLEM, ItemType.PROBLEM, p.slug(),
                            p.title(), p.estimatedMinutes(), "next new " + topic + " problem")));
        }
        return out;
    }
}
