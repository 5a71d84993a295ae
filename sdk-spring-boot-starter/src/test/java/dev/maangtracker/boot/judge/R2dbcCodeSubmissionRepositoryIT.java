package dev.maangtracker.boot.judge;

import static dev.maangtracker.boot.storage.StorageDatabase.TIMEOUT;

import dev.maangtracker.boot.storage.StorageDatabase;
import dev.maangtracker.core.error.NotFoundException;
import dev.maangtracker.core.judge.CodeSubmission;
import dev.maangtracker.core.judge.CodeSubmissionRepository;
import dev.maangtracker.core.judge.CodeSubmissionRepositoryContract;
import dev.maangtracker.core.judge.JudgeResult;
import dev.maangtracker.core.judge.Language;
import dev.maangtracker.core.judge.Verdict;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

/** The code submission contract against the real PostgreSQL, on the Liquibase schema. */
class R2dbcCodeSubmissionRepositoryIT extends CodeSubmissionRepositoryContract {

    private final StorageDatabase database = StorageDatabase.shared();

    @Override
    protected CodeSubmissionRepository newRepository() {
        database.createUser(alice);
        database.createUser(bob);
        return new R2dbcCodeSubmissionRepository(database.client(), database.transactions());
    }

    @Override
    protected UUID newSession(UUID userId) {
        UUID id = UUID.randomUUID();
        database.client().sql("INSERT INTO interview_sessions (id, user_id, mode, difficulty) VALUES (:id, :user, "
                + "'CODING', 'MEDIUM')").bind("id", id).bind("user", userId).fetch().rowsUpdated().block(TIMEOUT);
        return id;
    }

    @Test
    void aSubmissionToAnotherUsersSessionIsNotFoundAndNothingIsWritten() {
        CodeSubmissionRepository repository = new R2dbcCodeSubmissionRepository(database.client(),
                database.transactions());
        UUID bobsSession = newSession(bob);
        JudgeResult result = new JudgeResult(Verdict.COMPILATION_ERROR, List.of(), Optional.empty(), "",
                Duration.ZERO);
        CodeSubmission submission = CodeSubmission.of(alice, bobsSession, null, "two-sum", Language.JAVA, "x",
                result, Instant.parse("2026-11-24T09:00:00Z"));
        StepVerifier.create(repository.save(submission)).expectError(NotFoundException.class).verify(TIMEOUT);
        StepVerifier.create(repository.findByUser(alice, 10)).expectComplete().verify(TIMEOUT);
    }
}
