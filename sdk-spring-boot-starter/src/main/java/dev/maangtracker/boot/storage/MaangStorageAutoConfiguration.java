package dev.maangtracker.boot.storage;

import dev.maangtracker.boot.interview.CachedInterviewRepository;
import dev.maangtracker.boot.interview.R2dbcInterviewRepository;
import dev.maangtracker.boot.interview.SessionStateCache;
import dev.maangtracker.boot.judge.R2dbcCodeSubmissionRepository;
import dev.maangtracker.boot.r2dbc.JsonColumns;
import dev.maangtracker.boot.startup.ComponentChoice;
import dev.maangtracker.boot.tracker.R2dbcActivityLog;
import dev.maangtracker.boot.tracker.R2dbcEvidenceRepository;
import dev.maangtracker.boot.tracker.R2dbcProgressRepository;
import dev.maangtracker.boot.tracker.R2dbcReviewItemRepository;
import dev.maangtracker.boot.user.R2dbcUserAccountRepository;
import dev.maangtracker.core.interview.InterviewRepository;
import dev.maangtracker.core.judge.CodeSubmissionRepository;
import dev.maangtracker.core.user.UserAccountRepository;
import dev.maangtracker.tracker.activity.ActivityLog;
import dev.maangtracker.tracker.progress.ProgressRepository;
import dev.maangtracker.tracker.review.ReviewItemRepository;
import dev.maangtracker.tracker.weakness.EvidenceRepository;
import io.r2dbc.spi.ConnectionFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.r2dbc.autoconfigure.R2dbcAutoConfiguration;
import org.springframework.boot.r2dbc.autoconfigure.R2dbcTransactionManagerAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.r2dbc.connection.R2dbcTransactionManager;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;

/**
 * Stores everything in PostgreSQL over R2DBC when the application has a {@link ConnectionFactory}
 * (full mode: {@code spring.r2dbc.url} is set). One repository per SDK port, each replaced by a
 * bean of the same port type the application defines; each chosen repository adds a
 * {@link ComponentChoice} line to the start-up table. Without a connection factory none of these
 * beans exist and the core auto-configuration's in-memory stores take over.
 *
 * <p>Transactions use an {@link R2dbcTransactionManager} on the {@link DatabaseClient}'s own
 * connection factory, so they never pick the wrong manager when a JDBC one (Liquibase) exists too.
 * The interview repository is wrapped in a {@link CachedInterviewRepository} when a
 * {@link SessionStateCache} bean exists.
 */
@AutoConfiguration(after = {R2dbcAutoConfiguration.class, R2dbcTransactionManagerAutoConfiguration.class})
@ConditionalOnClass({ConnectionFactory.class, DatabaseClient.class})
@ConditionalOnBean(ConnectionFactory.class)
public final class MaangStorageAutoConfiguration {

    /** What every choice of this configuration names as its implementation. */
    public static final String IMPLEMENTATION = "R2DBC (PostgreSQL)";
    private static final String REASON = "a ConnectionFactory bean exists (spring.r2dbc.url)";

    /** The application's client, or one on its connection factory. */
    static DatabaseClient client(ConnectionFactory connectionFactory, ObjectProvider<DatabaseClient> clients) {
        return clients.getIfAvailable(() -> DatabaseClient.create(connectionFactory));
    }

    /** Transactions on the client's own connection factory. */
    static TransactionalOperator transactions(DatabaseClient db) {
        return TransactionalOperator.create(new R2dbcTransactionManager(db.getConnectionFactory()));
    }

    /** Interview sessions and turns, behind the session cache when there is one. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnMissingBean(InterviewRepository.class)
    static class InterviewStorage {

        @Bean
        @ConditionalOnMissingBean
        InterviewRepository interviewRepository(ConnectionFactory connectionFactory,
                                                ObjectProvider<DatabaseClient> clients,
                                                ObjectProvider<SessionStateCache> caches) {
            DatabaseClient db = client(connectionFactory, clients);
            InterviewRepository stored = new R2dbcInterviewRepository(db, transactions(db), new JsonColumns());
            SessionStateCache cache = caches.getIfAvailable();
            return cache == null ? stored : new CachedInterviewRepository(stored, cache);
        }

        @Bean
        ComponentChoice interviewStorageChoice(ObjectProvider<SessionStateCache> caches) {
            return new ComponentChoice("interview storage",
                    caches.getIfAvailable() == null ? IMPLEMENTATION : IMPLEMENTATION + " behind the session cache",
                    REASON);
        }
    }

    /** User accounts. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnMissingBean(UserAccountRepository.class)
    static class UserStorage {

        @Bean
        @ConditionalOnMissingBean
        UserAccountRepository userAccountRepository(ConnectionFactory connectionFactory,
                                                    ObjectProvider<DatabaseClient> clients) {
            return new R2dbcUserAccountRepository(client(connectionFactory, clients));
        }

        @Bean
        ComponentChoice userStorageChoice() {
            return new ComponentChoice("user storage", IMPLEMENTATION, REASON);
        }
    }

    /** Judged code submissions. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnMissingBean(CodeSubmissionRepository.class)
    static class CodeSubmissionStorage {

        @Bean
        @ConditionalOnMissingBean
        CodeSubmissionRepository codeSubmissionRepository(ConnectionFactory connectionFactory,
                                                          ObjectProvider<DatabaseClient> clients) {
            DatabaseClient db = client(connectionFactory, clients);
            return new R2dbcCodeSubmissionRepository(db, transactions(db));
        }

        @Bean
        ComponentChoice codeSubmissionStorageChoice() {
            return new ComponentChoice("code submission storage", IMPLEMENTATION, REASON);
        }
    }

    /** Practice attempts and notes. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnMissingBean(ProgressRepository.class)
    static class ProgressStorage {

        @Bean
        @ConditionalOnMissingBean
        ProgressRepository progressRepository(ConnectionFactory connectionFactory,
                                              ObjectProvider<DatabaseClient> clients) {
            return new R2dbcProgressRepository(client(connectionFactory, clients));
        }

        @Bean
        ComponentChoice progressStorageChoice() {
            return new ComponentChoice("progress storage", IMPLEMENTATION, REASON);
        }
    }

    /** The spaced-repetition review schedule. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnMissingBean(ReviewItemRepository.class)
    static class ReviewStorage {

        @Bean
        @ConditionalOnMissingBean
        ReviewItemRepository reviewItemRepository(ConnectionFactory connectionFactory,
                                                  ObjectProvider<DatabaseClient> clients) {
            return new R2dbcReviewItemRepository(client(connectionFactory, clients));
        }

        @Bean
        ComponentChoice reviewStorageChoice() {
            return new ComponentChoice("review schedule storage", IMPLEMENTATION, REASON);
        }
    }

    /** The activity log. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnMissingBean(ActivityLog.class)
    static class ActivityStorage {

        @Bean
        @ConditionalOnMissingBean
        ActivityLog activityLog(ConnectionFactory connectionFactory, ObjectProvider<DatabaseClient> clients) {
            return new R2dbcActivityLog(client(connectionFactory, clients), new JsonColumns());
        }

        @Bean
        ComponentChoice activityStorageChoice() {
            return new ComponentChoice("activity log storage", IMPLEMENTATION, REASON);
        }
    }

    /** Weakness evidence. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnMissingBean(EvidenceRepository.class)
    static class EvidenceStorage {

        @Bean
        @ConditionalOnMissingBean
        EvidenceRepository evidenceRepository(ConnectionFactory connectionFactory,
                                              ObjectProvider<DatabaseClient> clients) {
            DatabaseClient db = client(connectionFactory, clients);
            return new R2dbcEvidenceRepository(db, transactions(db));
        }

        @Bean
        ComponentChoice evidenceStorageChoice() {
            return new ComponentChoice("weakness evidence storage", IMPLEMENTATION, REASON);
        }
    }
}
