package dev.maangtracker.app.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.maangtracker.app.ratelimit.RateLimitProperties.Limit;
import dev.maangtracker.core.error.InvalidInputException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** Defaults, partial overrides and invalid values of {@code maang.security.rate-limit.*}. */
class RateLimitPropertiesTest {

    @Test
    void defaultsWhenNothingIsSet() {
        RateLimitProperties properties = bind(Map.of());
        assertThat(properties.api()).isEqualTo(new Limit(120L, Duration.ofMinutes(1)));
        assertThat(properties.loginAccount()).isEqualTo(new Limit(10L, Duration.ofMinutes(1)));
        assertThat(properties.loginIp()).isEqualTo(new Limit(50L, Duration.ofMinutes(1)));
    }

    @Test
    void keepsTheDefaultOfWhatIsNotSet() {
        RateLimitProperties properties = bind(Map.of("maang.security.rate-limit.api.capacity", "600",
                "maang.security.rate-limit.login-ip.period", "10m"));
        assertThat(properties.api()).isEqualTo(new Limit(600L, Duration.ofMinutes(1)));
        assertThat(properties.loginIp()).isEqualTo(new Limit(50L, Duration.ofMinutes(10)));
        assertThat(properties.api().policy("api").capacity()).isEqualTo(600);
    }

    @Test
    void anInvalidLimitNamesItsProperty() {
        assertThatThrownBy(() -> new RateLimitProperties(new Limit(0L, null), null, null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("maang.security.rate-limit.api.capacity");
        assertThatThrownBy(() -> new RateLimitProperties(null, new Limit(5L, Duration.ofDays(2)), null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("maang.security.rate-limit.login-account.period");
    }

    @Test
    void retryAfterRoundsUpToWholeSeconds() {
        assertThat(TooManyRequestsException.seconds(Duration.ofMillis(1))).isEqualTo(1);
        assertThat(TooManyRequestsException.seconds(Duration.ofMillis(1001))).isEqualTo(2);
        assertThat(TooManyRequestsException.seconds(Duration.ZERO)).isEqualTo(1);
        assertThat(TooManyRequestsException.seconds(Duration.ofSeconds(30))).isEqualTo(30);
    }

    private static RateLimitProperties bind(Map<String, String> values) {
        return new Binder(new MapConfigurationPropertySource(values))
                .bindOrCreate("maang.security.rate-limit", RateLimitProperties.class);
    }
}
