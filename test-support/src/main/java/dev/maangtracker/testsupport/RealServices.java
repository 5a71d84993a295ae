package dev.maangtracker.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.Assumptions;

/**
 * Finds the real PostgreSQL and Redis that integration tests talk to.
 *
 * <p>Addresses come from environment variables with loopback defaults
 * ({@code MAANG_TEST_PG_HOST}, {@code _PORT}, {@code _DATABASE}, {@code _USER}, {@code _PASSWORD};
 * {@code MAANG_TEST_REDIS_HOST}, {@code _PORT}); {@code scripts/services.sh} starts the services
 * and prints them. When a service does not answer: with a Docker engine, Testcontainers starts one;
 * without, the test is skipped with a loud message, except when {@code CI=true}, where a missing
 * service fails the test: CI must prove the code against the real thing.
 */
public final class RealServices {

    private static final Map<String, String> ENV = System.getenv();
    private static volatile PostgresEndpoint postgres;
    private static volatile RedisEndpoint redis;

    private RealServices() {
    }

    /** The PostgreSQL endpoint, checked once per JVM; see the class comment for what happens when it is missing. */
    public static synchronized PostgresEndpoint postgres() {
        if (postgres == null) {
            postgres = resolve("PostgreSQL", configuredPostgres(ENV), RealServices::postgresProblem,
                    Containers::postgres, ENV, Containers::dockerAvailable);
        }
        return postgres;
    }

    /** The Redis endpoint, checked once per JVM; see the class comment for what happens when it is missing. */
    public static synchronized RedisEndpoint redis() {
        if (redis == null) {
            redis = resolve("Redis", configuredRedis(ENV), RealServices::redisProblem,
                    Containers::redis, ENV, Containers::dockerAvailable);
        }
        return redis;
    }

    static PostgresEndpoint configuredPostgres(Map<String, String> env) {
        return new PostgresEndpoint(
                env.getOrDefault("MAANG_TEST_PG_HOST", "127.0.0.1"),
                Integer.parseInt(env.getOrDefault("MAANG_TEST_PG_PORT", "5432")),
                env.getOrDefault("MAANG_TEST_PG_DATABASE", "maang_test"),
                env.getOrDefault("MAANG_TEST_PG_USER", "maang"),
                env.getOrDefault("MAANG_TEST_PG_PASSWORD", "maang"));
    }

    static RedisEndpoint configuredRedis(Map<String, String> env) {
        return new RedisEndpoint(
                env.getOrDefault("MAANG_TEST_REDIS_HOST", "127.0.0.1"),
                Integer.parseInt(env.getOrDefault("MAANG_TEST_REDIS_PORT", "6379")));
    }

    static boolean runningInCi(Map<String, String> env) {
        return "true".equalsIgnoreCase(env.getOrDefault("CI", "").trim());
    }

    /**
     * The configured endpoint if the probe finds no problem; else a container where Docker answers;
     * else, in CI, a failure (CI never skips); else the calling test is aborted (skipped) with a banner.
     */
    static <T> T resolve(String service, T configured, Function<T, Optional<String>> probe,
                         Supplier<T> container, Map<String, String> env, BooleanSupplier dockerAvailable) {
        Optional<String> problem = probe.apply(configured);
        if (problem.isEmpty()) {
            return configured;
        }
        String message = service + " is not usable at " + configured + ": " + problem.get()
                + ". Run 'sudo bash scripts/services.sh' (it installs and starts it) or set the MAANG_TEST_* variables.";
        if (dockerAvailable.getAsBoolean()) {
            System.err.println("[maang-test] " + message + " Starting one with Testcontainers.");
            return container.get();
        }
        if (runningInCi(env)) {
            throw new IllegalStateException("CI=true and " + message);
        }
        System.err.println();
        System.err.println("#".repeat(100));
        System.err.println("# SKIPPING integration test: " + message);
        System.err.println("#".repeat(100));
        System.err.println();
        Assumptions.abort(message);
        throw new AssertionError("unreachable");
    }

    /** Empty when the database answers and offers the vector extension, else what is wrong. */
    static Optional<String> postgresProblem(PostgresEndpoint endpoint) {
        java.sql.DriverManager.setLoginTimeout(5);
        try (Connection connection = endpoint.connect();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT count(*) FROM pg_available_extensions WHERE name = 'vector'")) {
            rows.next();
            return rows.getInt(1) == 1 ? Optional.empty() : Optional.of("the pgvector extension is not installed");
        } catch (SQLException e) {
            return Optional.of(e.getMessage());
        }
    }

    /** Empty when Redis answers PING with PONG, else what is wrong. */
    static Optional<String> redisProblem(RedisEndpoint endpoint) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(endpoint.host(), endpoint.port()), 2_000);
            socket.setSoTimeout(2_000);
            OutputStream out = socket.getOutputStream();
            out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] reply = new byte[7];
            int read = in.readNBytes(reply, 0, reply.length);
            String answer = new String(reply, 0, read, StandardCharsets.US_ASCII);
            return answer.startsWith("+PONG") ? Optional.empty() : Optional.of("answered '" + answer.trim() + "' to PING");
        } catch (IOException e) {
            return Optional.of(e.toString());
        }
    }
}
