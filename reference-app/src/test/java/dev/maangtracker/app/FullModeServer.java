package dev.maangtracker.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maangtracker.boot.judge.queue.RedisStreamsCodeJudge;
import dev.maangtracker.boot.metrics.MeteredCodeJudge;
import dev.maangtracker.core.judge.CodeJudge;
import dev.maangtracker.testsupport.PostgresEndpoint;
import dev.maangtracker.testsupport.RealServices;
import dev.maangtracker.testsupport.RedisEndpoint;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.ScanOptions;

/**
 * The app running in full mode for a test class, on a random port: its own scratch PostgreSQL +
 * pgvector database and Redis under a random key prefix, switched on only by the standard
 * {@code spring.r2dbc.*} and {@code spring.data.redis.*} properties; {@link #close()} removes both.
 */
public final class FullModeServer implements AutoCloseable {

    private final PostgresEndpoint server;
    private final PostgresEndpoint database;
    private final String prefix;
    private final ConfigurableApplicationContext app;

    private FullModeServer(PostgresEndpoint server, PostgresEndpoint database, String prefix,
                           ConfigurableApplicationContext app) {
        this.server = server;
        this.database = database;
        this.prefix = prefix;
        this.app = app;
    }

    /**
     * Starts the app on a new scratch database named after {@code name}.
     *
     * @param extraArguments further {@code --property=value} arguments
     */
    public static FullModeServer start(String name, String... extraArguments) {
        PostgresEndpoint server = RealServices.postgres();
        RedisEndpoint redis = RealServices.redis();
        PostgresEndpoint database = server.createDatabase("app_" + name);
        String prefix = "maang:test:" + name + ":" + UUID.randomUUID() + ":";
        List<String> arguments = new ArrayList<>(List.of(
                "--server.port=0",
                "--spring.r2dbc.url=" + database.r2dbcUrl(),
                "--spring.r2dbc.username=" + database.user(),
                "--spring.r2dbc.password=" + database.password(),
                "--spring.data.redis.host=" + redis.host(),
                "--spring.data.redis.port=" + redis.port(),
                "--maang.redis.key-prefix=" + prefix,
                "--maang.security.redis-key-prefix=" + prefix + "auth:"));
        arguments.addAll(List.of(extraArguments));
        try {
            ConfigurableApplicationContext app = new SpringApplicationBuilder(MaangReferenceApplication.class)
                    .run(arguments.toArray(String[]::new));
            return new FullModeServer(server, database, prefix, app);
        } catch (RuntimeException e) {
            server.dropDatabase(database);
            throw e;
        }
    }

    /** The running application. */
    public ConfigurableApplicationContext app() {
        return app;
    }

    /** The HTTP port it listens on. */
    public int port() {
        return ((WebServerApplicationContext) app).getWebServer().getPort();
    }

    /** The base URL on loopback. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    /** The prefix of every Redis key this app writes. */
    public String prefix() {
        return prefix;
    }

    /**
     * With {@code maang.judge.queue=redis}: waits until this instance's judge worker has sent its
     * first heartbeat (until then the queue judge reports itself unavailable and code answers are
     * evaluated without running).
     */
    public void awaitJudgeWorker() throws InterruptedException {
        RedisStreamsCodeJudge judge = (RedisStreamsCodeJudge) MeteredCodeJudge.unwrap(app.getBean(CodeJudge.class));
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!judge.refreshAvailability().block(Duration.ofSeconds(10)).available()) {
            assertThat(System.nanoTime()).as("a judge worker sends a heartbeat within 60 s").isLessThan(deadline);
            Thread.sleep(250);
        }
    }

    /** Deletes this app's Redis keys, stops it and drops its database. */
    @Override
    public void close() {
        try {
            ReactiveStringRedisTemplate redis = app.getBean(ReactiveStringRedisTemplate.class);
            redis.scan(ScanOptions.scanOptions().match(prefix + "*").build())
                    .flatMap(redis::delete).then().block(Duration.ofSeconds(10));
            app.close();
        } finally {
            server.dropDatabase(database);
        }
    }
}
