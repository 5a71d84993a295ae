package dev.maangtracker.testsupport;

/**
 * Where a real Redis listens.
 *
 * @param host host name or address, loopback by default
 * @param port TCP port
 */
public record RedisEndpoint(String host, int port) {

    /** The URL form {@code spring.data.redis.url} takes. */
    public String url() {
        return "redis://" + host + ":" + port;
    }
}
