package dev.maangtracker.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maangtracker.testsupport.PostgresEndpoint;
import dev.maangtracker.testsupport.RealServices;
import dev.maangtracker.testsupport.RedisEndpoint;
import io.r2dbc.spi.ConnectionFactory;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The app in full mode against the real PostgreSQL + pgvector and Redis, switched on the way a
 * deployment does it: only the standard {@code spring.r2dbc.*} and {@code spring.data.redis.*}
 * properties, with Liquibase's JDBC settings derived from them.
 */
class FullModeIT {

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
                "--spring.data.redis.port=" + redis.port());
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        client = WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port)
                .responseTimeout(Duration.ofSeconds(20)).build();
    }

    @AfterAll
    static void stop() {
        if (app != null) {
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
}
