package dev.maangtracker.boot.system;

import dev.maangtracker.core.user.UserAccount;
import dev.maangtracker.core.user.UserAccountRepository;
import dev.maangtracker.testsupport.PostgresEndpoint;
import dev.maangtracker.testsupport.RealServices;
import dev.maangtracker.testsupport.RedisEndpoint;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.ScanOptions;

/**
 * Whole application contexts of the starter in full mode, started the way a deployment starts them: a
 * {@code SpringApplication} of a minimal non-web application, switched to PostgreSQL and Redis only by the
 * standard {@code spring.r2dbc.*} and {@code spring.data.redis.*} properties (Liquibase runs through the
 * starter's own wiring). One instance per test class owns a scratch database and a random Redis key prefix;
 * {@link #close()} drops the database and deletes only this prefix's keys.
 */
final class FullModeApp implements AutoCloseable {

    /** How long a test waits for one engine, store or judge call. */
    static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final PostgresEndpoint server = RealServices.postgres();
    private final RedisEndpoint redis = RealServices.redis();
    private final PostgresEndpoint database;
    private final String prefix = "maang-test:" + UUID.randomUUID().toString().substring(0, 8) + ":";
    private final List<ConfigurableApplicationContext> started = new ArrayList<>();
    private ReactiveStringRedisTemplate cleanup;

    FullModeApp(String databasePrefix) {
        this.database = server.createDatabase(databasePrefix);
    }

    /** The scratch database (the real server's address). */
    PostgresEndpoint database() {
        return database;
    }

    /** The real Redis. */
    RedisEndpoint redis() {
        return redis;
    }

    /** This test's Redis key prefix. */
    String prefix() {
        return prefix;
    }

    /** An instance on the real database and Redis. */
    ConfigurableApplicationContext start(String... extra) {
        return start(database.host(), database.port(), redis.host(), redis.port(), extra);
    }

    /**
     * An instance reaching PostgreSQL and Redis at these addresses (a proxy in front of the real ones, for
     * fault tests); {@code extra} are more {@code --name=value} arguments, and {@code sources} more
     * configuration classes.
     */
    ConfigurableApplicationContext start(String dbHost, int dbPort, String redisHost, int redisPort, String[] extra,
                                         Class<?>... sources) {
        PostgresEndpoint at = new PostgresEndpoint(dbHost, dbPort, database.database(), database.user(),
                database.password());
        List<String> args = new ArrayList<>(List.of(
                "--spring.main.web-application-type=none",
                "--spring.main.banner-mode=off",
                "--spring.r2dbc.url=" + at.r2dbcUrl(),
                "--spring.r2dbc.username=" + at.user(),
                "--spring.r2dbc.password=" + at.password(),
                "--spring.data.redis.host=" + redisHost,
                "--spring.data.redis.port=" + redisPort,
                "--maang.redis.key-prefix=" + prefix,
                // Sandbox uids away from the judge ITs of sdk-core (61000+) and the starter's queue IT (63500+).
                "--maang.judge.first-uid=" + (64_000 + 16 * started.size()),
                "--maang.judge.slots=1"));
        args.addAll(List.of(extra));
        Class<?>[] all = new Class<?>[sources.length + 1];
        all[0] = App.class;
        System.arraycopy(sources, 0, all, 1, sources.length);
        ConfigurableApplicationContext context = new SpringApplicationBuilder(all).run(args.toArray(String[]::new));
        started.add(context);
        return context;
    }

    /** Same as {@link #start(String, int, String, int, String[], Class[])} with configuration classes. */
    ConfigurableApplicationContext startWith(Class<?>[] sources, String... extra) {
        return start(database.host(), database.port(), redis.host(), redis.port(), extra, sources);
    }

    /** A Redis template on the real server (not through any proxy), for looking at this test's keys. */
    synchronized ReactiveStringRedisTemplate redisTemplate() {
        if (cleanup == null) {
            LettuceConnectionFactory factory = new LettuceConnectionFactory(redis.host(), redis.port());
            factory.afterPropertiesSet();
            factory.start();
            cleanup = new ReactiveStringRedisTemplate(factory);
        }
        return cleanup;
    }

    /** This test's keys that match {@code <prefix><pattern>}. */
    List<String> keys(String pattern) {
        return redisTemplate().scan(ScanOptions.scanOptions().match(prefix + pattern).count(500).build())
                .collectList().block(TIMEOUT);
    }

    /** Stores a new user through the context's repository (sessions, memories and progress reference it). */
    static UserAccount createUser(ConfigurableApplicationContext context) {
        UserAccount user = UserAccount.create(UUID.randomUUID() + "@example.test", "$2a$10$hash", "Ada",
                Instant.now());
        return context.getBean(UserAccountRepository.class).create(user).block(TIMEOUT);
    }

    @Override
    public void close() {
        for (ConfigurableApplicationContext context : started) {
            if (context.isActive()) {
                context.close();
            }
        }
        ReactiveStringRedisTemplate template = redisTemplate();
        template.scan(ScanOptions.scanOptions().match(prefix + "*").count(500).build())
                .flatMap(template::delete).then().block(TIMEOUT);
        ((LettuceConnectionFactory) template.getConnectionFactory()).destroy();
        server.dropDatabase(database);
    }

    /** The minimal application: the starter's auto-configuration and a millisecond clock. */
    @SpringBootConfiguration(proxyBeanMethods = false)
    @EnableAutoConfiguration
    static class App {

        /** Millisecond instants: what PostgreSQL stores (microseconds) loses nothing of them. */
        @Bean
        Clock clock() {
            return Clock.tick(Clock.systemUTC(), Duration.ofMillis(1));
        }
    }
}
