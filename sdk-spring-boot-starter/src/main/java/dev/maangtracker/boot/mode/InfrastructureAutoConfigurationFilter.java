package dev.maangtracker.boot.mode;

import org.springframework.boot.autoconfigure.AutoConfigurationImportFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationMetadata;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/**
 * Keeps Spring Boot's R2DBC and Redis auto-configurations out of an application that names no
 * database or Redis server.
 *
 * <p>The starter puts the drivers on the classpath so that full mode is one environment variable
 * away. Left alone, Boot would then fail start-up for want of an R2DBC URL and report Redis on
 * localhost as DOWN; this filter makes the embedded default start with nothing installed.
 */
public final class InfrastructureAutoConfigurationFilter implements AutoConfigurationImportFilter, EnvironmentAware {

    static final String[] R2DBC_PACKAGES = {
            "org.springframework.boot.r2dbc.autoconfigure.",
            "org.springframework.boot.data.r2dbc.autoconfigure."};
    static final String[] REDIS_PACKAGES = {"org.springframework.boot.data.redis.autoconfigure."};

    private DeploymentMode mode = new DeploymentMode(false, false);

    @Override
    public void setEnvironment(Environment environment) {
        this.mode = DeploymentMode.of(environment);
    }

    @Override
    public boolean[] match(String[] autoConfigurationClasses, AutoConfigurationMetadata metadata) {
        boolean[] matches = new boolean[autoConfigurationClasses.length];
        for (int i = 0; i < autoConfigurationClasses.length; i++) {
            String candidate = autoConfigurationClasses[i];
            matches[i] = candidate == null
                    || (mode.postgres() || !inAny(candidate, R2DBC_PACKAGES))
                    && (mode.redis() || !inAny(candidate, REDIS_PACKAGES));
        }
        return matches;
    }

    private static boolean inAny(String className, String[] packages) {
        for (String prefix : packages) {
            if (className.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
