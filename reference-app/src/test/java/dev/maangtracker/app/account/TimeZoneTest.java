package dev.maangtracker.app.account;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maangtracker.app.ApiCalls;
import dev.maangtracker.app.ApiClient;
import dev.maangtracker.app.TestClockConfiguration;
import dev.maangtracker.app.TestClockConfiguration.MutableClock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Each user's days are counted at the user's own midnight: the zone given at registration or changed with
 * {@code PATCH /me} dates attempts and drives the streak; an unknown zone is a 400 naming the field.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
@Import(TestClockConfiguration.class)
class TimeZoneTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    @Autowired
    private WebTestClient client;
    @Autowired
    private MutableClock clock;

    @Test
    void registrationWithoutAZoneCountsInUtcAndTheZoneCanBeChanged() {
        ApiCalls me = new ApiCalls(client, new ApiClient(client).newUser().access());
        assertThat(me.get("/api/v1/me")).containsEntry("timeZone", "UTC");

        Map<String, Object> changed = me.send(HttpMethod.PATCH, "/api/v1/me", Map.of("timeZone", "Europe/Berlin"), 200);
        assertThat(changed).containsEntry("timeZone", "Europe/Berlin").containsEntry("fullName", "Test User");
        assertThat(me.get("/api/v1/me")).containsEntry("timeZone", "Europe/Berlin");

        // Absent fields stay; a blank name clears the display name.
        Map<String, Object> renamed = me.send(HttpMethod.PATCH, "/api/v1/me", Map.of("fullName", " "), 200);
        assertThat(renamed).containsEntry("timeZone", "Europe/Berlin").containsEntry("fullName", null);
    }

    @Test
    void unknownZonesAreRefusedNamingTheFieldAndChangeNothing() {
        ApiCalls me = new ApiCalls(client, new ApiClient(client).newUser().access());
        for (String bad : List.of("Mars/Olympus_Mons", "", "+25:00", "x".repeat(80))) {
            Map<String, Object> problem = me.send(HttpMethod.PATCH, "/api/v1/me", Map.of("timeZone", bad), 400);
            assertThat(problem.toString()).contains("timeZone");
        }
        assertThat(me.get("/api/v1/me")).containsEntry("timeZone", "UTC");

        String email = ApiClient.newEmail();
        client.post().uri("/api/v1/auth/register").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("email", email, "password", ApiClient.PASSWORD, "timeZone", "Nowhere/City"))
                .exchange().expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").value(detail -> assertThat(detail.toString()).contains("timeZone"));
        // The refused registration created nothing: the address is still free.
        register(email, "Asia/Tokyo");
    }

    @Test
    void attemptsAndTheStreakFollowTheUsersMidnight() {
        // 16:00 UTC is already the next day in Tokyo (UTC+9): the two users' days differ.
        ZonedDateTime utcNow = clock.instant().atZone(ZoneOffset.UTC);
        ZonedDateTime sixteen = utcNow.withHour(16).withMinute(0).withSecond(0).withNano(0);
        if (!sixteen.isAfter(utcNow)) {
            sixteen = sixteen.plusDays(1);
        }
        clock.advance(Duration.between(utcNow, sixteen));
        LocalDate utcDay = clock.instant().atZone(ZoneOffset.UTC).toLocalDate();
        LocalDate tokyoDay = clock.instant().atZone(TOKYO).toLocalDate();
        assertThat(tokyoDay).isEqualTo(utcDay.plusDays(1));

        String email = ApiClient.newEmail();
        assertThat(register(email, "Asia/Tokyo")).containsEntry("timeZone", "Asia/Tokyo");
        ApiCalls tokyo = new ApiCalls(client, new ApiClient(client).login(email).access());
        ApiCalls utc = new ApiCalls(client, new ApiClient(client).newUser().access());

        for (ApiCalls user : List.of(tokyo, utc)) {
            user.attempt("two-sum", "SOLVED", 12, 0);
        }

        assertThat(lastActive(tokyo)).isEqualTo(tokyoDay.toString());
        assertThat(lastActive(utc)).isEqualTo(utcDay.toString());
        assertThat(streak(tokyo)).containsEntry("current", 1);
        assertThat(calendarDays(tokyo)).containsExactly(tokyoDay.toString());
        assertThat(calendarDays(utc)).containsExactly(utcDay.toString());
    }

    private Map<String, Object> register(String email, String zone) {
        Map<String, Object> body = new HashMap<>(Map.of("email", email, "password", ApiClient.PASSWORD));
        body.put("timeZone", zone);
        return client.post().uri("/api/v1/auth/register").contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange().expectStatus().isCreated()
                .expectBody(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() { })
                .returnResult().getResponseBody();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> streak(ApiCalls user) {
        return (Map<String, Object>) user.get("/api/v1/analytics/dashboard").get("streak");
    }

    private static Object lastActive(ApiCalls user) {
        return streak(user).get("lastActive");
    }

    @SuppressWarnings("unchecked")
    private static List<Object> calendarDays(ApiCalls user) {
        return ((List<Map<String, Object>>) streak(user).get("calendar")).stream().map(day -> day.get("date")).toList();
    }
}
