package dev.maangtracker.boot.system;

import static dev.maangtracker.boot.system.FullModeApp.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.maangtracker.boot.redis.TcpProxy;
import dev.maangtracker.boot.storage.StorageDatabase;
import dev.maangtracker.core.error.UnavailableException;
import dev.maangtracker.core.interview.AnswerResult;
import dev.maangtracker.core.interview.CandidateAnswer;
import dev.maangtracker.core.interview.InterviewEngine;
import dev.maangtracker.core.interview.InterviewSession;
import dev.maangtracker.core.interview.NewInterview;
import dev.maangtracker.core.question.Difficulty;
import dev.maangtracker.core.question.InterviewMode;
import dev.maangtracker.core.user.UserAccount;
import dev.maangtracker.rag.MessageType;
import dev.maangtracker.rag.RetrievedMemory;
import dev.maangtracker.rag.retrieve.MemoryRetriever;
import dev.maangtracker.rag.write.MemoryWriter;
import dev.maangtracker.rag.write.NewMemory;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.test.StepVerifier;

/**
 * One full-mode application context whose PostgreSQL and Redis connections both run through loopback TCP
 * proxies that the tests close (the service looks stopped: connections cut, new ones refused) and reopen.
 * Redis down: interview steps and memory retrieval are still served, the outage is logged once, and the
 * caches are written again when Redis returns. PostgreSQL down: the engine fails with a clear
 * {@link UnavailableException} and, when the database returns, the failed step has written nothing.
 */
@ExtendWith(OutputCaptureExtension.class)
class FaultsIT {

    private static final CandidateAnswer ANSWER = CandidateAnswer.of("Situation: a release broke checkout for a "
            + "tenth of our users. Task: I was on call. Action: I rolled back within ten minutes, wrote the "
            + "incident review and added a canary stage. Result: no repeat since; I learned to ship smaller changes.");
    private static final String QUERY = "canary releases and rollbacks";

    private static FullModeApp app;
    private static TcpProxy postgres;
    private static TcpProxy redis;
    private static ConfigurableApplicationContext context;

    @BeforeAll
    static void behindProxies() throws IOException {
        app = new FullModeApp("faults");
        postgres = new TcpProxy(app.database().host(), app.database().port());
        redis = new TcpProxy(app.redis().host(), app.redis().port());
        context = app.start(postgres.host(), postgres.port(), redis.host(), redis.port(), new String[0]);
    }

    @AfterAll
    static void cleanUp() throws IOException {
        app.close();
        postgres.close();
        redis.close();
    }

    @Test
    void whileRedisIsDownRequestsAreServedAndTheCachesReturnWithIt(CapturedOutput output) throws Exception {
        UserAccount user = FullModeApp.createUser(context);
        InterviewEngine engine = context.getBean(InterviewEngine.class);
        MemoryRetriever retriever = context.getBean(MemoryRetriever.class);
        context.getBean(MemoryWriter.class).remember(new NewMemory(user.id(), null, null, "I added a canary stage "
                + "to our release pipeline after a bad rollout", "devops", MessageType.ANSWER, Instant.now()))
                .block(TIMEOUT);
        InterviewSession session = engine.create(user.id(), NewInterview.of(InterviewMode.BEHAVIORAL,
                Difficulty.EASY)).block(TIMEOUT);
        session = engine.start(user.id(), session.id()).block(TIMEOUT).session();
        List<RetrievedMemory> remembered = retriever.retrieve(user.id(), QUERY).block(TIMEOUT);
        assertThat(remembered).isNotEmpty();
        String sessionKey = app.prefix() + "session:" + session.id();
        assertThat(app.keys("session:" + session.id())).containsExactly(sessionKey);
        assertThat(app.keys("rag:r:" + user.id() + ":*")).isNotEmpty();

        redis.stop();
        try {
            AnswerResult answered = engine.answer(user.id(), session.id(), ANSWER).block(TIMEOUT);
            assertThat(answered.session().version()).isEqualTo(session.version() + 1);
            assertThat(engine.get(user.id(), session.id()).block(TIMEOUT)).isEqualTo(answered.session());
            // Served from the store while the cache is down; the answer just given is remembered too.
            assertThat(memoryIds(retriever.retrieve(user.id(), QUERY).block(TIMEOUT)))
                    .containsAll(memoryIds(remembered));
            assertThat(context.getBean(MemoryWriter.class).remember(new NewMemory(user.id(), null, null, "During "
                    + "the outage I wrote the postmortem", "devops", MessageType.NOTE, Instant.now())).block(TIMEOUT))
                    .as("a memory is written while Redis is down").isNotEmpty();
            assertThat(engine.get(user.id(), session.id()).block(TIMEOUT)).isEqualTo(answered.session());
            session = answered.session();
            // What the cache held before the outage is gone (as after a Redis restart without persistence).
            app.redisTemplate().delete(sessionKey).block(TIMEOUT);
            app.redisTemplate().delete(app.keys("rag:r:" + user.id() + ":*").toArray(String[]::new)).block(TIMEOUT);
        } finally {
            redis.start();
        }
        assertThat(count(output.getOut(), "Redis is unreachable for the interview session cache"))
                .as("the outage is logged once, not per request").isEqualTo(1);

        InterviewSession current = session;
        await("the session and retrieval caches are written again", () -> {
            assertThat(engine.get(user.id(), current.id()).block(TIMEOUT)).isEqualTo(current);
            assertThat(memoryIds(retriever.retrieve(user.id(), QUERY).block(TIMEOUT)))
                    .containsAll(memoryIds(remembered));
            return !app.keys("session:" + current.id()).isEmpty()
                    && !app.keys("rag:r:" + user.id() + ":*").isEmpty();
        });
        assertThat(output.getOut()).contains("Redis is reachable again for the interview session cache");
    }

    @Test
    void whilePostgresIsDownTheEngineFailsClearlyAndWritesNothing() throws Exception {
        UserAccount user = FullModeApp.createUser(context);
        InterviewEngine engine = context.getBean(InterviewEngine.class);
        InterviewSession created = engine.create(user.id(), NewInterview.of(InterviewMode.BEHAVIORAL,
                Difficulty.EASY)).block(TIMEOUT);
        InterviewSession before = engine.start(user.id(), created.id()).block(TIMEOUT).session();
        DatabaseClient direct = DatabaseClient.create(StorageDatabase.connect(app.database()));
        long turnsBefore = turnRows(direct, before.id());

        postgres.stop();
        try {
            StepVerifier.create(engine.answer(user.id(), before.id(), ANSWER))
                    .expectErrorSatisfies(e -> assertThat(e).isInstanceOf(UnavailableException.class)
                            .hasMessageContaining("PostgreSQL is unavailable"))
                    .verify(TIMEOUT);
            StepVerifier.create(engine.create(user.id(), NewInterview.of(InterviewMode.CODING, Difficulty.EASY)))
                    .expectErrorSatisfies(e -> assertThat(e).isInstanceOf(UnavailableException.class)
                            .hasMessageContaining("PostgreSQL is unavailable"))
                    .verify(TIMEOUT);
        } finally {
            postgres.start();
        }

        assertThat(version(direct, before.id())).as("the failed step did not move the session").isEqualTo(
                before.version());
        assertThat(turnRows(direct, before.id())).as("the failed step stored no turn").isEqualTo(turnsBefore);
        // The first requests after the outage are served: the pool drops its dead connections at once.
        assertThat(engine.list(user.id(), 10).collectList().block(TIMEOUT)).containsExactly(before);
        assertThat(engine.answer(user.id(), before.id(), ANSWER).block(TIMEOUT).session().version())
                .isEqualTo(before.version() + 1);
    }

    private static long turnRows(DatabaseClient db, UUID session) {
        return db.sql("SELECT count(*) AS n FROM interview_turns WHERE session_id = :id").bind("id", session)
                .map(row -> row.get("n", Long.class)).one().block(TIMEOUT);
    }

    private static long version(DatabaseClient db, UUID session) {
        return db.sql("SELECT version FROM interview_sessions WHERE id = :id").bind("id", session)
                .map(row -> ((Number) row.get("version")).longValue()).one().block(TIMEOUT);
    }

    private static List<UUID> memoryIds(List<RetrievedMemory> found) {
        return found.stream().map(m -> m.memory().id()).toList();
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length())) {
            n++;
        }
        return n;
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(45).toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("timed out waiting until " + what);
    }
}
