package dev.maangtracker.app.benchmark;

import dev.maangtracker.app.MaangReferenceApplication;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

/**
 * Load on {@code POST /api/v1/interviews/{id}/answer}: the app in the embedded default (in-memory
 * stores, the offline rubric interviewer) on a random loopback port, the API rate limit raised for
 * the run, then for each concurrency level that many users answer their BEHAVIORAL or HR interview
 * as fast as the server lets them, each user one answer at a time (a closed loop), for a warm-up
 * and a measured window; answers completed inside the window are counted. A user whose interview runs out of questions starts a new one; that time is not an
 * answer's latency. Prints throughput, latency percentiles and errors (any non-2xx response).
 *
 * <p>Arguments (all optional): concurrency levels ({@code 50,200}), warm-up seconds ({@code 10}),
 * measured seconds ({@code 30}). The warm-up must outlast one answer's latency at the highest level
 * so every user is under way when the window opens. The client runs in the app's JVM on the same cores.
 */
public final class AnswerLoadBenchmark {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() { };
    private static final String PASSWORD = "correct horse battery";
    private static final String[] STORIES = {
        "Last year I led the migration of our payment service to Kubernetes. The situation was that deploys took "
            + "two hours and failed every week. My task was to cut the deploy time without downtime. I wrote the "
            + "plan, built a canary pipeline and trained the team. As a result deploys dropped from %d minutes to "
            + "8 minutes and incidents fell by 60 percent.",
        "In my last team two senior engineers disagreed about the database for a new ledger. I set up a one-week "
            + "spike with clear criteria, measured write latency under %d concurrent writers and shared the data. "
            + "We chose PostgreSQL, shipped on time, and both engineers signed off on the decision.",
        "I once shipped a cache change that doubled our error rate for %d minutes. I rolled it back, wrote the "
            + "post-mortem the same day and added a load test to the pipeline. Since then we have had no cache "
            + "incident, and the team adopted the load test for every service.",
    };
    private static final String[] HR_ANSWERS = {
        "I want this role because it matches five years of building payment APIs. I am motivated by ownership "
            + "and measurable impact, and I communicate progress every week with short written updates. My salary "
            + "expectation is in line with the market for a senior engineer, around %d thousand.",
        "My biggest strength is turning vague problems into small shippable steps; my weakness is that I used to "
            + "take on too much alone, so now I ask for help early and delegate. I handle conflict by listening "
            + "first and agreeing on data. I can start in %d weeks.",
        "In five years I want to lead a platform team. I learn by building and by teaching: last quarter I ran %d "
            + "internal workshops on observability. I prefer a hybrid setup and I am flexible about the package.",
    };

    private final WebClient client;

    private AnswerLoadBenchmark(WebClient client) {
        this.client = client;
    }

    /** Runs the benchmark; see the class comment for the arguments. */
    public static void main(String[] args) throws Exception {
        int[] levels = args.length > 0 ? Arrays.stream(args[0].split(",")).mapToInt(Integer::parseInt).toArray()
                : new int[] {50, 200};
        Duration warmUp = Duration.ofSeconds(args.length > 1 ? Long.parseLong(args[1]) : 10);
        Duration measured = Duration.ofSeconds(args.length > 2 ? Long.parseLong(args[2]) : 30);
        int maxUsers = Arrays.stream(levels).max().orElseThrow();

        ConfigurableApplicationContext app = new SpringApplicationBuilder(MaangReferenceApplication.class).run(
                "--server.port=0",
                "--server.address=127.0.0.1",
                // The default (120 a minute per user) would turn the load into 429s: raised for the run.
                "--maang.security.rate-limit.api.capacity=1000000",
                // Every user signs in once from the same loopback address.
                "--maang.security.rate-limit.login-ip.capacity=1000000",
                "--logging.level.root=WARN");
        ConnectionProvider connections = ConnectionProvider.builder("answer-load")
                .maxConnections(maxUsers + 16)
                .pendingAcquireMaxCount(-1)
                .pendingAcquireTimeout(Duration.ofSeconds(60))
                .build();
        try {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            HttpClient http = HttpClient.create(connections).responseTimeout(Duration.ofSeconds(180));
            WebClient client = WebClient.builder().baseUrl("http://127.0.0.1:" + port)
                    .clientConnector(new ReactorClientHttpConnector(http)).build();
            new AnswerLoadBenchmark(client).run(levels, maxUsers, warmUp, measured);
        } finally {
            connections.disposeLater().block(Duration.ofSeconds(10));
            app.close();
        }
    }

    private void run(int[] levels, int maxUsers, Duration warmUp, Duration measured) {
        System.out.printf("%s; machine: %d cores, %s; load average %s%n", Instant.now(),
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version"), loadAverage());
        long setup = System.nanoTime();
        // Sign-ups hash passwords (expensive by design): a few at a time.
        List<LoadUser> users = Flux.range(0, maxUsers)
                .flatMapSequential(i -> newUser(i % 2 == 0 ? "BEHAVIORAL" : "HR"), 8)
                .collectList().block(Duration.ofMinutes(10));
        System.out.printf("%d users signed in, each with a started interview, in %.1f s%n", users.size(),
                (System.nanoTime() - setup) / 1e9);

        long failures = 0;
        for (int level : levels) {
            String before = loadAverage();
            long start = System.nanoTime();
            LoadResult result = new LoadResult(start + warmUp.toNanos(), start + warmUp.toNanos() + measured.toNanos());
            long until = start + warmUp.toNanos() + measured.toNanos();
            Flux.fromIterable(users.subList(0, level))
                        .flatMap(user -> answerUntil(user, until, result), level)
                    .blockLast(measured.plus(warmUp).plusMinutes(5));
            System.out.println(result.report(level) + " | load average " + before + " -> " + loadAverage());
            if (result.errors() > 0) {
                System.out.println("  first error: " + result.firstError());
            }
            failures += result.errors();
        }
        System.out.println(failures == 0 ? "no errors" : failures + " errors");
    }

    /** Answers, one at a time, until {@code until}; starts a new interview when this one is over. */
    private Mono<Void> answerUntil(LoadUser user, long until, LoadResult result) {
        return Mono.defer(() -> System.nanoTime() >= until ? Mono.empty()
                : answer(user, result).then(answerUntil(user, until, result)));
    }

    private Mono<Void> answer(LoadUser user, LoadResult result) {
        long start = System.nanoTime();
        String text = user.nextAnswer();
        return client.post().uri("/api/v1/interviews/{id}/answer", user.interviewId)
                .headers(h -> h.setBearerAuth(user.token))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("answer", text, "durationSeconds", 90))
                .exchangeToMono(response -> bodyOrFailure(response, "answer"))
                .flatMap(body -> {
                    result.answered(start, System.nanoTime());
                    if (Boolean.TRUE.equals(body.get("finished")) || body.get("next") == null) {
                        result.restarted();
                        return startInterview(user).doOnNext(id -> user.interviewId = id).then();
                    }
                    return Mono.empty();
                })
                .onErrorResume(error -> {
                    result.failed(error.getMessage());
                    // Whatever the state of this interview, go on with a new one.
                    return startInterview(user).doOnNext(id -> user.interviewId = id).then()
                            .onErrorResume(again -> {
                                result.failed(again.getMessage());
                                return Mono.empty();
                            });
                });
    }

    private Mono<LoadUser> newUser(String type) {
        String email = "load-" + UUID.randomUUID() + "@example.com";
        return client.post().uri("/api/v1/auth/register").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("email", email, "password", PASSWORD, "fullName", "Load User"))
                .exchangeToMono(response -> bodyOrFailure(response, "register"))
                .then(client.post().uri("/api/v1/auth/login").contentType(MediaType.APPLICATION_JSON)
                        .bodyValue(Map.of("email", email, "password", PASSWORD))
                        .exchangeToMono(response -> bodyOrFailure(response, "login")))
                .map(tokens -> new LoadUser(type, (String) tokens.get("accessToken")))
                .flatMap(user -> startInterview(user).map(id -> {
                    user.interviewId = id;
                    return user;
                }));
    }

    /** Creates and starts an interview of the user's type; its id. */
    private Mono<String> startInterview(LoadUser user) {
        return client.post().uri("/api/v1/interviews").headers(h -> h.setBearerAuth(user.token))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("type", user.type, "difficulty", "MEDIUM", "targetRole", "Backend Engineer"))
                .exchangeToMono(response -> bodyOrFailure(response, "create"))
                .map(created -> (String) created.get("id"))
                .flatMap(id -> client.post().uri("/api/v1/interviews/{id}/start", id)
                        .headers(h -> h.setBearerAuth(user.token))
                        .exchangeToMono(response -> bodyOrFailure(response, "start"))
                        .thenReturn(id));
    }

    private static Mono<Map<String, Object>> bodyOrFailure(ClientResponse response, String call) {
        if (response.statusCode().is2xxSuccessful()) {
            return response.bodyToMono(JSON);
        }
        return response.bodyToMono(String.class).defaultIfEmpty("")
                .flatMap(body -> Mono.error(new IllegalStateException(
                        call + " answered " + response.statusCode().value() + ": " + body)));
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    /** One simulated candidate: a signed-in user with the interview they are answering. */
    private static final class LoadUser {

        private final String type;
        private final String token;
        /** Changed only by this user's own sequential calls. */
        private volatile String interviewId;
        private int answers;

        LoadUser(String type, String token) {
            this.type = type;
            this.token = token;
        }

        /** A different strong answer each time (the numbers change), as real candidates' answers do. */
        String nextAnswer() {
            String[] pool = type.equals("HR") ? HR_ANSWERS : STORIES;
            int n = answers++;
            return String.format(pool[n % pool.length], 3 + n);
        }
    }
}
