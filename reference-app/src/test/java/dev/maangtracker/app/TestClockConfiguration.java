package dev.maangtracker.app;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** A clock the API tests move by hand (token expiry without sleeping); one shared context for them all. */
@TestConfiguration(proxyBeanMethods = false)
public class TestClockConfiguration {

    /** The application's clock in tests. */
    @Bean
    @Primary
    public MutableClock testClock() {
        return new MutableClock(Instant.now());
    }

    /** A clock that stands still until advanced. */
    public static final class MutableClock extends Clock {

        private volatile Instant now;

        MutableClock(Instant start) {
            this.now = start;
        }

        /** Moves time forward. */
        public void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
