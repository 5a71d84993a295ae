package dev.maangtracker.boot.mode;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

class PoolRecoveryEnvironmentPostProcessorTest {

    private final PoolRecoveryEnvironmentPostProcessor processor = new PoolRecoveryEnvironmentPostProcessor();

    @Test
    void retriesAcquiringAsOftenAsThePoolHasConnections() {
        MockEnvironment environment = new MockEnvironment().withProperty("spring.r2dbc.url", "r2dbc:postgresql://db/app");
        processor.postProcessEnvironment(environment, new SpringApplication());
        assertThat(environment.getProperty("spring.r2dbc.pool.acquire-retry")).isEqualTo("10");

        MockEnvironment larger = new MockEnvironment().withProperty("spring.r2dbc.url", "r2dbc:postgresql://db/app")
                .withProperty("spring.r2dbc.pool.max-size", "25");
        processor.postProcessEnvironment(larger, new SpringApplication());
        assertThat(larger.getProperty("spring.r2dbc.pool.acquire-retry")).isEqualTo("25");
    }

    @Test
    void anExplicitValueWinsAndTheEmbeddedModeIsLeftAlone() {
        MockEnvironment explicit = new MockEnvironment().withProperty("spring.r2dbc.url", "r2dbc:postgresql://db/app")
                .withProperty("spring.r2dbc.pool.acquire-retry", "2");
        processor.postProcessEnvironment(explicit, new SpringApplication());
        assertThat(explicit.getProperty("spring.r2dbc.pool.acquire-retry")).isEqualTo("2");

        MockEnvironment embedded = new MockEnvironment();
        processor.postProcessEnvironment(embedded, new SpringApplication());
        assertThat(embedded.getPropertySources().contains(PoolRecoveryEnvironmentPostProcessor.SOURCE_NAME)).isFalse();
    }
}
