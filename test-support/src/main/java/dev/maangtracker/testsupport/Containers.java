package dev.maangtracker.testsupport;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * Testcontainers fall-backs, used only where a Docker engine answers. The images match
 * {@code docker-compose.yml}, so a developer with Docker tests what is deployed.
 */
final class Containers {

    static final String POSTGRES_IMAGE = "pgvector/pgvector:0.8.0-pg15";
    static final String REDIS_IMAGE = "redis:7.0";

    private Containers() {
    }

    static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    @SuppressWarnings("resource") // lives as long as the test JVM; Testcontainers' reaper removes it
    static PostgresEndpoint postgres() {
        PostgreSQLContainer container = new PostgreSQLContainer(
                DockerImageName.parse(POSTGRES_IMAGE).asCompatibleSubstituteFor("postgres"))
                .withDatabaseName("maang_test").withUsername("maang").withPassword("maang");
        container.start();
        return new PostgresEndpoint(container.getHost(), container.getMappedPort(5432), "maang_test", "maang", "maang");
    }

    @SuppressWarnings("resource")
    static RedisEndpoint redis() {
        GenericContainer<?> container = new GenericContainer<>(DockerImageName.parse(REDIS_IMAGE)).withExposedPorts(6379);
        container.start();
        return new RedisEndpoint(container.getHost(), container.getMappedPort(6379));
    }
}
