package dev.maangtracker.boot.user;

import static dev.maangtracker.boot.storage.StorageDatabase.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.maangtracker.boot.storage.StorageDatabase;
import dev.maangtracker.core.error.ConflictException;
import dev.maangtracker.core.user.UserAccount;
import dev.maangtracker.core.user.UserAccountRepository;
import dev.maangtracker.core.user.UserAccountRepositoryContract;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

/** The user account contract against the real PostgreSQL, on the Liquibase schema. */
class R2dbcUserAccountRepositoryIT extends UserAccountRepositoryContract {

    private static final Instant T0 = Instant.parse("2026-11-24T09:00:00Z");

    @Override
    protected UserAccountRepository newRepository() {
        return new R2dbcUserAccountRepository(StorageDatabase.shared().client());
    }

    @Test
    void ofConcurrentRegistrationsOfOneEmailInAnyCaseExactlyOneWins() throws Exception {
        UserAccountRepository repository = newRepository();
        String email = "Grace." + UUID.randomUUID() + "@example.test";
        int writers = 6;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Boolean>> outcomes = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            String spelling = i % 2 == 0 ? email : email.toUpperCase();
            outcomes.add(pool.submit(() -> {
                go.await();
                try {
                    repository.create(UserAccount.create(spelling, "$2a$10$hash", null, T0)).block(TIMEOUT);
                    return true;
                } catch (ConflictException e) {
                    assertThat(e).hasMessageContaining("email");
                    return false;
                }
            }));
        }
        go.countDown();
        int wins = 0;
        for (Future<Boolean> outcome : outcomes) {
            wins += outcome.get(30, TimeUnit.SECONDS) ? 1 : 0;
        }
        pool.shutdown();
        assertThat(wins).isEqualTo(1);
        StepVerifier.create(repository.findByEmail(email).map(UserAccount::email)).expectNextCount(1)
                .expectComplete().verify(TIMEOUT);
    }
}
