package dev.maangtracker.app.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The deployment files cannot be run where the build runs (no Docker engine), so their structure
 * is checked here: {@code docker-compose.yml}, {@code .env.example}, {@code .dockerignore} and
 * {@code reference-app/Dockerfile}. {@code scripts/validate-compose.sh} additionally runs
 * {@code docker compose config} where a compose client is installed.
 */
class DockerComposeFileTest {

    /** Instances of the app image that serve HTTP behind the proxy. */
    private static final List<String> APP_INSTANCES = List.of("app-1", "app-2");
    /** Every service built from the app image. */
    private static final List<String> APP_IMAGE_SERVICES = List.of("app-1", "app-2", "judge-worker");
    private static final List<String> SERVICES = List.of("postgres", "redis", "app-1", "app-2", "judge-worker", "proxy");
    /** The apps' management (actuator) port, reachable only on the compose network. */
    private static final String MANAGEMENT_PORT = "8081";

    /** Environment variable names whose values are secrets and must come from {@code .env}. */
    private static final Pattern SECRET_NAME = Pattern.compile(".*(PASSWORD|PASSWD|SECRET|KEY|TOKEN|CREDENTIAL|AUTH).*");

    /** A whole value that is one interpolation: {@code ${VAR}}, {@code ${VAR:?msg}}, {@code ${VAR:-default}}. */
    private static final Pattern WHOLE_REFERENCE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?])(.*))?}");

    private static Path root;
    private static Map<String, Object> compose;
    private static String composeFile;

    @BeforeAll
    static void load() throws IOException {
        root = repositoryRoot();
        Path file = root.resolve("docker-compose.yml");
        assertThat(file).as("docker-compose.yml must exist at the repository root (%s)", root).isRegularFile();
        composeFile = Files.readString(file);
        Object parsed = new Yaml(new SafeConstructor(new LoaderOptions())).load(composeFile);
        assertThat(parsed).as("docker-compose.yml must be a YAML mapping with a top-level 'services' key")
                .isInstanceOf(Map.class);
        compose = map(parsed, "docker-compose.yml");
    }

    @Test
    void declaresPostgresRedisAppInstancesJudgeWorkerAndProxy() {
        assertThat(services().keySet())
                .as("docker-compose.yml must define the services %s under 'services:'", SERVICES)
                .containsAll(SERVICES);
    }

    @Test
    void postgresImageIsPgvector08OnPostgres15AndTheOneTheTestsUse() throws IOException {
        String image = string(service("postgres").get("image"));
        assertThat(image)
                .as("services.postgres.image must be pgvector 0.8 on PostgreSQL 15 (pgvector/pgvector:0.8.x-pg15)")
                .matches("pgvector/pgvector:0\\.8\\.\\d+-pg15");
        assertThat(image)
                .as("services.postgres.image must equal Containers.POSTGRES_IMAGE in test-support, so the "
                        + "Testcontainers tests run against what is deployed: change one to match the other")
                .isEqualTo(testcontainersImage("POSTGRES_IMAGE"));
    }

    @Test
    void redisImageIsTheOneTheTestsUse() throws IOException {
        assertThat(string(service("redis").get("image")))
                .as("services.redis.image must equal Containers.REDIS_IMAGE in test-support, so the "
                        + "Testcontainers tests run against what is deployed: change one to match the other")
                .isEqualTo(testcontainersImage("REDIS_IMAGE"));
    }

    @Test
    void everyServiceHasAHealthcheck() {
        for (String name : SERVICES) {
            Object healthcheck = service(name).get("healthcheck");
            assertThat(healthcheck).as("services.%s needs a 'healthcheck:' (the app waits for service_healthy)", name)
                    .isInstanceOf(Map.class);
            Map<String, Object> check = map(healthcheck, name + ".healthcheck");
            assertThat(check.get("disable")).as("services.%s.healthcheck must not be disabled", name)
                    .isNotEqualTo(Boolean.TRUE);
            String test = healthcheckTest(check);
            assertThat(test).as("services.%s.healthcheck.test must run a command", name)
                    .isNotBlank().doesNotStartWith("NONE");
        }
        assertThat(healthcheckTest(map(service("postgres").get("healthcheck"), "postgres.healthcheck")))
                .as("services.postgres.healthcheck.test should run pg_isready").contains("pg_isready");
        assertThat(healthcheckTest(map(service("redis").get("healthcheck"), "redis.healthcheck")))
                .as("services.redis.healthcheck.test should run 'redis-cli ping'").contains("redis-cli").contains("ping");
        for (String app : APP_IMAGE_SERVICES) {
            assertThat(healthcheckTest(map(service(app).get("healthcheck"), app + ".healthcheck")))
                    .as("services.%s.healthcheck.test should probe readiness on the management port: "
                            + "http://localhost:" + MANAGEMENT_PORT + "/actuator/health/readiness", app)
                    .contains("localhost:" + MANAGEMENT_PORT + "/actuator/health/readiness");
        }
        assertThat(healthcheckTest(map(service("proxy").get("healthcheck"), "proxy.healthcheck")))
                .as("services.proxy.healthcheck.test should probe the apps' readiness through nginx (/readyz)")
                .contains("localhost:8080/readyz");
    }

    @Test
    void appsLogJsonAndServeTheActuatorOnAnUnpublishedManagementPort() throws IOException {
        for (String app : APP_IMAGE_SERVICES) {
            Map<String, String> env = environment(app);
            assertThat(env.get("LOGGING_STRUCTURED_FORMAT_CONSOLE"))
                    .as("services.%s must log JSON: LOGGING_STRUCTURED_FORMAT_CONSOLE=ecs", app).isEqualTo("ecs");
            assertThat(env.get("MANAGEMENT_SERVER_PORT"))
                    .as("services.%s must serve the actuator on its own port: MANAGEMENT_SERVER_PORT=%s", app,
                            MANAGEMENT_PORT).isEqualTo(MANAGEMENT_PORT);
        }
        for (String name : SERVICES) {
            assertThat(strings(service(name).get("ports")))
                    .as("services.%s must not publish the management port %s", name, MANAGEMENT_PORT)
                    .noneSatisfy(port -> assertThat(port).endsWith(":" + MANAGEMENT_PORT));
        }
        assertThat(Files.readString(root.resolve("deploy/nginx/nginx.conf")))
                .as("deploy/nginx/nginx.conf must answer /actuator itself (404), never proxy it")
                .containsPattern("location\\s+/actuator\\s*\\{\\s*return\\s+404;");
    }

    @Test
    void appsWaitForHealthyPostgresAndRedis() {
        for (String app : APP_IMAGE_SERVICES) {
            assertWaitsForHealthy(app, List.of("postgres", "redis"));
        }
        assertWaitsForHealthy("proxy", APP_INSTANCES);
    }

    private static void assertWaitsForHealthy(String service, List<String> dependenciesNeeded) {
        Object dependsOn = service(service).get("depends_on");
        assertThat(dependsOn)
                .as("services.%s.depends_on must be a mapping (long syntax) so it can say 'condition: service_healthy'", service)
                .isInstanceOf(Map.class);
        Map<String, Object> dependencies = map(dependsOn, service + ".depends_on");
        for (String dependency : dependenciesNeeded) {
            assertThat(dependencies).as("services.%s.depends_on must list %s", service, dependency).containsKey(dependency);
            Object condition = dependencies.get(dependency) instanceof Map<?, ?> spec ? spec.get("condition") : null;
            assertThat(condition)
                    .as("services.%s.depends_on.%s.condition must be service_healthy (not only 'started')", service, dependency)
                    .isEqualTo("service_healthy");
        }
    }

    @Test
    void appEnvironmentSwitchesToFullMode() {
        for (String app : APP_IMAGE_SERVICES) {
            assertFullModeEnvironment(environment(app));
        }
    }

    private static void assertFullModeEnvironment(Map<String, String> env) {
        assertThat(env)
                .as("each app service's environment must set the properties that switch the app into full mode")
                .containsKeys("SPRING_R2DBC_URL", "SPRING_LIQUIBASE_URL", "SPRING_DATA_REDIS_HOST");
        String r2dbc = env.get("SPRING_R2DBC_URL");
        String liquibase = env.get("SPRING_LIQUIBASE_URL");
        assertThat(r2dbc).as("SPRING_R2DBC_URL must point at the postgres service: r2dbc:postgresql://postgres:5432/<db>")
                .startsWith("r2dbc:postgresql://postgres:5432/");
        assertThat(liquibase).as("SPRING_LIQUIBASE_URL must point at the postgres service: jdbc:postgresql://postgres:5432/<db>")
                .startsWith("jdbc:postgresql://postgres:5432/");
        assertThat(database(liquibase)).as("SPRING_LIQUIBASE_URL and SPRING_R2DBC_URL must name the same database")
                .isEqualTo(database(r2dbc));
        assertThat(env.get("SPRING_DATA_REDIS_HOST")).as("SPRING_DATA_REDIS_HOST must be the redis service name")
                .isEqualTo("redis");

        Map<String, String> postgres = environment("postgres");
        assertThat(database(r2dbc)).as("the app's database must be the postgres service's POSTGRES_DB")
                .isEqualTo(postgres.get("POSTGRES_DB") == null ? null : "${" + variable(postgres.get("POSTGRES_DB")) + "}");
        for (String key : List.of("SPRING_R2DBC_USERNAME", "SPRING_LIQUIBASE_USER")) {
            assertThat(variable(env.get(key))).as("each app service's environment.%s must use the same variable as "
                    + "services.postgres POSTGRES_USER", key).isEqualTo(variable(postgres.get("POSTGRES_USER")));
        }
        for (String key : List.of("SPRING_R2DBC_PASSWORD", "SPRING_LIQUIBASE_PASSWORD")) {
            assertThat(variable(env.get(key))).as("each app service's environment.%s must use the same variable as "
                    + "services.postgres POSTGRES_PASSWORD", key).isEqualTo(variable(postgres.get("POSTGRES_PASSWORD")));
        }
        String requirePass = argumentAfter(command("redis"), "--requirepass");
        if (requirePass != null) {
            assertThat(variable(env.get("SPRING_DATA_REDIS_PASSWORD")))
                    .as("redis requires a password (--requirepass): each app service's environment.SPRING_DATA_REDIS_PASSWORD "
                            + "must use the same variable")
                    .isEqualTo(variable(requirePass));
        }
    }

    @Test
    void appInstancesAreBuiltFromTheRepositoryRootWithItsDockerfileAndRestart() {
        for (String name : APP_IMAGE_SERVICES) {
            assertBuiltAndRestarts(name);
        }
    }

    @Test
    void onlyTheProxyPublishesAPort() {
        for (String name : services().keySet()) {
            if (!name.equals("proxy")) {
                assertThat(service(name).get("ports"))
                        .as("services.%s must not publish ports: everything goes through the proxy", name).isNull();
            }
        }
        assertThat(strings(service("proxy").get("ports"))).as("services.proxy.ports must publish container port 8080")
                .anySatisfy(port -> assertThat(port).endsWith(":8080"));
    }

    @Test
    void proxyBalancesBothInstancesAndUpgradesWebSockets() throws IOException {
        assertThat(strings(service("proxy").get("volumes")))
                .as("services.proxy must mount deploy/nginx/nginx.conf read-only as /etc/nginx/nginx.conf")
                .contains("./deploy/nginx/nginx.conf:/etc/nginx/nginx.conf:ro");
        String nginx = Files.readString(root.resolve("deploy/nginx/nginx.conf"));
        for (String app : APP_INSTANCES) {
            assertThat(nginx).as("deploy/nginx/nginx.conf must list %s:8080 in its upstream", app)
                    .containsPattern("server\\s+" + Pattern.quote(app) + ":8080");
        }
        assertThat(nginx).as("nginx must pass WebSocket upgrades (HTTP/1.1 with Upgrade and Connection headers)")
                .contains("proxy_http_version 1.1").contains("proxy_set_header Upgrade $http_upgrade")
                .contains("proxy_set_header Connection $connection_upgrade");
        assertThat(nginx).as("nginx must tell the apps the client's address and scheme")
                .contains("X-Forwarded-For").contains("X-Forwarded-Proto");
        assertThat(nginx).as("nginx must replace a client's X-Forwarded-For (the sign-in limit counts per address)")
                .contains("proxy_set_header X-Forwarded-For $remote_addr").doesNotContain("$proxy_add_x_forwarded_for");
    }

    @Test
    void codeIsJudgedOnlyByTheJudgeWorkerThroughTheRedisQueue() {
        for (String app : APP_IMAGE_SERVICES) {
            assertThat(environment(app)).as("services.%s must use the Redis judge queue", app)
                    .containsEntry("MAANG_JUDGE_QUEUE", "redis");
        }
        for (String app : APP_INSTANCES) {
            assertThat(environment(app)).as("services.%s must not run the sandbox (MAANG_JUDGE_WORKER_ENABLED=false)", app)
                    .containsEntry("MAANG_JUDGE_WORKER_ENABLED", "false");
            assertThat(service(app).get("privileged")).as("services.%s must not be privileged", app).isNull();
        }
        assertThat(environment("judge-worker")).as("services.judge-worker must consume the queue and only that")
                .containsEntry("MAANG_JUDGE_WORKER_ENABLED", "true").containsEntry("MAANG_JUDGE_WORKER_ONLY", "true");
    }

    private static void assertBuiltAndRestarts(String name) {
        Map<String, Object> app = service(name);
        assertThat(app.get("build")).as("services.%s.build must be a mapping with context and dockerfile", name)
                .isInstanceOf(Map.class);
        Map<String, Object> build = map(app.get("build"), name + ".build");
        assertThat(string(build.get("context"))).as("services.%s.build.context must be the repository root '.'", name)
                .isIn(".", "./");
        assertThat(string(build.get("dockerfile"))).as("services.%s.build.dockerfile must be reference-app/Dockerfile", name)
                .isEqualTo("reference-app/Dockerfile");
        assertThat(string(app.get("restart"))).as("services.%s.restart should be unless-stopped", name)
                .isEqualTo("unless-stopped");
    }

    @Test
    void everyNamedVolumeIsDeclared() {
        Set<String> declared = compose.get("volumes") instanceof Map<?, ?> volumes
                ? stringKeys(volumes) : Set.of();
        Map<String, String> mounts = new LinkedHashMap<>();
        for (String name : services().keySet()) {
            for (Object volume : list(service(name).get("volumes"))) {
                String source;
                String target;
                if (volume instanceof Map<?, ?> longSyntax) {
                    if (!"volume".equals(longSyntax.get("type"))) {
                        continue;
                    }
                    source = string(longSyntax.get("source"));
                    target = string(longSyntax.get("target"));
                } else {
                    String[] parts = string(volume).split(":");
                    if (parts.length < 2) {
                        continue; // anonymous volume
                    }
                    source = parts[0];
                    target = parts[1];
                }
                if (source.startsWith("/") || source.startsWith(".") || source.startsWith("~") || source.startsWith("$")) {
                    continue; // bind mount
                }
                assertThat(declared)
                        .as("services.%s mounts the named volume '%s': declare it under the top-level 'volumes:'", name, source)
                        .contains(source);
                mounts.put(name + ":" + target, source);
            }
        }
        assertThat(mounts).as("postgres must keep its data in a named volume at /var/lib/postgresql/data")
                .containsKey("postgres:/var/lib/postgresql/data");
        assertThat(mounts).as("redis must keep its append-only file in a named volume at /data")
                .containsKey("redis:/data");
    }

    @Test
    void holdsNoLiteralSecrets() {
        for (String name : services().keySet()) {
            environment(name).forEach((key, value) -> {
                if (SECRET_NAME.matcher(key).matches()) {
                    assertNoLiteralSecret(value, "services." + name + ".environment." + key);
                }
            });
            List<String> command = command(name);
            for (int i = 0; i < command.size(); i++) {
                String argument = command.get(i);
                if (argument.startsWith("--requirepass=")) {
                    assertNoLiteralSecret(argument.substring("--requirepass=".length()), "services." + name + ".command --requirepass");
                } else if (argument.equals("--requirepass") || argument.equals("--masterauth")) {
                    assertThat(i + 1).as("services.%s.command: %s needs a value", name, argument).isLessThan(command.size());
                    assertNoLiteralSecret(command.get(i + 1), "services." + name + ".command " + argument);
                }
            }
        }
    }

    @Test
    void everyReferencedVariableIsListedInEnvExample() throws IOException {
        Map<String, String> example = envExample();
        Set<String> referenced = new LinkedHashSet<>();
        collectVariables(compose, referenced);
        assertThat(referenced).as("docker-compose.yml should read its settings from .env").isNotEmpty();
        assertThat(example.keySet())
                .as(".env.example must list every variable docker-compose.yml references (add the missing ones "
                        + "with an example value and a comment)")
                .containsAll(referenced);
        example.forEach((key, value) -> {
            if (SECRET_NAME.matcher(key).matches()) {
                assertThat(value.isEmpty() || value.toLowerCase().contains("change-me"))
                        .as(".env.example %s must be empty or an obvious placeholder containing 'change-me', not a "
                                + "usable secret (found '%s')", key, value)
                        .isTrue();
            }
        });
    }

    @Test
    void localSecretsStayOutOfGitAndTheBuildContext() throws IOException {
        Path gitignore = root.resolve(".gitignore");
        assertThat(gitignore).as(".gitignore must exist at the repository root").isRegularFile();
        assertThat(lines(gitignore)).as(".gitignore must ignore .env (it holds the real secrets)")
                .anyMatch(line -> line.equals(".env") || line.equals("/.env") || line.equals(".env*"));

        Path dockerignore = root.resolve(".dockerignore");
        assertThat(dockerignore).as(".dockerignore must exist at the repository root (the build context)").isRegularFile();
        List<String> ignored = lines(dockerignore);
        assertThat(ignored).as(".dockerignore must exclude .env so secrets never reach the Docker daemon")
                .anyMatch(line -> line.equals(".env") || line.equals(".env*") || line.equals("**/.env"));
        assertThat(ignored).as(".dockerignore must exclude every module's target/ with a '**/target' pattern "
                + "('target/' alone matches only the root)").anyMatch(line -> line.startsWith("**/target"));
        assertThat(ignored).as(".dockerignore must exclude .git").anyMatch(line -> line.startsWith(".git") && !line.startsWith(".gitignore"));
        assertThat(ignored).as(".dockerignore must not exclude what the Dockerfile copies (mvnw, .mvn, pom.xml)")
                .noneMatch(line -> List.of("mvnw", ".mvn", ".mvn/", "pom.xml", "**/pom.xml").contains(line));
    }

    @Test
    void dockerfileIsMultiStageNonRootAndShipsTheAppJar() throws IOException {
        Path dockerfile = root.resolve("reference-app/Dockerfile");
        assertThat(dockerfile).as("reference-app/Dockerfile must exist (the app services' build.dockerfile)").isRegularFile();
        List<String> instructions = dockerInstructions(Files.readString(dockerfile));

        List<Integer> froms = new ArrayList<>();
        for (int i = 0; i < instructions.size(); i++) {
            if (keyword(instructions.get(i)).equals("FROM")) {
                froms.add(i);
            }
        }
        assertThat(froms).as("reference-app/Dockerfile must be multi-stage: a JDK build stage and a runtime stage "
                + "(at least two FROM lines)").hasSizeGreaterThanOrEqualTo(2);
        List<String> buildStage = instructions.subList(froms.get(0), froms.get(1));
        List<String> finalStage = instructions.subList(froms.get(froms.size() - 1), instructions.size());

        assertThat(argument(buildStage.get(0))).as("the build stage should use eclipse-temurin:17-jdk")
                .startsWith("eclipse-temurin:17-jdk");
        assertThat(buildStage).as("the build stage must build with the wrapper: ./mvnw ... -pl reference-app -am package")
                .anyMatch(line -> keyword(line).equals("RUN") && line.contains("./mvnw") && line.contains("-pl reference-app")
                        && line.contains("-am") && line.contains("package"));
        for (String module : rootPomModules()) {
            assertThat(buildStage)
                    .as("the build stage must COPY the module '%s' listed in the root pom, or the Maven reactor fails", module)
                    .anyMatch(line -> keyword(line).equals("COPY")
                            && Pattern.compile("\\s" + Pattern.quote(module) + "/?\\s").matcher(line + " ").find());
        }

        String runtimeImage = argument(finalStage.get(0));
        assertThat(runtimeImage).as("the runtime stage should use eclipse-temurin:17-jdk: the judge compiles Java "
                + "submissions with the JDK's compiler, which a JRE lacks").startsWith("eclipse-temurin:17-jdk");
        assertThat(runtimeImage)
                .as("the app healthcheck runs curl: keep the Ubuntu-based Temurin image (alpine/ubi variants may lack curl)")
                .doesNotContain("alpine").doesNotContain("ubi");
        assertThat(finalStage).as("the runtime stage must COPY --from=<build stage> the maang-reference-app.jar")
                .anyMatch(line -> keyword(line).equals("COPY") && line.contains("--from=") && line.contains("maang-reference-app.jar"));
        List<String> users = finalStage.stream().filter(line -> keyword(line).equals("USER")).toList();
        assertThat(users).as("the runtime stage must switch to a non-root USER").isNotEmpty();
        String user = argument(users.get(users.size() - 1)).split(":")[0];
        assertThat(user).as("the last USER of the runtime stage must not be root (use a fixed uid, e.g. 10001)")
                .isNotIn("root", "0");
        assertThat(finalStage).as("the runtime stage should EXPOSE 8080, the port compose publishes")
                .anyMatch(line -> keyword(line).equals("EXPOSE") && argument(line).contains("8080"));
        assertThat(finalStage).as("the runtime stage must install the judge's sandbox and runtimes from the distribution's "
                + "packages: bubblewrap, python3 and nodejs (the judge reports itself unavailable without them)")
                .anyMatch(line -> keyword(line).equals("RUN") && line.contains("apt-get install") && line.contains("bubblewrap")
                        && line.contains("python3") && line.contains("nodejs"));
        assertThat(finalStage).as("the runtime stage must set DJL_OFFLINE=true (STACK.md: else DJL probes the network)")
                .anyMatch(line -> keyword(line).equals("ENV") && line.contains("DJL_OFFLINE=true"));
        assertThat(finalStage).as("the runtime stage must start the jar: ENTRYPOINT [\"java\",\"-jar\",\"/app/app.jar\"]")
                .anyMatch(line -> keyword(line).equals("ENTRYPOINT") && line.contains("-jar"));
    }

    // ---- helpers --------------------------------------------------------------------------------

    private static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path candidate = dir; candidate != null; candidate = candidate.getParent()) {
            if (Files.isRegularFile(candidate.resolve("pom.xml")) && Files.isDirectory(candidate.resolve("reference-app"))) {
                return candidate;
            }
        }
        // Surefire runs in the module directory: the repository root is its parent.
        return dir.getParent();
    }

    private static Map<String, Object> services() {
        Object services = compose.get("services");
        assertThat(services).as("docker-compose.yml must have a top-level 'services:' mapping").isInstanceOf(Map.class);
        return map(services, "services");
    }

    private static Map<String, Object> service(String name) {
        Object service = services().get(name);
        assertThat(service).as("docker-compose.yml must define services.%s", name).isInstanceOf(Map.class);
        return map(service, "services." + name);
    }

    /** The environment of a service, from either the mapping or the list ({@code KEY=value}) syntax. */
    private static Map<String, String> environment(String name) {
        Object environment = service(name).get("environment");
        Map<String, String> result = new LinkedHashMap<>();
        if (environment instanceof Map<?, ?> entries) {
            entries.forEach((key, value) -> result.put(String.valueOf(key), value == null ? "" : String.valueOf(value)));
        } else {
            for (Object entry : list(environment)) {
                String text = string(entry);
                int eq = text.indexOf('=');
                result.put(eq < 0 ? text : text.substring(0, eq), eq < 0 ? "" : text.substring(eq + 1));
            }
        }
        return result;
    }

    private static List<String> command(String name) {
        Object command = service(name).get("command");
        if (command == null) {
            return List.of();
        }
        if (command instanceof List<?>) {
            return strings(command);
        }
        return List.of(string(command).trim().split("\\s+"));
    }

    private static String argumentAfter(List<String> arguments, String option) {
        for (int i = 0; i < arguments.size(); i++) {
            if (arguments.get(i).equals(option) && i + 1 < arguments.size()) {
                return arguments.get(i + 1);
            }
            if (arguments.get(i).startsWith(option + "=")) {
                return arguments.get(i).substring(option.length() + 1);
            }
        }
        return null;
    }

    private static String healthcheckTest(Map<String, Object> healthcheck) {
        Object test = healthcheck.get("test");
        return test instanceof List<?> ? String.join(" ", strings(test)) : test == null ? "" : string(test);
    }

    private static void assertNoLiteralSecret(String value, String where) {
        Matcher reference = WHOLE_REFERENCE.matcher(value == null ? "" : value.trim());
        assertThat(reference.matches())
                .as("%s looks like a secret and must be a ${VAR} reference to .env, not a literal value", where)
                .isTrue();
        String operator = reference.group(2);
        if (operator != null && operator.endsWith("-")) {
            assertThat(reference.group(3))
                    .as("%s: a secret must not have a default value (${%s:-...}); use ${%s:?message} or an empty default",
                            where, reference.group(1), reference.group(1))
                    .isEmpty();
        }
    }

    /** The variable a value consisting of one {@code ${VAR...}} reference reads, or the value itself. */
    private static String variable(String value) {
        if (value == null) {
            return null;
        }
        Matcher reference = WHOLE_REFERENCE.matcher(value.trim());
        return reference.matches() ? reference.group(1) : value;
    }

    private static String database(String url) {
        if (url == null) {
            return null;
        }
        String path = url.substring(url.indexOf("//") + 2);
        String database = path.substring(path.indexOf('/') + 1);
        int query = database.indexOf('?');
        return query < 0 ? database : database.substring(0, query);
    }

    /** Collects every variable compose interpolates ({@code $VAR}, {@code ${VAR...}}); {@code $$} is an escape. */
    private static void collectVariables(Object node, Set<String> into) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> {
                collectVariables(key, into);
                collectVariables(value, into);
            });
        } else if (node instanceof List<?> list) {
            list.forEach(item -> collectVariables(item, into));
        } else if (node instanceof String text) {
            for (int i = 0; i < text.length() - 1; i++) {
                if (text.charAt(i) != '$') {
                    continue;
                }
                char next = text.charAt(i + 1);
                if (next == '$') {
                    i++;
                } else if (next == '{') {
                    int end = i + 2;
                    while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_')) {
                        end++;
                    }
                    into.add(text.substring(i + 2, end));
                    i = end - 1;
                } else if (Character.isLetter(next) || next == '_') {
                    int end = i + 1;
                    while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_')) {
                        end++;
                    }
                    into.add(text.substring(i + 1, end));
                    i = end - 1;
                }
            }
        }
    }

    private static Map<String, String> envExample() throws IOException {
        Path file = root.resolve(".env.example");
        assertThat(file).as(".env.example must exist at the repository root, listing every variable compose reads")
                .isRegularFile();
        Map<String, String> result = new LinkedHashMap<>();
        for (String line : lines(file)) {
            String entry = line.startsWith("export ") ? line.substring("export ".length()).trim() : line;
            int eq = entry.indexOf('=');
            if (eq > 0) {
                String value = entry.substring(eq + 1).trim();
                if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                        || value.startsWith("'") && value.endsWith("'"))) {
                    value = value.substring(1, value.length() - 1);
                }
                result.put(entry.substring(0, eq).trim(), value);
            }
        }
        return result;
    }

    private static String testcontainersImage(String constant) throws IOException {
        Path source = root.resolve("test-support/src/main/java/dev/maangtracker/testsupport/Containers.java");
        assertThat(source).as("test-support's Containers.java (Testcontainers images) must exist").isRegularFile();
        Matcher matcher = Pattern.compile("\\b" + constant + "\\s*=\\s*\"([^\"]+)\"").matcher(Files.readString(source));
        if (!matcher.find()) {
            fail("Containers.java must declare %s = \"<image>\" as a string literal (this test reads it)", constant);
        }
        return matcher.group(1);
    }

    private static List<String> rootPomModules() throws IOException {
        Matcher matcher = Pattern.compile("<module>\\s*([^<\\s]+)\\s*</module>").matcher(Files.readString(root.resolve("pom.xml")));
        List<String> modules = new ArrayList<>();
        while (matcher.find()) {
            modules.add(matcher.group(1));
        }
        assertThat(modules).as("the root pom.xml should list its <modules>").isNotEmpty();
        return modules;
    }

    /** Dockerfile instructions, one per entry: comments dropped, continuation lines joined. */
    private static List<String> dockerInstructions(String text) {
        List<String> instructions = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String raw : text.split("\\R")) {
            String line = raw.strip();
            if (line.startsWith("#") || (line.isEmpty() && current.length() == 0)) {
                continue;
            }
            boolean continues = line.endsWith("\\");
            current.append(continues ? line.substring(0, line.length() - 1) : line).append(' ');
            if (!continues) {
                String instruction = current.toString().strip();
                if (!instruction.isEmpty()) {
                    instructions.add(instruction);
                }
                current.setLength(0);
            }
        }
        if (current.length() > 0) {
            instructions.add(current.toString().strip());
        }
        return instructions;
    }

    private static String keyword(String instruction) {
        int space = instruction.indexOf(' ');
        return (space < 0 ? instruction : instruction.substring(0, space)).toUpperCase();
    }

    /** The first argument after the keyword and its --flags (FROM image, USER name, ...). */
    private static String argument(String instruction) {
        String[] words = instruction.split("\\s+");
        for (int i = 1; i < words.length; i++) {
            if (!words[i].startsWith("--")) {
                return words[i];
            }
        }
        return "";
    }

    private static List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file).stream().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value, String what) {
        assertThat(value).as("%s must be a YAML mapping", what).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }

    private static List<?> list(Object value) {
        return value instanceof List<?> list ? list : List.of();
    }

    private static List<String> strings(Object value) {
        return list(value).stream().map(DockerComposeFileTest::string).toList();
    }

    private static Set<String> stringKeys(Map<?, ?> map) {
        Set<String> keys = new LinkedHashSet<>();
        map.keySet().forEach(key -> keys.add(String.valueOf(key)));
        return keys;
    }

    private static String string(Object value) {
        return value == null ? "" : String.valueOf(value);
    }
}
