package dev.maangtracker.boot.mode;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Derives {@code spring.liquibase.url}, {@code .user} and {@code .password} from
 * {@code spring.r2dbc.*} when they are not set, so one {@code SPRING_R2DBC_URL} both connects the
 * application and migrates its schema (Liquibase speaks JDBC only). Explicit Liquibase properties
 * always win: the derived values are added last, below every other property source.
 */
public final class LiquibaseFromR2dbcEnvironmentPostProcessor implements EnvironmentPostProcessor {

    static final String SOURCE_NAME = "maangLiquibaseFromR2dbc";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String r2dbcUrl = environment.getProperty(DeploymentMode.R2DBC_URL);
        if (r2dbcUrl == null || r2dbcUrl.isBlank()) {
            return;
        }
        Map<String, Object> derived = derive(r2dbcUrl,
                environment.getProperty("spring.r2dbc.username"), environment.getProperty("spring.r2dbc.password"));
        derived.keySet().removeIf(environment::containsProperty);
        if (!derived.isEmpty()) {
            environment.getPropertySources().addLast(new MapPropertySource(SOURCE_NAME, derived));
        }
    }

    /**
     * Maps an R2DBC PostgreSQL URL (credentials possibly inside it, pool or driver prefixes
     * allowed) to the equivalent JDBC URL and credentials. Returns an empty map for other drivers.
     */
    static Map<String, Object> derive(String r2dbcUrl, String username, String password) {
        Map<String, Object> derived = new LinkedHashMap<>();
        // r2dbc:pool:postgresql://... and r2dbc:postgresql://... name the same server.
        String rest = r2dbcUrl.trim().replaceFirst("^r2dbc:(pool:)?", "");
        if (!rest.startsWith("postgresql://") && !rest.startsWith("postgres://")) {
            return derived;
        }
        URI uri = URI.create(rest);
        String user = username;
        String secret = password;
        if (uri.getRawUserInfo() != null) {
            String[] parts = uri.getRawUserInfo().split(":", 2);
            user = user != null ? user : decode(parts[0]);
            secret = secret != null ? secret : parts.length > 1 ? decode(parts[1]) : null;
        }
        StringBuilder jdbc = new StringBuilder("jdbc:postgresql://").append(uri.getHost());
        if (uri.getPort() > 0) {
            jdbc.append(':').append(uri.getPort());
        }
        jdbc.append(uri.getRawPath() == null ? "/" : uri.getRawPath());
        derived.put("spring.liquibase.url", jdbc.toString());
        if (user != null) {
            derived.put("spring.liquibase.user", user);
        }
        if (secret != null) {
            derived.put("spring.liquibase.password", secret);
        }
        return derived;
    }

    private static String decode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }
}
