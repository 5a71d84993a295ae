package dev.maangtracker.boot.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maangtracker.boot.auth.RefreshTokenRotation.Outcome;
import dev.maangtracker.core.error.InvalidInputException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

/** What every {@link RefreshTokenStore} does; the in-memory and the Redis store both extend it. */
abstract class RefreshTokenStoreContract {

    static final Duration TIMEOUT = Duration.ofSeconds(10);
    static final Duration WEEK = Duration.ofDays(7);

    final UUID alice = UUID.randomUUID();

    abstract RefreshTokenStore store();

    static String token() {
        return "token-" + UUID.randomUUID();
    }

    UUID login(String token) {
        UUID family = UUID.randomUUID();
        store().startFamily(token, alice, family, WEEK).block(TIMEOUT);
        return family;
    }

    RefreshTokenRotation rotate(String presented, String successor) {
        return store().rotate(presented, successor, WEEK).block(TIMEOUT);
    }

    @Test
    void rotatingAnUnknownTokenCompletesEmpty() {
        assertThat(rotate(token(), token())).isNull();
    }

    @Test
    void rotationSpendsTheTokenAndKeepsItsSuccessorLive() {
        String first = token();
        UUID family = login(first);
        String second = token();
        String third = token();

        assertThat(rotate(first, second)).isEqualTo(new RefreshTokenRotation(Outcome.ROTATED, alice, family));
        assertThat(rotate(second, third)).isEqualTo(new RefreshTokenRotation(Outcome.ROTATED, alice, family));
    }

    @Test
    void reusingASpentTokenRevokesTheWholeFamilyNewestTokenIncluded() {
        String first = token();
        UUID family = login(first);
        String second = token();
        rotate(first, second);

        assertThat(rotate(first, token())).isEqualTo(new RefreshTokenRotation(Outcome.REUSED, alice, family));
        assertThat(rotate(second, token())).as("the newest token of the family").isNull();
        assertThat(rotate(first, token())).as("the family is gone, nothing to detect again").isNull();
    }

    @Test
    void reuseInOneFamilyLeavesTheUsersOtherLoginsAlone() {
        String laptop = token();
        String phone = token();
        login(laptop);
        UUID phoneFamily = login(phone);
        rotate(laptop, token());
        rotate(laptop, token());

        assertThat(rotate(phone, token())).isEqualTo(new RefreshTokenRotation(Outcome.ROTATED, alice, phoneFamily));
    }

    @Test
    void revokingAllOfAUserEndsEveryFamilyOfTheUserOnly() {
        String laptop = token();
        String phone = token();
        login(laptop);
        login(phone);
        String laptopNext = token();
        rotate(laptop, laptopNext);
        String bobs = token();
        UUID bob = UUID.randomUUID();
        UUID bobFamily = UUID.randomUUID();
        store().startFamily(bobs, bob, bobFamily, WEEK).block(TIMEOUT);

        assertThat(store().revokeAllOf(alice).block(TIMEOUT)).isEqualTo(2L);
        assertThat(rotate(laptopNext, token())).isNull();
        assertThat(rotate(phone, token())).isNull();
        assertThat(rotate(bobs, token())).isEqualTo(new RefreshTokenRotation(Outcome.ROTATED, bob, bobFamily));
        assertThat(store().revokeAllOf(alice).block(TIMEOUT)).as("nothing left").isZero();
    }

    @Test
    void revokingAFamilyEndsEveryTokenOfIt() {
        String first = token();
        login(first);
        String second = token();
        rotate(first, second);

        assertThat(store().revokeFamilyOf(second).block(TIMEOUT)).isTrue();
        assertThat(rotate(second, token())).isNull();
        assertThat(rotate(first, token())).isNull();
        assertThat(store().revokeFamilyOf(second).block(TIMEOUT)).as("already revoked").isFalse();
        assertThat(store().revokeFamilyOf(token()).block(TIMEOUT)).as("never issued").isFalse();
    }

    @Test
    void ofConcurrentRotationsOfOneTokenExactlyOneSucceeds() throws Exception {
        String first = token();
        login(first);
        int contenders = 8;
        ExecutorService pool = Executors.newFixedThreadPool(contenders);
        try {
            List<Callable<RefreshTokenRotation>> calls = new ArrayList<>();
            for (int i = 0; i < contenders; i++) {
                calls.add(() -> rotate(first, token()));
            }
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<RefreshTokenRotation> result : pool.invokeAll(calls)) {
                RefreshTokenRotation rotation = result.get();
                outcomes.add(rotation == null ? null : rotation.outcome());
            }
            assertThat(outcomes).filteredOn(o -> o == Outcome.ROTATED).hasSize(1);
            assertThat(outcomes).filteredOn(o -> o != Outcome.ROTATED)
                    .as("the first loser detects reuse and revokes; later ones find nothing")
                    .allMatch(o -> o == null || o == Outcome.REUSED)
                    .contains(Outcome.REUSED);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void refusesAnOversizedOrEmptyTokenWithATypedError() {
        StepVerifier.create(store().rotate("x".repeat(RefreshTokenHashes.MAX_TOKEN_LENGTH + 1), token(), WEEK))
                .expectError(InvalidInputException.class).verify(TIMEOUT);
        StepVerifier.create(store().revokeFamilyOf(""))
                .expectError(InvalidInputException.class).verify(TIMEOUT);
        StepVerifier.create(store().startFamily(token(), alice, UUID.randomUUID(), Duration.ZERO))
                .expectError(InvalidInputException.class).verify(TIMEOUT);
    }
}
