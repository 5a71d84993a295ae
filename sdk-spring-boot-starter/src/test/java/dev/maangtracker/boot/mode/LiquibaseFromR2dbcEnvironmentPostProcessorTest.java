package dev.maangtracker.boot.mode;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

class LiquibaseFromR2dbcEnvironmentPostProcessorTest {

    private final LiquibaseFromR2dbcEnvironmentPostProcessor processor = new LiquibaseFromR2dbcEnvironmentPostProcessor();

    @Test
    void derivesJdbcUrlAndCredentialsFromR2dbcProperties() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("spring.r2dbc.url", "r2dbc:postgresql://db.internal:5433/maang?sslMode=require")
                .withProperty("spring.r2dbc.username", "app")
                .withProperty("spring.r2dbc.password", "s3cret");
        processor.postProcessEnvironment(environment, new SpringApplication());
        assertThat(environment.getProperty("spring.liquibase.url")).isEqualTo("jdbc:postgresql://db.internal:5433/maang");
        assertThat(environment.getProperty("spring.liquibase.user")).isEqualTo("app");
        assertThat(environment.getProperty("spring.liquibase.password")).isEqualTo("s3cret");
    }

    @Test
    void readsCredentialsInsideThePooledUrl() {
        assertThat(LiquibaseFromR2dbcEnvironmentPostProcessor.derive(
                "r2dbc:pool:postgresql://maang:p%40ss@localhost/maang_test", null, null))
                .containsEntry("spring.liquibase.url", "jdbc:postgresql://localhost/maang_test")
                .containsEntry("spring.liquibase.user", "maang")
                .containsEntry("spring.liquibase.password", "p@ss")
                .hasSize(3);
    }

    @Test
    void explicitLiquibasePropertiesWin() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("spring.r2dbc.url", "r2dbc:postgresql://localhost/app")
                .withProperty("spring.r2dbc.username", "app")
                .withProperty("spring.liquibase.url", "jdbc:postgresql://migrations-host/app")
                .withProperty("spring.liquibase.user", "owner");
        processor.postProcessEnvironment(environment, new SpringApplication());
        assertThat(environment.getProperty("spring.liquibase.url")).isEqualTo("jdbc:postgresql://migrations-host/app");
        assertThat(environment.getProperty("spring.liquibase.user")).isEqualTo("owner");
    }

    @Test
    void leavesOtherDriversAndTheEmbeddedModeAlone() {
        MockEnvironment embedded = new MockEnvironment();
        processor.postProcessEnvironment(embedded, new SpringApplication());
        assertThat(embedded.getPropertySources().contains(LiquibaseFromR2dbcEnvironmentPostProcessor.SOURCE_NAME)).isFalse();
        assertThat(LiquibaseFromR2dbcEnvironmentPostProcessor.derive("r2dbc:h2:mem:///test", "sa", null)).isEmpty();
    }
}
