package dev.maangtracker.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

/** A missing service skips a developer's test loudly but fails CI; a present one is used as configured. */
class RealServicesTest {

    private static final RedisEndpoint NOWHERE = new RedisEndpoint("127.0.0.1", freePort());

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void missingServiceFailsInCiWithoutDocker() {
        assertThatThrownBy(() -> RealServices.resolve("Redis", NOWHERE, RealServices::redisProblem,
                () -> NOWHERE, Map.of("CI", "true"), () -> false))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("CI=true")
                .hasMessageContaining("scripts/services.sh");
    }

    @Test
    void missingServiceSkipsOutsideCiWithoutDocker() {
        assertThatThrownBy(() -> RealServices.resolve("Redis", NOWHERE, RealServices::redisProblem,
                () -> NOWHERE, Map.of(), () -> false))
                .isInstanceOf(TestAbortedException.class)
                .hasMessageContaining("Redis is not usable");
    }

    @Test
    void missingServiceStartsAContainerWhereDockerAnswers() {
        RedisEndpoint container = new RedisEndpoint("container-host", 32768);
        assertThat(RealServices.resolve("Redis", NOWHERE, RealServices::redisProblem,
                () -> container, Map.of("CI", "false"), () -> true)).isSameAs(container);
        assertThat(RealServices.resolve("Redis", NOWHERE, RealServices::redisProblem,
                () -> container, Map.of("CI", "true"), () -> true)).isSameAs(container);
    }

    @Test
    void usableServiceIsUsedAsConfigured() {
        RedisEndpoint configured = new RedisEndpoint("127.0.0.1", 6379);
        assertThat(RealServices.resolve("Redis", configured, endpoint -> Optional.empty(),
                () -> NOWHERE, Map.of("CI", "true"), () -> false)).isSameAs(configured);
    }

    @Test
    void probeReportsARefusedConnection() {
        assertThat(RealServices.redisProblem(NOWHERE)).isPresent();
    }

    @Test
    void readsAddressesFromTheEnvironmentWithLoopbackDefaults() {
        assertThat(RealServices.configuredPostgres(Map.of()))
                .isEqualTo(new PostgresEndpoint("127.0.0.1", 5432, "maang_test", "maang", "maang"));
        assertThat(RealServices.configuredRedis(Map.of("MAANG_TEST_REDIS_PORT", "6380")))
                .isEqualTo(new RedisEndpoint("127.0.0.1", 6380));
    }
}
