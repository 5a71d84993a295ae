package dev.maangtracker.boot.mode;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class InfrastructureAutoConfigurationFilterTest {

    private static final String[] CANDIDATES = {
            "org.springframework.boot.r2dbc.autoconfigure.R2dbcAutoConfiguration",
            "org.springframework.boot.data.r2dbc.autoconfigure.DataR2dbcAutoConfiguration",
            "org.springframework.boot.data.redis.autoconfigure.DataRedisReactiveAutoConfiguration",
            "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration",
            null};

    private static boolean[] match(MockEnvironment environment) {
        InfrastructureAutoConfigurationFilter filter = new InfrastructureAutoConfigurationFilter();
        filter.setEnvironment(environment);
        return filter.match(CANDIDATES, null);
    }

    @Test
    void embeddedDefaultDropsDatabaseAndRedisAutoConfiguration() {
        assertThat(match(new MockEnvironment())).containsExactly(false, false, false, true, true);
    }

    @Test
    void r2dbcUrlKeepsDatabaseAutoConfiguration() {
        assertThat(match(new MockEnvironment().withProperty("spring.r2dbc.url", "r2dbc:postgresql://localhost/app")))
                .containsExactly(true, true, false, true, true);
    }

    @Test
    void redisHostOrUrlKeepsRedisAutoConfiguration() {
        assertThat(match(new MockEnvironment().withProperty("spring.data.redis.host", "cache")))
                .containsExactly(false, false, true, true, true);
        assertThat(match(new MockEnvironment().withProperty("spring.data.redis.url", "redis://cache:6379")))
                .containsExactly(false, false, true, true, true);
    }

    @Test
    void blankPropertiesCountAsUnset() {
        assertThat(match(new MockEnvironment().withProperty("spring.r2dbc.url", " ")
                .withProperty("spring.data.redis.host", "")))
                .containsExactly(false, false, false, true, true);
    }
}
