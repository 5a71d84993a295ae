package dev.maangtracker.boot.mode;

import org.springframework.core.env.Environment;

/**
 * Which infrastructure the application is configured for. The standard Spring Boot properties
 * decide, so {@code SPRING_R2DBC_URL} or {@code SPRING_DATA_REDIS_HOST} in the environment switch a
 * component to its full implementation; without them the embedded default (in-memory, in-process)
 * serves.
 *
 * @param postgres whether {@code spring.r2dbc.url} names a database
 * @param redis    whether a Redis server is named ({@code spring.data.redis.url}, {@code .host},
 *                 {@code .sentinel.nodes} or {@code .cluster.nodes})
 */
public record DeploymentMode(boolean postgres, boolean redis) {

    /** The property whose presence selects PostgreSQL storage. */
    public static final String R2DBC_URL = "spring.r2dbc.url";

    private static final String[] REDIS_PROPERTIES = {
            "spring.data.redis.url", "spring.data.redis.host",
            "spring.data.redis.sentinel.nodes", "spring.data.redis.cluster.nodes"};

    /** Reads the mode from the environment. */
    public static DeploymentMode of(Environment environment) {
        boolean redis = false;
        for (String property : REDIS_PROPERTIES) {
            redis |= hasText(environment.getProperty(property));
        }
        return new DeploymentMode(hasText(environment.getProperty(R2DBC_URL)), redis);
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}
