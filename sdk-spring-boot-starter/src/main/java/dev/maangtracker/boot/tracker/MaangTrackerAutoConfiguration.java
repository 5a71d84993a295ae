package dev.maangtracker.boot.tracker;

import dev.maangtracker.boot.startup.ComponentChoice;
import dev.maangtracker.boot.startup.ComponentChoices;
import dev.maangtracker.core.question.QuestionBank;
import dev.maangtracker.tracker.activity.ActivityLog;
import dev.maangtracker.tracker.activity.InMemoryActivityLog;
import dev.maangtracker.tracker.fsrs.FsrsScheduler;
import dev.maangtracker.tracker.interview.InterviewPractice;
import dev.maangtracker.tracker.planner.PracticeFeedback;
import dev.maangtracker.tracker.planner.PracticePlanner;
import dev.maangtracker.tracker.progress.InMemoryProgressRepository;
import dev.maangtracker.tracker.progress.ProgressRepository;
import dev.maangtracker.tracker.progress.ProgressTracker;
import dev.maangtracker.tracker.review.InMemoryReviewItemRepository;
import dev.maangtracker.tracker.review.ReviewItemRepository;
import dev.maangtracker.tracker.roadmap.RoadmapCatalog;
import dev.maangtracker.tracker.weakness.EvidenceRepository;
import dev.maangtracker.tracker.weakness.InMemoryEvidenceRepository;
import dev.maangtracker.tracker.weakness.QuestionTopics;
import dev.maangtracker.tracker.weakness.WeaknessTracker;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * The tracker: roadmap, progress, weaknesses, FSRS reviews and the practice planner. Its repositories
 * are in memory unless beans of their ports exist (the R2DBC ones in full mode, or the application's).
 */
@AutoConfiguration(afterName = {
        "dev.maangtracker.boot.storage.MaangStorageAutoConfiguration",
        "dev.maangtracker.boot.redis.MaangRedisAutoConfiguration",
        "dev.maangtracker.boot.model.MaangModelAutoConfiguration",
        "dev.maangtracker.boot.question.MaangQuestionAutoConfiguration"})
@EnableConfigurationProperties(TrackerProperties.class)
public final class MaangTrackerAutoConfiguration {

    private static final String IN_MEMORY = "in-memory";

    /**
     * The shipped roadmap, or {@code maang.tracker.roadmap-file}, with the question bank's coding problems merged in,
     * so every problem an interview asks moves the roadmap; start-up fails when a bank problem names a topic the
     * roadmap does not have.
     */
    @Bean
    @ConditionalOnMissingBean
    public RoadmapCatalog maangRoadmapCatalog(TrackerProperties properties, QuestionBank bank) {
        RoadmapCatalog curated = properties.getRoadmapFile() == null ? RoadmapCatalog.loadDefault()
                : RoadmapCatalog.load(properties.getRoadmapFile());
        return curated.withQuestionBank(bank);
    }

    /** Attempts and notes, in memory. */
    @Bean
    @ConditionalOnMissingBean
    public ProgressRepository maangProgressRepository() {
        return new InMemoryProgressRepository();
    }

    /** Activity days, in memory. */
    @Bean
    @ConditionalOnMissingBean
    public ActivityLog maangActivityLog() {
        return new InMemoryActivityLog();
    }

    /** Review schedule, in memory. */
    @Bean
    @ConditionalOnMissingBean
    public ReviewItemRepository maangReviewItemRepository() {
        return new InMemoryReviewItemRepository();
    }

    /** Weakness evidence, in memory. */
    @Bean
    @ConditionalOnMissingBean
    public EvidenceRepository maangEvidenceRepository() {
        return new InMemoryEvidenceRepository();
    }

    /** Topics of interview questions, from the question bank. */
    @Bean
    @ConditionalOnMissingBean
    public QuestionTopics maangQuestionTopics(QuestionBank bank) {
        return QuestionTopics.of(bank);
    }

    /** Records attempts and computes progress. */
    @Bean
    @ConditionalOnMissingBean
    public ProgressTracker maangProgressTracker(RoadmapCatalog catalog, ProgressRepository repository,
                                                ActivityLog activity, ObjectProvider<Clock> clock) {
        return new ProgressTracker(catalog, repository, activity, clock.getIfUnique(Clock::systemUTC));
    }

    /** Turns attempts and interview reports into weaknesses. */
    @Bean
    @ConditionalOnMissingBean
    public WeaknessTracker maangWeaknessTracker(RoadmapCatalog catalog, EvidenceRepository evidence,
                                                ProgressTracker progress, QuestionTopics topics,
                                                ObjectProvider<Clock> clock) {
        return new WeaknessTracker(catalog, evidence, progress, topics, clock.getIfUnique(Clock::systemUTC));
    }

    /** The FSRS review scheduler with {@code maang.tracker.scheduler.*}. */
    @Bean
    @ConditionalOnMissingBean
    public FsrsScheduler maangFsrsScheduler(TrackerProperties properties, ObjectProvider<Clock> clock) {
        return new FsrsScheduler(properties.getScheduler().toSettings(), clock.getIfUnique(Clock::systemUTC));
    }

    /** Turns attempts and reports into review items. */
    @Bean
    @ConditionalOnMissingBean
    public PracticeFeedback maangPracticeFeedback(RoadmapCatalog catalog, FsrsScheduler scheduler,
                                                  ReviewItemRepository reviews) {
        return new PracticeFeedback(catalog, scheduler, reviews);
    }

    /** Records the coding and system design questions of interviews as roadmap attempts. */
    @Bean
    @ConditionalOnMissingBean
    public InterviewPractice maangInterviewPractice(RoadmapCatalog catalog, QuestionTopics topics,
                                                    ProgressTracker progress, PracticeFeedback feedback) {
        return new InterviewPractice(catalog, topics, progress, feedback);
    }

    /** Builds daily plans. */
    @Bean
    @ConditionalOnMissingBean
    public PracticePlanner maangPracticePlanner(RoadmapCatalog catalog, ProgressTracker progress,
                                                WeaknessTracker weaknesses, ReviewItemRepository reviews,
                                                ObjectProvider<Clock> clock) {
        return new PracticePlanner(catalog, progress, weaknesses, reviews, clock.getIfUnique(Clock::systemUTC));
    }

    /** Where progress is kept, for the start-up table. */
    @Bean
    public ComponentChoice maangProgressStorageChoice(ProgressRepository repository) {
        return ComponentChoices.describe("progress storage", repository, InMemoryProgressRepository.class, IN_MEMORY,
                "no other ProgressRepository bean");
    }

    /** Where activity is kept, for the start-up table. */
    @Bean
    public ComponentChoice maangActivityStorageChoice(ActivityLog log) {
        return ComponentChoices.describe("activity log storage", log, InMemoryActivityLog.class, IN_MEMORY,
                "no other ActivityLog bean");
    }

    /** Where the review schedule is kept, for the start-up table. */
    @Bean
    public ComponentChoice maangReviewStorageChoice(ReviewItemRepository repository) {
        return ComponentChoices.describe("review schedule storage", repository,
                InMemoryReviewItemRepository.class, IN_MEMORY,
                "no other ReviewItemRepository bean");
    }

    /** Where weakness evidence is kept, for the start-up table. */
    @Bean
    public ComponentChoice maangEvidenceStorageChoice(EvidenceRepository repository) {
        return ComponentChoices.describe("weakness evidence storage", repository,
                InMemoryEvidenceRepository.class, IN_MEMORY,
                "no other EvidenceRepository bean");
    }

    /** Which roadmap is used, for the start-up table. */
    @Bean
    public ComponentChoice maangRoadmapChoice(RoadmapCatalog catalog, TrackerProperties properties) {
        return new ComponentChoice("roadmap", (properties.getRoadmapFile() == null ? "shipped roadmap"
                : properties.getRoadmapFile().toString()) + " + question bank", catalog.topics().size() + " topics, "
                + catalog.problems().size() + " problems");
    }
}
