package dev.maangtracker.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maangtracker.core.analytics.AnswerAnalyzer;
import dev.maangtracker.core.embedding.HashingEmbedder;
import dev.maangtracker.core.interview.BankQuestionCatalog;
import dev.maangtracker.core.interview.InMemoryInterviewRepository;
import dev.maangtracker.core.interview.InterviewRepository;
import dev.maangtracker.core.interview.QuestionCatalog;
import dev.maangtracker.core.judge.CodeSubmissionRepository;
import dev.maangtracker.core.judge.InMemoryCodeSubmissionRepository;
import dev.maangtracker.core.question.QuestionBank;
import dev.maangtracker.core.user.InMemoryUserAccountRepository;
import dev.maangtracker.core.user.UserAccountRepository;
import dev.maangtracker.rag.cache.InProcessRetrievalCache;
import dev.maangtracker.rag.cache.RetrievalCache;
import dev.maangtracker.rag.store.InMemoryMemoryStore;
import dev.maangtracker.rag.store.MemoryStore;
import dev.maangtracker.tracker.activity.ActivityLog;
import dev.maangtracker.tracker.activity.InMemoryActivityLog;
import dev.maangtracker.tracker.progress.InMemoryProgressRepository;
import dev.maangtracker.tracker.progress.ProgressRepository;
import dev.maangtracker.tracker.review.InMemoryReviewItemRepository;
import dev.maangtracker.tracker.review.ReviewItemRepository;
import dev.maangtracker.tracker.roadmap.RoadmapCatalog;
import dev.maangtracker.tracker.weakness.EvidenceRepository;
import dev.maangtracker.tracker.weakness.InMemoryEvidenceRepository;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For every port the starter fills, an application's own bean replaces the starter's (the embedder is
 * replaced in every light context already; the judge, interviewer and candidate context have their
 * own tests).
 */
class UserBeansWinTest {

    static Stream<Arguments> ports() {
        return Stream.of(
                port(QuestionBank.class, QuestionBank::loadDefault),
                port(QuestionCatalog.class, () -> BankQuestionCatalog.of(QuestionBank.loadDefault())),
                port(AnswerAnalyzer.class, AnswerAnalyzer::new),
                port(InterviewRepository.class, InMemoryInterviewRepository::new),
                port(UserAccountRepository.class, InMemoryUserAccountRepository::new),
                port(CodeSubmissionRepository.class, InMemoryCodeSubmissionRepository::new),
                port(MemoryStore.class, () -> new InMemoryMemoryStore(HashingEmbedder.DEFAULT_DIMENSIONS)),
                port(RetrievalCache.class, InProcessRetrievalCache::new),
                port(RoadmapCatalog.class, RoadmapCatalog::loadDefault),
                port(ProgressRepository.class, InMemoryProgressRepository::new),
                port(ActivityLog.class, InMemoryActivityLog::new),
                port(ReviewItemRepository.class, InMemoryReviewItemRepository::new),
                port(EvidenceRepository.class, InMemoryEvidenceRepository::new));
    }

    private static <T> Arguments port(Class<T> type, Supplier<T> bean) {
        return Arguments.of(type.getSimpleName(), type, bean);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ports")
    @SuppressWarnings({"unchecked", "rawtypes"})
    void theApplicationsBeanReplacesTheStarters(String name, Class type, Supplier bean) {
        Object mine = bean.get();
        MaangAutoConfigurations.light().withBean("applications" + name, type, () -> mine).run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBeansOfType(type)).hasSize(1);
            assertThat(context.getBean(type)).isSameAs(mine);
        });
    }
}
