package dev.maangtracker.app.account;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maangtracker.app.ApiCalls;
import dev.maangtracker.app.ApiClient;
import dev.maangtracker.app.TestClockConfiguration;
import dev.maangtracker.app.TestClockConfiguration.MutableClock;
import dev.maangtracker.boot.auth.RefreshTokenStore;
import dev.maangtracker.core.interview.InterviewEngine;
import dev.maangtracker.core.interview.InterviewRepository;
import dev.maangtracker.core.judge.CodeSubmissionRepository;
import dev.maangtracker.core.user.UserAccountRepository;
import dev.maangtracker.rag.cache.RetrievalCache;
import dev.maangtracker.rag.store.MemoryStore;
import dev.maangtracker.tracker.activity.ActivityLog;
import dev.maangtracker.tracker.progress.ProgressRepository;
import dev.maangtracker.tracker.review.ReviewItemRepository;
import dev.maangtracker.tracker.weakness.EvidenceRepository;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.reactive.server.WebTestClient;

/** {@code GET /me/export} holds all of a user's data, and {@code DELETE /me} leaves none of it in any store. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
@Import(TestClockConfiguration.class)
class AccountDataTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @Autowired
    private WebTestClient client;
    @Autowired
    private MutableClock clock;
    @Autowired
    private InterviewEngine engine;
    @Autowired
    private InterviewRepository interviews;
    @Autowired
    private CodeSubmissionRepository submissions;
    @Autowired
    private UserAccountRepository users;
    @Autowired
    private ProgressRepository progress;
    @Autowired
    private ActivityLog activity;
    @Autowired
    private ReviewItemRepository reviews;
    @Autowired
    private EvidenceRepository evidence;
    @Autowired
    private MemoryStore memories;
    @Autowired
    private RetrievalCache cache;
    @Autowired
    private RefreshTokenStore refreshTokens;

    @Test
    @SuppressWarnings("unchecked")
    void exportHoldsEveryKindOfDataButNoPasswordHashOrEmbedding() {
        SeededUser alice = SeededUser.create(client, engine, submissions, clock);
        byte[] raw = alice.api().call(HttpMethod.GET, "/api/v1/me/export", null).expectStatus().isOk()
                .expectBody().returnResult().getResponseBodyContent();
        String text = new String(raw, StandardCharsets.UTF_8);
        assertThat(text).doesNotContainIgnoringCase("password").doesNotContain("embedding").doesNotContain("$argon2");

        Map<String, Object> export = alice.api().get("/api/v1/me/export");
        assertThat((Map<String, Object>) export.get("account")).containsEntry("id", alice.id().toString());
        Map<String, Object> interview = ((List<Map<String, Object>>) export.get("interviews")).get(0);
        assertThat((Map<String, Object>) interview.get("session")).containsEntry("id", alice.interviewId().toString())
                .containsEntry("status", "COMPLETED").containsKey("report");
        assertThat((List<?>) interview.get("turns")).hasSizeGreaterThanOrEqualTo(2);
        assertThat((List<Map<String, Object>>) export.get("attempts")).extracting(a -> a.get("slug"))
                .containsExactly("two-sum", "number-of-islands", "clone-graph");
        assertThat((List<Map<String, Object>>) export.get("codeSubmissions")).singleElement()
                .satisfies(s -> assertThat(s).containsEntry("problemSlug", "two-sum"));
        // A completed interview may feed the tracker and memory too: what the seeded attempts and note put there
        // must be in the export, whatever else is.
        assertThat((List<Map<String, Object>>) export.get("reviewItems")).extracting(r -> r.get("key"))
                .contains("two-sum", "number-of-islands", "clone-graph", "arrays-hashing", "graphs");
        assertThat((List<Map<String, Object>>) export.get("activity")).extracting(a -> a.get("subject"))
                .contains("two-sum", "number-of-islands", "clone-graph");
        assertThat((List<Map<String, Object>>) export.get("evidence"))
                .filteredOn(e -> ((String) e.get("reference")).startsWith("attempt ")).hasSize(3);
        assertThat((List<Map<String, Object>>) export.get("memories")).extracting(m -> m.get("id"))
                .contains(alice.memoryId());
    }

    @Test
    void deletingTheAccountLeavesNothingOfTheUserInAnyStoreAndKeepsOtherUsersData() {
        SeededUser alice = SeededUser.create(client, engine, submissions, clock);
        SeededUser bob = SeededUser.create(client, engine, submissions, clock);
        UUID id = alice.id();
        // A cached retrieval of the user, as a search leaves it (the retriever's own keys are internal to it).
        cache.put(id, "probe", List.of()).block(TIMEOUT);
        assertThat(cache.get(id, "probe").block(TIMEOUT)).isEmpty();

        alice.api().noContent(HttpMethod.DELETE, "/api/v1/me");

        assertThat(users.findById(id).block(TIMEOUT)).isNull();
        assertThat(interviews.findByUser(id, InterviewRepository.MAX_LIST_LIMIT).collectList().block(TIMEOUT)).isEmpty();
        assertThat(interviews.find(id, alice.interviewId()).block(TIMEOUT)).isNull();
        assertThat(submissions.findByUser(id, CodeSubmissionRepository.MAX_LIST_LIMIT).collectList().block(TIMEOUT))
                .isEmpty();
        assertThat(progress.attempts(id).collectList().block(TIMEOUT)).isEmpty();
        assertThat(activity.findByUser(id).collectList().block(TIMEOUT)).isEmpty();
        assertThat(reviews.findAll(id).collectList().block(TIMEOUT)).isEmpty();
        assertThat(evidence.findByUser(id).collectList().block(TIMEOUT)).isEmpty();
        assertThat(memories.findAll(id).collectList().block(TIMEOUT)).isEmpty();
        assertThat(memories.count(id).block(TIMEOUT)).isZero();
        assertThat(cache.get(id, "probe").block(TIMEOUT)).as("the user's cached retrievals").isNull();
        assertThat(refreshTokens.revokeAllOf(id).block(TIMEOUT)).as("no refresh token family left").isZero();
        new ApiClient(client).refresh(alice.tokens().refresh()).expectStatus().isUnauthorized();
        new ApiClient(client).me(alice.tokens().access()).expectStatus().isUnauthorized();

        ApiCalls stillThere = bob.api();
        stillThere.get("/api/v1/me");
        assertThat((List<?>) stillThere.get("/api/v1/me/export").get("attempts")).hasSize(3);
        assertThat(stillThere.list("/api/v1/memory/search?q=visited cells grid"))
                .extracting(hit -> (Object) ((Map<?, ?>) hit.get("memory")).get("id"))
                .contains(bob.memoryId());
        assertThat(interviews.find(bob.id(), bob.interviewId()).block(TIMEOUT)).isNotNull();
    }
}
