package dev.maangtracker.boot.mode;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Lets the R2DBC pool recover on the first request after a PostgreSQL outage. The connections pooled before
 * the outage are dead; the pool finds that out when it validates one on acquire and, with Boot's default of
 * one retry, fails the request after two dead ones, so requests kept failing after the database was back
 * until every dead connection had cost one. Defaulting {@code spring.r2dbc.pool.acquire-retry} to the pool
 * size lets one acquire discard them all. An explicit value always wins (this source is added last).
 */
public final class PoolRecoveryEnvironmentPostProcessor implements EnvironmentPostProcessor {

    static final String SOURCE_NAME = "maangR2dbcPoolRecovery";
    static final String ACQUIRE_RETRY = "spring.r2dbc.pool.acquire-retry";
    /** Boot's default {@code spring.r2dbc.pool.max-size}. */
    static final int DEFAULT_MAX_SIZE = 10;

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String r2dbcUrl = environment.getProperty(DeploymentMode.R2DBC_URL);
        if (r2dbcUrl == null || r2dbcUrl.isBlank() || environment.containsProperty(ACQUIRE_RETRY)) {
            return;
        }
        int maxSize = environment.getProperty("spring.r2dbc.pool.max-size", Integer.class, DEFAULT_MAX_SIZE);
        environment.getPropertySources().addLast(new MapPropertySource(SOURCE_NAME,
                Map.of(ACQUIRE_RETRY, Math.max(1, maxSize))));
    }
}
