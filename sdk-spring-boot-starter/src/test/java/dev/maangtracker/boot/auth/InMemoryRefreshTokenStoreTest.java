package dev.maangtracker.boot.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The in-memory refresh-token store: the contract, plus expiry on an injected clock. */
class InMemoryRefreshTokenStoreTest extends RefreshTokenStoreContract {

    private final MutableClock clock = new MutableClock();
    private final InMemoryRefreshTokenStore store = new InMemoryRefreshTokenStore(clock);

    @Override
    RefreshTokenStore store() {
        return store;
    }

    @Test
    void anExpiredTokenIsUnknown() {
        String first = token();
        login(first);
        clock.advance(WEEK);
        assertThat(rotate(first, token())).isNull();
    }

    @Test
    void aSpentTokenIsRecognisedUntilItWouldHaveExpired() {
        String first = token();
        login(first);
        clock.advance(Duration.ofDays(6));
        rotate(first, token());
        assertThat(rotate(first, token())).extracting(RefreshTokenRotation::outcome)
                .isEqualTo(RefreshTokenRotation.Outcome.REUSED);
    }

    @Test
    void sweepsExpiredTokensSoMemoryStaysBounded() {
        for (int i = 0; i < InMemoryRefreshTokenStore.SWEEP_EVERY - 1; i++) {
            store.startFamily(token(), alice, UUID.randomUUID(), Duration.ofMinutes(1)).block(TIMEOUT);
        }
        clock.advance(Duration.ofMinutes(2));
        store.startFamily(token(), alice, UUID.randomUUID(), WEEK).block(TIMEOUT);
        assertThat(store.size()).isEqualTo(1);
    }

    /** A clock tests move by hand. */
    static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-01-01T00:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
