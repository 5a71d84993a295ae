package dev.maangtracker.core.user;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maangtracker.core.error.ConflictException;
import dev.maangtracker.core.error.NotFoundException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

/**
 * The behaviour every {@link UserAccountRepository} shares. The in-memory implementation and the
 * R2DBC one in the starter both extend this class.
 */
public abstract class UserAccountRepositoryContract {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final Instant T0 = Instant.parse("2026-11-24T09:00:00Z");

    private UserAccountRepository repository;

    /** A fresh repository for each test; emails are random so a shared database is fine. */
    protected abstract UserAccountRepository newRepository();

    @BeforeEach
    void setUp() {
        repository = newRepository();
    }

    private static String randomEmail() {
        return "Ada." + UUID.randomUUID() + "@Example.test";
    }

    private static UserAccount account(String email) {
        return new UserAccount(UUID.randomUUID(), email, "$2a$10$hash", "Ada Lovelace", ZoneId.of("Europe/London"),
                Set.of(Role.USER, Role.ADMIN), T0, T0, 0);
    }

    @Test
    void findsACreatedAccountByIdWithEveryField() {
        UserAccount account = account(randomEmail());
        StepVerifier.create(repository.create(account)).expectNext(account).expectComplete().verify(TIMEOUT);
        StepVerifier.create(repository.findById(account.id())).expectNext(account).expectComplete().verify(TIMEOUT);
        StepVerifier.create(repository.findById(UUID.randomUUID())).expectComplete().verify(TIMEOUT);
    }

    @Test
    void findsByEmailInAnyCase() {
        String email = randomEmail();
        UserAccount account = account(email);
        repository.create(account).block(TIMEOUT);
        StepVerifier.create(repository.findByEmail(email.toUpperCase())).expectNext(account).expectComplete()
                .verify(TIMEOUT);
        StepVerifier.create(repository.findByEmail(" " + email.toLowerCase() + " ")).expectNext(account)
                .expectComplete().verify(TIMEOUT);
        StepVerifier.create(repository.findByEmail(randomEmail())).expectComplete().verify(TIMEOUT);
    }

    @Test
    void rejectsATakenEmailEvenInAnotherCase() {
        String email = randomEmail();
        UserAccount first = account(email);
        repository.create(first).block(TIMEOUT);
        StepVerifier.create(repository.create(account(email))).expectError(ConflictException.class).verify(TIMEOUT);
        StepVerifier.create(repository.create(account(email.toLowerCase()))).expectError(ConflictException.class)
                .verify(TIMEOUT);
        StepVerifier.create(repository.findByEmail(email)).expectNext(first).expectComplete().verify(TIMEOUT);
    }

    @Test
    void updatesWithTheNextVersion() {
        UserAccount account = account(randomEmail());
        repository.create(account).block(TIMEOUT);
        UserAccount next = account.withChanges("Ada King", ZoneId.of("Asia/Tokyo"), "$2a$10$other",
                T0.plusSeconds(60));
        StepVerifier.create(repository.update(next)).expectNext(next).expectComplete().verify(TIMEOUT);
        StepVerifier.create(repository.findById(account.id())).expectNext(next).expectComplete().verify(TIMEOUT);
    }

    @Test
    void rejectsAStaleVersionAndKeepsTheStoredAccount() {
        UserAccount account = account(randomEmail());
        repository.create(account).block(TIMEOUT);
        UserAccount first = account.withChanges("First", null, null, T0.plusSeconds(1));
        repository.update(first).block(TIMEOUT);
        UserAccount stale = account.withChanges("Second", null, null, T0.plusSeconds(2));
        StepVerifier.create(repository.update(stale)).expectError(ConflictException.class).verify(TIMEOUT);
        StepVerifier.create(repository.findById(account.id())).expectNext(first).expectComplete().verify(TIMEOUT);
    }

    @Test
    void updatingAMissingAccountIsNotFound() {
        UserAccount missing = account(randomEmail()).withChanges("Nobody", null, null, T0);
        StepVerifier.create(repository.update(missing)).expectError(NotFoundException.class).verify(TIMEOUT);
    }

    @Test
    void deletesAnAccountAndFreesItsEmail() {
        String email = randomEmail();
        UserAccount account = account(email);
        repository.create(account).block(TIMEOUT);
        StepVerifier.create(repository.delete(account.id())).expectNext(true).expectComplete().verify(TIMEOUT);
        StepVerifier.create(repository.delete(account.id())).expectNext(false).expectComplete().verify(TIMEOUT);
        StepVerifier.create(repository.findById(account.id())).expectComplete().verify(TIMEOUT);
        StepVerifier.create(repository.findByEmail(email)).expectComplete().verify(TIMEOUT);
        UserAccount again = account(email);
        StepVerifier.create(repository.create(again)).expectNext(again).expectComplete().verify(TIMEOUT);
    }
}
