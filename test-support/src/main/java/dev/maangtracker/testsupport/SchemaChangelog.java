package dev.maangtracker.testsupport;

import java.util.Map;
import java.util.function.UnaryOperator;
import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.command.core.RollbackCountCommandStep;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DatabaseChangelogCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.resource.ClassLoaderResourceAccessor;

/**
 * Runs the module's master changelog against a database through Liquibase 5's command API, the way
 * Spring Boot and the Liquibase CLI run it.
 */
public final class SchemaChangelog {

    /** Classpath location of the master changelog, also Spring Boot's default {@code spring.liquibase.change-log}. */
    public static final String MASTER = "db/changelog/db.changelog-master.yaml";

    private SchemaChangelog() {
    }

    /** Applies every pending change set. */
    public static void update(PostgresEndpoint database) {
        run(database, UpdateCommandStep.COMMAND_NAME, scope -> scope);
    }

    /** Rolls back the {@code count} most recently applied change sets. */
    public static void rollbackCount(PostgresEndpoint database, int count) {
        run(database, RollbackCountCommandStep.COMMAND_NAME,
                scope -> scope.addArgumentValue(RollbackCountCommandStep.COUNT_ARG, count));
    }

    private static void run(PostgresEndpoint database, String[] command, UnaryOperator<CommandScope> arguments) {
        Map<String, Object> scopeValues = Map.of(
                Scope.Attr.resourceAccessor.name(), new ClassLoaderResourceAccessor(SchemaChangelog.class.getClassLoader()),
                // Tests must not phone home (Liquibase 5 sends usage analytics unless told not to).
                "liquibase.analytics.enabled", Boolean.FALSE);
        try {
            Scope.child(scopeValues, () -> arguments.apply(new CommandScope(command)
                            .addArgumentValue(DbUrlConnectionArgumentsCommandStep.URL_ARG, database.jdbcUrl())
                            .addArgumentValue(DbUrlConnectionArgumentsCommandStep.USERNAME_ARG, database.user())
                            .addArgumentValue(DbUrlConnectionArgumentsCommandStep.PASSWORD_ARG, database.password())
                            .addArgumentValue(DatabaseChangelogCommandStep.CHANGELOG_FILE_ARG, MASTER))
                    .execute());
        } catch (Exception e) {
            throw new IllegalStateException("Liquibase " + String.join(" ", command) + " failed on " + database.jdbcUrl(), e);
        }
    }
}
