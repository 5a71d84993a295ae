package dev.maangtracker.boot.interview;

import dev.maangtracker.boot.judge.MaangJudgeAutoConfiguration;
import dev.maangtracker.boot.rag.MemoryCandidateContext;
import dev.maangtracker.boot.startup.ComponentChoice;
import dev.maangtracker.boot.startup.ComponentChoices;
import dev.maangtracker.core.analytics.AnswerAnalyzer;
import dev.maangtracker.core.candidate.CandidateContext;
import dev.maangtracker.core.embedding.CachingEmbedder;
import dev.maangtracker.core.embedding.Embedder;
import dev.maangtracker.core.embedding.HashingEmbedder;
import dev.maangtracker.core.evaluation.CoverageCalibration;
import dev.maangtracker.core.evaluation.RubricScorer;
import dev.maangtracker.core.interview.CodeCheck;
import dev.maangtracker.boot.learning.InterviewLearning;
import dev.maangtracker.core.interview.StepListener;
import dev.maangtracker.core.user.UserAccountRepository;
import dev.maangtracker.rag.write.MemoryWriter;
import dev.maangtracker.tracker.activity.ActivityLog;
import dev.maangtracker.tracker.planner.PracticeFeedback;
import dev.maangtracker.tracker.interview.InterviewPractice;
import dev.maangtracker.core.interview.InMemoryInterviewRepository;
import dev.maangtracker.core.interview.InterviewEngine;
import dev.maangtracker.core.interview.InterviewRepository;
import dev.maangtracker.core.interview.Interviewer;
import dev.maangtracker.core.interview.LlmInterviewer;
import dev.maangtracker.core.interview.QuestionCatalog;
import dev.maangtracker.core.interview.RubricInterviewer;
import dev.maangtracker.core.judge.CodeJudge;
import dev.maangtracker.core.llm.LanguageModel;
import dev.maangtracker.core.question.QuestionBank;
import dev.maangtracker.rag.retrieve.MemoryRetriever;
import dev.maangtracker.tracker.weakness.TrackerCandidateContext;
import dev.maangtracker.tracker.weakness.WeaknessTracker;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * The interview engine and its parts: in-memory session storage unless an {@link InterviewRepository}
 * bean exists, the offline {@link RubricInterviewer} (which runs code answers through the code judge)
 * and, when a {@link LanguageModel} bean exists, an {@link LlmInterviewer} in front of it with the
 * rubric interviewer as its fallback; the candidate context joins the tracker's weaknesses with the
 * RAG memory.
 */
@AutoConfiguration(afterName = {
        "dev.maangtracker.boot.storage.MaangStorageAutoConfiguration",
        "dev.maangtracker.boot.redis.MaangRedisAutoConfiguration",
        "dev.maangtracker.boot.model.MaangModelAutoConfiguration",
        "dev.maangtracker.boot.embedding.MaangEmbeddingAutoConfiguration",
        "dev.maangtracker.boot.question.MaangQuestionAutoConfiguration",
        "dev.maangtracker.boot.judge.MaangJudgeAutoConfiguration",
        "dev.maangtracker.boot.rag.MaangRagAutoConfiguration",
        "dev.maangtracker.boot.tracker.MaangTrackerAutoConfiguration"})
@EnableConfigurationProperties({InterviewProperties.class, AnalyticsProperties.class})
public final class MaangInterviewAutoConfiguration {

    /** The name of the LLM interviewer bean. */
    public static final String INTERVIEWER = "interviewer";
    /**
     * Rubric point and follow-up vectors the offline interviewer keeps: the bank holds about 700 such texts,
     * generated questions add theirs, and 10,000 MiniLM vectors take about 15 MiB.
     */
    static final long RUBRIC_VECTORS = 10_000;

    /** Sessions and turns, in memory. */
    @Bean
    @ConditionalOnMissingBean
    public InterviewRepository maangInterviewRepository() {
        return new InMemoryInterviewRepository();
    }

    /** Answer analytics with {@code maang.analytics.*}. */
    @Bean
    @ConditionalOnMissingBean
    public AnswerAnalyzer maangAnswerAnalyzer(AnalyticsProperties properties) {
        return new AnswerAnalyzer(properties.toSettings());
    }

    /**
     * Runs code answers through the judge: the primary {@link CodeJudge} (a queue in front of the
     * sandbox, in full mode) or the one named {@code codeJudge}; none executes nothing.
     */
    @Bean
    @ConditionalOnMissingBean
    public CodeCheck maangCodeCheck(ObjectProvider<CodeJudge> judges,
                                    @Qualifier(MaangJudgeAutoConfiguration.BEAN) ObjectProvider<CodeJudge> named,
                                    QuestionBank bank) {
        CodeJudge judge = judges.getIfUnique(named::getIfAvailable);
        return judge == null ? CodeCheck.none() : CodeCheck.of(judge, bank);
    }

    /** The offline interviewer: rubric scoring, no model; the fallback of every step. */
    @Bean
    @ConditionalOnMissingBean
    public RubricInterviewer maangRubricInterviewer(QuestionCatalog catalog, Embedder embedder,
                                                    ObjectProvider<Clock> clock) {
        // Coverage credit is calibrated per embedder: hashing similarities run much lower than MiniLM's.
        if (embedder instanceof HashingEmbedder) {
            return new RubricInterviewer(catalog, new RubricScorer(embedder, CoverageCalibration.HASHING), embedder,
                    clock.getIfUnique(Clock::systemUTC));
        }
        // Each answer is scored against its question's rubric points and follow-ups, the same texts for every
        // candidate: remembering their vectors spares most of the model's work per answer.
        Embedder recurring = new CachingEmbedder(embedder, RUBRIC_VECTORS);
        return new RubricInterviewer(catalog, new RubricScorer(recurring, CoverageCalibration.MINILM), recurring,
                clock.getIfUnique(Clock::systemUTC));
    }

    /** The interviewer over the application's language model. */
    @Bean(name = INTERVIEWER)
    @ConditionalOnBean(LanguageModel.class)
    @ConditionalOnMissingBean(value = Interviewer.class, ignored = RubricInterviewer.class)
    public Interviewer interviewer(LanguageModel model, QuestionCatalog catalog, ObjectProvider<Clock> clock) {
        return new LlmInterviewer(model, catalog, clock.getIfUnique(Clock::systemUTC));
    }

    /** The tracker's weaknesses and the RAG memory's past answers. */
    @Bean
    @ConditionalOnMissingBean
    public CandidateContext maangCandidateContext(WeaknessTracker weaknesses, MemoryRetriever retriever) {
        return new TrackerCandidateContext(weaknesses, new MemoryCandidateContext(retriever));
    }

    /** What every committed step teaches the memory and the tracker. */
    @Bean
    @ConditionalOnMissingBean
    public StepListener maangInterviewLearning(MemoryWriter memories, WeaknessTracker weaknesses,
                                               PracticeFeedback practice, InterviewPractice roadmap,
                                               ActivityLog activity, QuestionCatalog catalog,
                                               InterviewRepository interviews, UserAccountRepository users) {
        return new InterviewLearning(memories, weaknesses, practice, roadmap, activity, catalog, interviews, users);
    }

    /**
     * The engine: the main interviewer asked first, the rubric interviewer when it fails; code
     * answers are judged once by the engine, whichever interviewer evaluates them.
     */
    @Bean
    @ConditionalOnMissingBean
    public InterviewEngine maangInterviewEngine(InterviewRepository repository, QuestionCatalog catalog,
                                                ObjectProvider<Interviewer> interviewers, RubricInterviewer fallback,
                                                CandidateContext candidates, AnswerAnalyzer analyzer,
                                                CodeCheck codeCheck, StepListener stepListener,
                                                InterviewProperties properties, ObjectProvider<Clock> clock) {
        return InterviewEngine.builder()
                .repository(repository)
                .catalog(catalog)
                .interviewer(mainInterviewer(interviewers, fallback))
                .fallback(fallback)
                .candidateContext(candidates)
                .analyzer(analyzer)
                .codeCheck(codeCheck)
                .stepListener(stepListener)
                .settings(properties.toSettings())
                .clock(clock.getIfUnique(Clock::systemUTC))
                .build();
    }

    /** The first interviewer that is not the fallback, else the fallback itself. */
    static Interviewer mainInterviewer(ObjectProvider<Interviewer> interviewers, RubricInterviewer fallback) {
        return interviewers.orderedStream().filter(candidate -> candidate != fallback).findFirst().orElse(fallback);
    }

    /** Which interviewer asks, for the start-up table. */
    @Bean
    public ComponentChoice maangInterviewerChoice(ObjectProvider<Interviewer> interviewers,
                                                  RubricInterviewer fallback) {
        Interviewer main = mainInterviewer(interviewers, fallback);
        if (main == fallback) {
            return new ComponentChoice("interviewer", "rubric interviewer (offline)", "no LanguageModel bean");
        }
        return new ComponentChoice("interviewer", main.name() + " + rubric fallback",
                main instanceof LlmInterviewer ? "LanguageModel bean" : ComponentChoices.PROVIDED);
    }

    /** Where sessions are kept, for the start-up table. */
    @Bean
    public ComponentChoice maangInterviewStorageChoice(InterviewRepository repository) {
        return ComponentChoices.describe("interview storage", repository, InMemoryInterviewRepository.class,
                "in-memory", "no other InterviewRepository bean");
    }
}
