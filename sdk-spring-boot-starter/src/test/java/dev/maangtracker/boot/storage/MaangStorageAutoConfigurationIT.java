package dev.maangtracker.boot.storage;

import static dev.maangtracker.boot.storage.StorageDatabase.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.maangtracker.core.interview.InterviewRepository;
import dev.maangtracker.core.interview.InterviewSession;
import dev.maangtracker.core.interview.SessionStatus;
import dev.maangtracker.core.interview.Turn;
import dev.maangtracker.core.interview.TurnKind;
import dev.maangtracker.core.interview.TurnRole;
import dev.maangtracker.core.question.Difficulty;
import dev.maangtracker.core.question.InterviewMode;
import dev.maangtracker.core.user.UserAccount;
import dev.maangtracker.core.user.UserAccountRepository;
import dev.maangtracker.testsupport.PostgresEndpoint;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.r2dbc.autoconfigure.R2dbcAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * Spring Boot's own R2DBC configuration pointed at the real PostgreSQL gives repositories that keep
 * what one application context wrote for the next one (a restart loses nothing).
 */
class MaangStorageAutoConfigurationIT {

    private static final Instant T0 = Instant.parse("2026-11-24T09:00:00Z");

    private final PostgresEndpoint endpoint = StorageDatabase.shared().endpoint();
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(R2dbcAutoConfiguration.class, MaangStorageAutoConfiguration.class))
            .withPropertyValues("spring.r2dbc.url=" + endpoint.r2dbcUrl(), "spring.r2dbc.username=" + endpoint.user(),
                    "spring.r2dbc.password=" + endpoint.password());

    @Test
    void anInterviewWrittenByOneContextIsReadByTheNext() {
        UserAccount user = UserAccount.create(UUID.randomUUID() + "@example.test", "$2a$10$hash", "Ada", T0);
        InterviewSession created = InterviewSession.create(UUID.randomUUID(), user.id(), InterviewMode.SYSTEM_DESIGN,
                Difficulty.HARD, "Acme", "Staff engineer", Duration.ofMinutes(30), T0);
        InterviewSession started = created.toBuilder().status(SessionStatus.IN_PROGRESS)
                .askedQuestionIds(List.of("design-url-shortener")).turnCount(1).startedAt(T0).questionStartedAt(T0)
                .version(1).build();
        Turn question = new Turn(UUID.randomUUID(), created.id(), 1, TurnRole.INTERVIEWER, TurnKind.QUESTION,
                "design-url-shortener", "Design a URL shortener.", null, null, null, null, "rubric", T0);

        runner.run(context -> {
            context.getBean(UserAccountRepository.class).create(user).block(TIMEOUT);
            InterviewRepository interviews = context.getBean(InterviewRepository.class);
            interviews.create(created).block(TIMEOUT);
            interviews.commit(started, List.of(question)).block(TIMEOUT);
        });
        runner.run(context -> {
            InterviewRepository interviews = context.getBean(InterviewRepository.class);
            assertThat(interviews.find(user.id(), created.id()).block(TIMEOUT)).isEqualTo(started);
            assertThat(interviews.turns(user.id(), created.id()).collectList().block(TIMEOUT)).containsExactly(question);
            assertThat(context.getBean(UserAccountRepository.class).findByEmail(user.email()).block(TIMEOUT))
                    .isEqualTo(user);
        });
    }
}
