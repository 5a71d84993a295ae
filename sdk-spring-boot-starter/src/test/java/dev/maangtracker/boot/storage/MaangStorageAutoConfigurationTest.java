package dev.maangtracker.boot.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maangtracker.boot.interview.CachedInterviewRepository;
import dev.maangtracker.boot.interview.R2dbcInterviewRepository;
import dev.maangtracker.boot.interview.SessionStateCache;
import dev.maangtracker.boot.judge.R2dbcCodeSubmissionRepository;
import dev.maangtracker.boot.startup.ComponentChoice;
import dev.maangtracker.boot.tracker.R2dbcActivityLog;
import dev.maangtracker.boot.tracker.R2dbcEvidenceRepository;
import dev.maangtracker.boot.tracker.R2dbcProgressRepository;
import dev.maangtracker.boot.tracker.R2dbcReviewItemRepository;
import dev.maangtracker.boot.user.R2dbcUserAccountRepository;
import dev.maangtracker.core.interview.InMemoryInterviewRepository;
import dev.maangtracker.core.interview.InterviewRepository;
import dev.maangtracker.core.judge.CodeSubmissionRepository;
import dev.maangtracker.core.user.UserAccountRepository;
import dev.maangtracker.tracker.activity.ActivityLog;
import dev.maangtracker.tracker.progress.ProgressRepository;
import dev.maangtracker.tracker.review.ReviewItemRepository;
import dev.maangtracker.tracker.weakness.EvidenceRepository;
import io.r2dbc.postgresql.PostgresqlConnectionConfiguration;
import io.r2dbc.postgresql.PostgresqlConnectionFactory;
import io.r2dbc.spi.ConnectionFactory;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.r2dbc.autoconfigure.R2dbcAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.r2dbc.core.DatabaseClient;

class MaangStorageAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(MaangStorageAutoConfiguration.class));

    /** A connection factory that is never asked for a connection: creating beans does not connect. */
    private static ConnectionFactory unusedConnectionFactory() {
        return new PostgresqlConnectionFactory(PostgresqlConnectionConfiguration.builder()
                .host("127.0.0.1").port(1).database("none").username("none").build());
    }

    @Test
    void withAConnectionFactoryEveryPortIsStoredInPostgres() {
        runner.withBean(ConnectionFactory.class, MaangStorageAutoConfigurationTest::unusedConnectionFactory)
                .run(context -> {
                    assertThat(context).hasSingleBean(InterviewRepository.class);
                    assertThat(context.getBean(InterviewRepository.class)).isInstanceOf(R2dbcInterviewRepository.class);
                    assertThat(context.getBean(UserAccountRepository.class))
                            .isInstanceOf(R2dbcUserAccountRepository.class);
                    assertThat(context.getBean(CodeSubmissionRepository.class))
                            .isInstanceOf(R2dbcCodeSubmissionRepository.class);
                    assertThat(context.getBean(ProgressRepository.class)).isInstanceOf(R2dbcProgressRepository.class);
                    assertThat(context.getBean(ReviewItemRepository.class))
                            .isInstanceOf(R2dbcReviewItemRepository.class);
                    assertThat(context.getBean(ActivityLog.class)).isInstanceOf(R2dbcActivityLog.class);
                    assertThat(context.getBean(EvidenceRepository.class)).isInstanceOf(R2dbcEvidenceRepository.class);
                    assertThat(context.getBeansOfType(ComponentChoice.class).values())
                            .hasSize(7)
                            .allSatisfy(choice -> assertThat(choice.implementation())
                                    .isEqualTo(MaangStorageAutoConfiguration.IMPLEMENTATION))
                            .extracting(ComponentChoice::component)
                            .contains("interview storage", "user storage", "code submission storage",
                                    "progress storage", "review schedule storage", "activity log storage",
                                    "weakness evidence storage");
                });
    }

    @Test
    void springR2dbcUrlIsEnoughThroughBootsOwnAutoConfiguration() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(R2dbcAutoConfiguration.class,
                        MaangStorageAutoConfiguration.class))
                .withPropertyValues("spring.r2dbc.url=r2dbc:postgresql://127.0.0.1:1/none", "spring.r2dbc.username=none")
                .run(context -> assertThat(context.getBean(InterviewRepository.class))
                        .isInstanceOf(R2dbcInterviewRepository.class));
    }

    @Test
    void withoutAConnectionFactoryNoneOfItsBeansExist() {
        runner.run(context -> {
            assertThat(context).doesNotHaveBean(InterviewRepository.class);
            assertThat(context).doesNotHaveBean(UserAccountRepository.class);
            assertThat(context).doesNotHaveBean(CodeSubmissionRepository.class);
            assertThat(context).doesNotHaveBean(ProgressRepository.class);
            assertThat(context).doesNotHaveBean(ReviewItemRepository.class);
            assertThat(context).doesNotHaveBean(ActivityLog.class);
            assertThat(context).doesNotHaveBean(EvidenceRepository.class);
            assertThat(context).doesNotHaveBean(ComponentChoice.class);
        });
    }

    @Test
    void withoutSpringR2dbcOnTheClasspathNoneOfItsBeansExist() {
        runner.withClassLoader(new FilteredClassLoader(DatabaseClient.class))
                .withBean(ConnectionFactory.class, MaangStorageAutoConfigurationTest::unusedConnectionFactory)
                .run(context -> assertThat(context).doesNotHaveBean(InterviewRepository.class)
                        .doesNotHaveBean(ComponentChoice.class));
    }

    @Test
    void aSessionStateCacheFrontsTheInterviewRepository() {
        runner.withBean(ConnectionFactory.class, MaangStorageAutoConfigurationTest::unusedConnectionFactory)
                .withBean(SessionStateCache.class, SessionStateCache::none)
                .run(context -> {
                    assertThat(context.getBean(InterviewRepository.class))
                            .isInstanceOf(CachedInterviewRepository.class);
                    assertThat(context.getBean("interviewStorageChoice", ComponentChoice.class).implementation())
                            .isEqualTo("R2DBC (PostgreSQL) behind the session cache");
                });
    }

    @Test
    void aUserProvidedRepositoryWinsAndTheOthersStayR2dbc() {
        InMemoryInterviewRepository own = new InMemoryInterviewRepository();
        runner.withBean(ConnectionFactory.class, MaangStorageAutoConfigurationTest::unusedConnectionFactory)
                .withBean(InterviewRepository.class, () -> own)
                .run(context -> {
                    assertThat(context).hasSingleBean(InterviewRepository.class);
                    assertThat(context.getBean(InterviewRepository.class)).isSameAs(own);
                    assertThat(context).doesNotHaveBean("interviewStorageChoice");
                    assertThat(context.getBean(UserAccountRepository.class))
                            .isInstanceOf(R2dbcUserAccountRepository.class);
                    assertThat(context.getBeansOfType(ComponentChoice.class)).hasSize(6);
                });
    }
}
