package dev.maangtracker.app.analytics;

import dev.maangtracker.app.time.TimeZones;
import dev.maangtracker.app.tracker.PracticeService;
import dev.maangtracker.core.evaluation.DimensionScore;
import dev.maangtracker.core.interview.InterviewRepository;
import dev.maangtracker.core.interview.InterviewSession;
import dev.maangtracker.tracker.activity.ActivityEvent;
import dev.maangtracker.tracker.activity.ActivityLog;
import dev.maangtracker.tracker.activity.Streak;
import dev.maangtracker.tracker.progress.Attempt;
import dev.maangtracker.tracker.progress.AttemptOutcome;
import dev.maangtracker.tracker.progress.ProgressReport;
import dev.maangtracker.tracker.progress.ProgressTracker;
import dev.maangtracker.tracker.roadmap.RoadmapCatalog;
import dev.maangtracker.tracker.weakness.Weakness;
import dev.maangtracker.tracker.weakness.WeaknessTracker;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** Computes the caller's analytics from the tracker and the interview store; nothing is stored. */
@Service
public class AnalyticsService {

    /** Days the streak calendar covers, today included. */
    public static final int CALENDAR_DAYS = 365;
    /** Interviews the dashboard lists. */
    public static final int RECENT_INTERVIEWS = 5;
    /** Weaknesses the dashboard lists. */
    public static final int TOP_WEAKNESSES = 3;
    /** Interviews the history covers, newest first. */
    public static final int MAX_HISTORY = InterviewRepository.MAX_LIST_LIMIT;

    private final PracticeService practice;
    private final RoadmapCatalog catalog;
    private final ProgressTracker progress;
    private final WeaknessTracker weaknesses;
    private final ActivityLog activity;
    private final InterviewRepository interviews;
    private final Clock clock;
    private final TimeZones zones;

    /** Wires the SDK beans the analytics read. */
    public AnalyticsService(PracticeService practice, RoadmapCatalog catalog, ProgressTracker progress,
                            WeaknessTracker weaknesses, ActivityLog activity, InterviewRepository interviews,
                            Clock clock, TimeZones zones) {
        this.practice = practice;
        this.catalog = catalog;
        this.progress = progress;
        this.weaknesses = weaknesses;
        this.activity = activity;
        this.interviews = interviews;
        this.clock = clock;
        this.zones = zones;
    }

    /** The home page: progress per topic, streak, recent interviews, weaknesses and today's plan. */
    public Mono<DashboardView> dashboard(UUID user) {
        return Mono.zip(practice.roadmap(user), streak(user),
                        interviews.findByUser(user, RECENT_INTERVIEWS).map(InterviewSummary::of).collectList(),
                        weaknesses.openWeaknesses(user), practice.plan(user, null, null))
                .map(all -> new DashboardView(all.getT1().overall(), all.getT1().systemDesign(),
                        all.getT1().solved(), all.getT1().topics(), all.getT2(), all.getT3(),
                        summary(all.getT4()), all.getT5()));
    }

    /** Progress per difficulty and topic, and a timeline of practice days. */
    public Mono<ProgressAnalyticsView> progress(UUID user) {
        return Mono.zip(progress.report(user), progress.attempts(user))
                .map(both -> progressView(both.getT1(), both.getT2()));
    }

    /** Every interview with its scores, and the trend of the overall and each dimension's score. */
    public Mono<HistoryView> history(UUID user) {
        return interviews.findByUser(user, MAX_HISTORY).map(InterviewSummary::of).collectList()
                .zipWith(interviews.findByUser(user, MAX_HISTORY).filter(s -> s.report() != null).collectList(),
                        AnalyticsService::historyView);
    }

    private Mono<StreakView> streak(UUID user) {
        return zones.of(user).flatMap(zone -> streak(user, zone));
    }

    private Mono<StreakView> streak(UUID user, ZoneId zone) {
        LocalDate today = clock.instant().atZone(zone).toLocalDate();
        LocalDate first = today.minusDays(CALENDAR_DAYS - 1L);
        return Mono.zip(progress.streak(user, zone), activity.findByUser(user).collectList())
                .map(both -> {
                    Streak streak = both.getT1();
                    Map<LocalDate, Integer> perDay = new TreeMap<>();
                    for (ActivityEvent event : both.getT2()) {
                        if (!event.localDate().isBefore(first) && !event.localDate().isAfter(today)) {
                            perDay.merge(event.localDate(), 1, Integer::sum);
                        }
                    }
                    return new StreakView(streak.current(), streak.longest(), streak.activeDays(),
                            streak.lastActive(), perDay.entrySet().stream()
                            .map(e -> new StreakView.ActiveDay(e.getKey(), e.getValue())).toList());
                });
    }

    private static DashboardView.WeaknessSummary summary(List<Weakness> open) {
        return new DashboardView.WeaknessSummary(open.size(), open.stream().limit(TOP_WEAKNESSES)
                .map(w -> new DashboardView.Item(w.topic(), w.severity(), w.confidence(), w.priority())).toList());
    }

    private ProgressAnalyticsView progressView(ProgressReport report, List<Attempt> attempts) {
        Map<LocalDate, List<Attempt>> byDay = attempts.stream()
                .collect(Collectors.groupingBy(Attempt::localDate, TreeMap::new, Collectors.toList()));
        Set<String> solvedSoFar = new HashSet<>();
        List<ProgressAnalyticsView.Day> timeline = new ArrayList<>();
        byDay.forEach((day, list) -> {
            int solvedAttempts = 0;
            int minutes = 0;
            for (Attempt attempt : list) {
                minutes += attempt.input().minutes();
                if (attempt.outcome() == AttemptOutcome.SOLVED) {
                    solvedAttempts++;
                    // Concept studies are practice too, but only problems count as problems solved.
                    if (catalog.findProblem(attempt.slug()).isPresent()) {
                        solvedSoFar.add(attempt.slug());
                    }
                }
            }
            timeline.add(new ProgressAnalyticsView.Day(day, list.size(), solvedAttempts, minutes, solvedSoFar.size()));
        });
        Map<dev.maangtracker.core.question.Difficulty, ProgressAnalyticsView.DifficultyView> byDifficulty =
                new LinkedHashMap<>();
        report.byDifficulty().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> byDifficulty.put(
                e.getKey(), new ProgressAnalyticsView.DifficultyView(e.getValue().attempts(),
                        e.getValue().solvedAttempts(), e.getValue().problemsSolved(), e.getValue().problemsTotal(),
                        e.getValue().solveRate(), e.getValue().averageMinutes(),
                        e.getValue().averageMinutesToSolve())));
        return new ProgressAnalyticsView(report.overall(), report.solved(), byDifficulty, new TreeMap<>(report.byTopic()),
                timeline);
    }

    private static HistoryView historyView(List<InterviewSummary> summaries, List<InterviewSession> completed) {
        List<InterviewSession> oldestFirst = completed.stream()
                .sorted(Comparator.comparing((InterviewSession s) -> s.report().generatedAt())
                        .thenComparing(InterviewSession::id))
                .toList();
        List<HistoryView.Point> overall = oldestFirst.stream()
                .map(s -> new HistoryView.Point(s.id(), s.report().generatedAt(), s.report().overallScore())).toList();
        Map<String, List<HistoryView.Point>> byDimension = new TreeMap<>();
        for (InterviewSession session : oldestFirst) {
            for (DimensionScore dimension : session.report().dimensions()) {
                byDimension.computeIfAbsent(dimension.dimension(), d -> new ArrayList<>()).add(
                        new HistoryView.Point(session.id(), session.report().generatedAt(), dimension.score()));
            }
        }
        return new HistoryView(summaries, trend("overall", overall), byDimension.entrySet().stream()
                .map(e -> trend(e.getKey(), e.getValue())).toList());
    }

    private static HistoryView.Trend trend(String name, List<HistoryView.Point> points) {
        double average = points.stream().mapToInt(HistoryView.Point::score).average().orElse(0);
        int change = points.size() < 2 ? 0 : points.get(points.size() - 1).score() - points.get(0).score();
        return new HistoryView.Trend(name, List.copyOf(points), average, change);
    }
}
