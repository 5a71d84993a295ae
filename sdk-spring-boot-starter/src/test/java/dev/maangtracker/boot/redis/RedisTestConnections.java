package dev.maangtracker.boot.redis;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.SocketOptions;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.ScanOptions;

/**
 * Connections for Redis tests: each test gets its own random key prefix and removes only its own keys on close
 * (never FLUSHDB: the server is shared).
 */
public final class RedisTestConnections implements AutoCloseable {

    private final List<LettuceConnectionFactory> factories = new ArrayList<>();
    private final String prefix = "maang-test:" + UUID.randomUUID().toString().substring(0, 8) + ":";
    private ReactiveStringRedisTemplate cleanup;

    /** The random prefix of this test's keys. */
    public String prefix() {
        return prefix;
    }

    /** A started connection factory with short timeouts, rejecting commands while disconnected as the starter does. */
    public LettuceConnectionFactory factory(String host, int port) {
        LettuceClientConfiguration client = LettuceClientConfiguration.builder()
                .commandTimeout(Duration.ofSeconds(2))
                .clientOptions(ClientOptions.builder()
                        .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                        .socketOptions(SocketOptions.builder().connectTimeout(Duration.ofMillis(500)).build())
                        .build())
                .build();
        LettuceConnectionFactory factory = new LettuceConnectionFactory(new RedisStandaloneConfiguration(host, port), client);
        factory.afterPropertiesSet();
        factory.start();
        factories.add(factory);
        return factory;
    }

    /** A template on the factory. */
    public ReactiveStringRedisTemplate template(String host, int port) {
        ReactiveStringRedisTemplate template = new ReactiveStringRedisTemplate(factory(host, port));
        if (cleanup == null) {
            cleanup = template;
        }
        return template;
    }

    /** A TCP port nothing listens on. */
    public static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() {
        if (cleanup != null) {
            try {
                cleanup.scan(ScanOptions.scanOptions().match(prefix + "*").count(500).build())
                        .flatMap(key -> cleanup.delete(key)).then().block(Duration.ofSeconds(10));
            } catch (RuntimeException unreachable) {
                // The server the cleanup template points at may be a stopped proxy; its keys expire or die with it.
            }
        }
        factories.forEach(LettuceConnectionFactory::destroy);
    }
}
