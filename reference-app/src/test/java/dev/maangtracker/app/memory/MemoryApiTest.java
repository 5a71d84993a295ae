package dev.maangtracker.app.memory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maangtracker.app.ApiCalls;
import dev.maangtracker.app.ApiClient;
import dev.maangtracker.app.TestClockConfiguration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The memory endpoints in the embedded mode (local embeddings, in-memory store and cache). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
@Import(TestClockConfiguration.class)
class MemoryApiTest {

    @Autowired
    private WebTestClient client;

    private ApiCalls alice;
    private ApiCalls bob;

    @BeforeEach
    void signIn() {
        ApiClient auth = new ApiClient(client);
        alice = new ApiCalls(client, auth.newUser().access());
        bob = new ApiCalls(client, auth.newUser().access());
    }

    @SuppressWarnings("unchecked")
    private static String id(Map<String, Object> stored) {
        List<Map<String, Object>> memories = (List<Map<String, Object>>) stored.get("memories");
        assertThat(memories).hasSize(1);
        return (String) memories.get(0).get("id");
    }

    @Test
    @SuppressWarnings("unchecked")
    void remembersAndFindsANoteWithScoreAndReason() {
        Map<String, Object> stored = alice.remember("I solved number of islands with a breadth-first search over the grid.");
        Map<String, Object> memory = ((List<Map<String, Object>>) stored.get("memories")).get(0);
        assertThat(memory).containsEntry("topic", "graphs").containsEntry("messageType", "NOTE")
                .doesNotContainKey("embedding");
        alice.remember("My favourite database is PostgreSQL because of its extensions.");

        List<Map<String, Object>> hits = alice.list("/api/v1/memory/search?q=breadth-first search grid&k=1");
        assertThat(hits).hasSize(1);
        assertThat(hits.get(0)).containsKeys("score", "similarity", "denseRank", "lexicalRank");
        assertThat((String) hits.get(0).get("reason")).isNotBlank();
        assertThat((Map<String, Object>) hits.get(0).get("memory")).containsEntry("id", memory.get("id"));
    }

    @Test
    void memoriesOfOneUserNeverAppearForAnother() {
        String id = id(alice.remember("Alice's secret: she practises dynamic programming every morning."));
        assertThat(bob.list("/api/v1/memory/search?q=dynamic programming morning&k=50")).isEmpty();
        bob.call(HttpMethod.DELETE, "/api/v1/memory/" + id, null).expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        bob.noContent(HttpMethod.DELETE, "/api/v1/memory");
        assertThat(alice.list("/api/v1/memory/search?q=dynamic programming morning")).hasSize(1);
    }

    @Test
    void forgetsOneMemoryAndThenAll() {
        String first = id(alice.remember("Heaps give the k largest elements in n log k."));
        alice.remember("Tries store prefixes of words for autocomplete.");
        alice.noContent(HttpMethod.DELETE, "/api/v1/memory/" + first);
        alice.call(HttpMethod.DELETE, "/api/v1/memory/" + first, null).expectStatus().isNotFound();
        assertThat(alice.list("/api/v1/memory/search?q=heaps k largest&k=50"))
                .noneMatch(hit -> hit.toString().contains(first));
        assertThat(alice.list("/api/v1/memory/search?q=tries prefixes autocomplete")).hasSize(1);
        alice.noContent(HttpMethod.DELETE, "/api/v1/memory");
        assertThat(alice.list("/api/v1/memory/search?q=tries prefixes autocomplete")).isEmpty();
        alice.call(HttpMethod.DELETE, "/api/v1/memory/" + UUID.randomUUID(), null).expectStatus().isNotFound();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "/api/v1/memory/search?q=x&k=0|GET||k|must be between 1 and 50 (was 0)",
            "/api/v1/memory/search?q=x&k=51|GET||k|must be between 1 and 50 (was 51)",
            "/api/v1/memory/search?k=3|GET||q|is required",
            "/api/v1/memory/search?q= &k=3|GET||q|is required",
            "/api/v1/memory/not-a-uuid|DELETE||id|is missing or invalid",
            "/api/v1/memory|POST|{\"content\":\"  \"}|content|must not be blank",
            "/api/v1/memory|POST|{\"content\":\"x\",\"topic\":\"Not A Slug\"}|topic|must match \"[a-z0-9-]+\""})
    @SuppressWarnings("unchecked")
    void badInputIs400NamingTheField(String uri, String method, String body, String field, String message) {
        WebTestClient.ResponseSpec response = alice.call(HttpMethod.valueOf(method), uri, body == null ? null
                : new tools.jackson.databind.json.JsonMapper().readValue(body, Map.class));
        Map<String, Object> problem = response.expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat((List<Map<String, Object>>) problem.get("errors"))
                .contains(Map.of("field", field, "message", message));
    }
}
