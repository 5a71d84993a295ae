package dev.maangtracker.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maangtracker.boot.metrics.MeteredRetrievalCache;
import dev.maangtracker.boot.rag.PgVectorMemoryStore;
import dev.maangtracker.boot.rag.RedisRetrievalCache;
import dev.maangtracker.rag.cache.RetrievalCache;
import io.micrometer.core.instrument.MeterRegistry;
import dev.maangtracker.boot.startup.ComponentChoice;
import dev.maangtracker.boot.startup.ComponentReport;
import dev.maangtracker.rag.store.MemoryStore;
import dev.maangtracker.boot.auth.RedisRefreshTokenStore;
import dev.maangtracker.boot.auth.RefreshTokenStore;
import dev.maangtracker.testsupport.PostgresEndpoint;
import dev.maangtracker.testsupport.RealServices;
import dev.maangtracker.testsupport.RedisEndpoint;
import dev.maangtracker.core.interview.CandidateAnswer;
import dev.maangtracker.core.interview.InterviewEngine;
import dev.maangtracker.core.interview.NewInterview;
import dev.maangtracker.core.judge.CodeSubmission;
import dev.maangtracker.core.judge.CodeSubmissionRepository;
import dev.maangtracker.core.judge.JudgeResult;
import dev.maangtracker.core.judge.Language;
import dev.maangtracker.core.judge.TestResult;
import dev.maangtracker.core.judge.Verdict;
import dev.maangtracker.core.question.Difficulty;
import dev.maangtracker.core.question.InterviewMode;
import io.r2dbc.spi.ConnectionFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.ScanOptions;
import org.springframework.http.HttpMethod;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The app in full mode against the real PostgreSQL + pgvector and Redis, switched on the way a
 * deployment does it: only the standard {@code spring.r2dbc.*} and {@code spring.data.redis.*}
 * properties, with Liquibase's JDBC settings derived from them.
 */
class FullModeIT {

    private static final String AUTH_PREFIX = "maang:test:full-mode:" + java.util.UUID.randomUUID() + ":";

    private static PostgresEndpoint server;
    private static PostgresEndpoint database;
    private static ConfigurableApplicationContext app;
    private static WebTestClient client;

    @BeforeAll
    static void startInFullMode() {
        server = RealServices.postgres();
        RedisEndpoint redis = RealServices.redis();
        database = server.createDatabase("app_full_mode");
        app = new SpringApplicationBuilder(MaangReferenceApplication.class).run(
                "--server.port=0",
                "--spring.r2dbc.url=" + database.r2dbcUrl(),
                "--spring.r2dbc.username=" + database.user(),
                "--spring.r2dbc.password=" + database.password(),
                "--spring.data.redis.host=" + redis.host(),
                "--spring.data.redis.port=" + redis.port(),
                "--maang.security.redis-key-prefix=" + AUTH_PREFIX);
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        client = WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port)
                .responseTimeout(Duration.ofSeconds(20)).build();
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            ReactiveStringRedisTemplate redis = app.getBean(ReactiveStringRedisTemplate.class);
            redis.scan(ScanOptions.scanOptions().match(AUTH_PREFIX + "*").build())
                    .flatMap(redis::delete).then().block(Duration.ofSeconds(10));
            app.close();
        }
        if (database != null) {
            server.dropDatabase(database);
        }
    }

    @Test
    void healthIsUpWithDatabaseAndRedisComponents() {
        client.get().uri("/actuator/health").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo("UP")
                .jsonPath("$.components.r2dbc.status").isEqualTo("UP")
                .jsonPath("$.components.redis.status").isEqualTo("UP");
    }

    @Test
    void readinessWaitsForTheDatabaseAndRedisAndLivenessForNeither() {
        client.get().uri("/actuator/health/readiness").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo("UP")
                .jsonPath("$.components.readinessState.status").isEqualTo("UP")
                .jsonPath("$.components.r2dbc.status").isEqualTo("UP")
                .jsonPath("$.components.redis.status").isEqualTo("UP");
        client.get().uri("/actuator/health/liveness").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo("UP")
                .jsonPath("$.components.livenessState.status").isEqualTo("UP")
                .jsonPath("$.components.r2dbc").doesNotExist()
                .jsonPath("$.components.redis").doesNotExist();
    }

    @Test
    void countsRetrievalCacheLookupsOnRedis() {
        assertThat(app.getBean(RetrievalCache.class)).isInstanceOf(RedisRetrievalCache.class);
        MeterRegistry registry = app.getBean(MeterRegistry.class);
        assertThat(registry.get(MeteredRetrievalCache.LOOKUPS).tags("cache", "redis", "result", "miss").counter())
                .isNotNull();
    }

    @Test
    void keepsRefreshTokensInRedisWithRotationAndReuseDetection() {
        assertThat(app.getBean(RefreshTokenStore.class)).isInstanceOf(RedisRefreshTokenStore.class);
        ApiClient api = new ApiClient(client);
        ApiClient.Tokens first = api.newUser();
        String second = (String) api.refresh(first.refresh()).expectStatus().isOk()
                .expectBody(java.util.Map.class).returnResult().getResponseBody().get("refreshToken");
        api.me(first.access()).expectStatus().isOk();
        api.refresh(first.refresh()).expectStatus().isUnauthorized();
        api.refresh(second).expectStatus().isUnauthorized(); // the family is revoked
        Long keys = app.getBean(ReactiveStringRedisTemplate.class)
                .scan(ScanOptions.scanOptions().match(AUTH_PREFIX + "*").build()).count().block(Duration.ofSeconds(10));
        assertThat(keys).as("reuse deleted the family's keys").isZero();
    }

    @Test
    void appliesTheLiquibaseChangelogAtStartUp() {
        DatabaseClient sql = DatabaseClient.create(app.getBean(ConnectionFactory.class));
        Long changeSets = sql.sql("SELECT count(*) FROM databasechangelog").map(row -> row.get(0, Long.class))
                .one().block(Duration.ofSeconds(10));
        String memoriesEmbedding = sql.sql("""
                        SELECT format_type(a.atttypid, a.atttypmod) FROM pg_attribute a
                        WHERE a.attrelid = 'memories'::regclass AND a.attname = 'embedding'""")
                .map(row -> row.get(0, String.class)).one().block(Duration.ofSeconds(10));
        assertThat(changeSets).isPositive();
        assertThat(memoriesEmbedding).isEqualTo("vector(384)");
    }

    @Test
    @SuppressWarnings("unchecked")
    void deletingAnAccountLeavesNoRowInAnyUserTableAndNoRedisKeyOfTheUser() {
        ApiClient.Tokens tokens = new ApiClient(client).newUser();
        ApiCalls api = new ApiCalls(client, tokens.access());
        UUID user = UUID.fromString((String) api.get("/api/v1/me").get("id"));
        api.attempt("two-sum", "SOLVED", 10, 0);
        api.attempt("number-of-islands", "FAILED", 40, 2);
        api.remember("I keep forgetting to mark visited cells in grid searches.");
        assertThat(api.list("/api/v1/memory/search?q=visited cells")).hasSize(1); // a cached retrieval in Redis
        InterviewEngine engine = app.getBean(InterviewEngine.class);
        UUID session = engine.create(user, NewInterview.of(InterviewMode.BEHAVIORAL, Difficulty.MEDIUM))
                .block(Duration.ofSeconds(20)).id();
        engine.start(user, session).block(Duration.ofSeconds(20));
        engine.answer(user, session, CandidateAnswer.of("I led the migration of our billing service in stages, "
                + "measured error rates and rolled back once.")).block(Duration.ofSeconds(20));
        engine.complete(user, session).block(Duration.ofSeconds(20));
        app.getBean(CodeSubmissionRepository.class).save(CodeSubmission.of(user, session, null, "two-sum",
                Language.PYTHON, "print(1)", new JudgeResult(Verdict.ACCEPTED, List.of(new TestResult(0, false,
                        Verdict.ACCEPTED, Duration.ofMillis(5), 1024L)), Optional.empty(), "", Duration.ZERO),
                Instant.now())).block(Duration.ofSeconds(20));
        DatabaseClient sql = DatabaseClient.create(app.getBean(ConnectionFactory.class));
        List<String> userTables = sql.sql("""
                        SELECT table_name FROM information_schema.columns
                        WHERE table_schema = 'public' AND column_name = 'user_id' ORDER BY table_name""")
                .map(row -> row.get(0, String.class)).all().collectList().block(Duration.ofSeconds(10));
        assertThat(rowsOf(sql, userTables, user)).as("the seeded data is there to delete")
                .containsKeys("practice_attempts", "memories", "interview_sessions", "code_submissions",
                        "review_items", "activity_log", "weakness_evidence");
        assertThat(redisKeysOf(user, session)).as("the seeded keys are there to delete").isNotEmpty();

        api.noContent(HttpMethod.DELETE, "/api/v1/me");

        assertThat(rowsOf(sql, userTables, user)).as("rows of the user per table").isEmpty();
        assertThat(sql.sql("SELECT count(*) FROM users WHERE id = :id").bind("id", user)
                .map(row -> row.get(0, Long.class)).one().block(Duration.ofSeconds(10))).isZero();
        assertThat(sql.sql("SELECT count(*) FROM interview_turns WHERE session_id = :id").bind("id", session)
                .map(row -> row.get(0, Long.class)).one().block(Duration.ofSeconds(10))).isZero();
        // What stays is the deleted interview's marker: no data of the user (the value is a fixed word) under the
        // session's random id, expiring with the session cache's TTL; it keeps a read that raced the delete on
        // another instance from caching the session again.
        ReactiveStringRedisTemplate redis = app.getBean(ReactiveStringRedisTemplate.class);
        assertThat(redisKeysOf(user, session)).as("Redis keys of the user").allSatisfy(key -> {
            assertThat(key).endsWith("session:" + session);
            assertThat(redis.opsForValue().get(key).block(Duration.ofSeconds(10))).isEqualTo("deleted");
            assertThat(redis.getExpire(key).block(Duration.ofSeconds(10))).isPositive();
        });
        new ApiClient(client).refresh(tokens.refresh()).expectStatus().isUnauthorized();
    }

    private static java.util.Map<String, Long> rowsOf(DatabaseClient sql, List<String> tables, UUID user) {
        java.util.Map<String, Long> rows = new java.util.TreeMap<>();
        for (String table : tables) {
            Long count = sql.sql("SELECT count(*) FROM " + table + " WHERE user_id = :user").bind("user", user)
                    .map(row -> row.get(0, Long.class)).one().block(Duration.ofSeconds(10));
            if (count != null && count > 0) {
                rows.put(table, count);
            }
        }
        return rows;
    }

    /** Keys naming the user or the session, and refresh-token entries holding the user id. */
    private static List<String> redisKeysOf(UUID user, UUID session) {
        ReactiveStringRedisTemplate redis = app.getBean(ReactiveStringRedisTemplate.class);
        List<String> keys = new java.util.ArrayList<>();
        for (UUID id : List.of(user, session)) {
            keys.addAll(redis.scan(ScanOptions.scanOptions().match("*" + id + "*").count(1000).build())
                    .collectList().block(Duration.ofSeconds(20)));
        }
        redis.scan(ScanOptions.scanOptions().match(AUTH_PREFIX + "token:*").build())
                .filterWhen(key -> redis.opsForValue().get(key).map(value -> value.contains(user.toString()))
                        .defaultIfEmpty(false))
                .collectList().blockOptional(Duration.ofSeconds(20)).ifPresent(keys::addAll);
        return keys;
    }

    @Test
    void keepsMemoriesInPgVectorAndReportsIt() {
        assertThat(app.getBean(MemoryStore.class)).isInstanceOf(PgVectorMemoryStore.class);
        assertThat(app.getBean(ComponentReport.class).choices()).contains(new ComponentChoice("memory store",
                "PostgreSQL + pgvector (R2DBC)", "R2DBC ConnectionFactory bean"));
    }
}
