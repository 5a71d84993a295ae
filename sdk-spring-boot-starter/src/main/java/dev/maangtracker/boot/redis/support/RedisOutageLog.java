package dev.maangtracker.boot.redis.support;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs a Redis outage once when it starts (WARN) and once when it ends (INFO), however many calls fail in
 * between, so a Redis that is down for minutes does not flood the log. One instance per component (cache,
 * limiter, queue) so each says what it falls back to. Thread-safe.
 */
public final class RedisOutageLog {

    private static final Logger LOG = LoggerFactory.getLogger(RedisOutageLog.class);

    private final String component;
    private final String fallback;
    private final AtomicBoolean down = new AtomicBoolean();

    /**
     * @param component what uses Redis, e.g. "interview session cache"
     * @param fallback  what happens meanwhile, e.g. "reads miss and writes are skipped"
     */
    public RedisOutageLog(String component, String fallback) {
        this.component = Objects.requireNonNull(component, "component");
        this.fallback = Objects.requireNonNull(fallback, "fallback");
    }

    /** Records a failed call; logs only the first failure of an outage. */
    public void failed(Throwable error) {
        if (down.compareAndSet(false, true)) {
            LOG.warn("Redis is unreachable for the {} ({}); {} until it returns", component, describe(error), fallback);
        }
    }

    /** Records a successful call; logs the end of an outage once. */
    public void succeeded() {
        if (down.get() && down.compareAndSet(true, false)) {
            LOG.info("Redis is reachable again for the {}", component);
        }
    }

    /** Whether the last call failed. */
    public boolean isDown() {
        return down.get();
    }

    private static String describe(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }
}
