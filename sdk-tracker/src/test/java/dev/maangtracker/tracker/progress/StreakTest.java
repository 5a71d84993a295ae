package dev.maangtracker.tracker.progress;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maangtracker.tracker.activity.ActivityEvent;
import dev.maangtracker.tracker.activity.ActivityType;
import dev.maangtracker.tracker.activity.InMemoryActivityLog;
import dev.maangtracker.tracker.activity.Streak;
import dev.maangtracker.tracker.roadmap.RoadmapCatalog;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class StreakTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    @Test
    void countsCurrentAndLongestRuns() {
        LocalDate today = LocalDate.of(2026, 3, 10);
        Streak streak = Streak.of(List.of(today.minusDays(9), today.minusDays(8), today.minusDays(7),
                today.minusDays(2), today.minusDays(1), today.minusDays(1)), today);
        assertThat(streak).isEqualTo(new Streak(2, 3, 5, today.minusDays(1)));
        assertThat(Streak.of(List.of(), today)).isEqualTo(new Streak(0, 0, 0, null));
    }

    @Test
    void perfectStreakSurvivesMovingFromLosAngelesToTokyo() {
        UUID user = UUID.randomUUID();
        LocalDate first = LocalDate.of(2026, 3, 1);
        Instant last = null;
        // Five evenings in Los Angeles at 20:00, then five evenings in Tokyo at 20:00: ten local days in a row.
        // Dating them all in Tokyo time would merge March 5 (LA) with March 6 and count nine days.
        InMemoryActivityLog continuous = new InMemoryActivityLog();
        for (int day = 0; day < 10; day++) {
            ZoneId zone = day < 5 ? LOS_ANGELES : TOKYO;
            Instant at = LocalDateTime.of(first.plusDays(day), java.time.LocalTime.of(20, 0)).atZone(zone).toInstant();
            continuous.append(ActivityEvent.of(user, ActivityType.PROBLEM_ATTEMPT, "two-sum", at, zone, "")).block(TIMEOUT);
            last = at;
        }
        ProgressTracker after = new ProgressTracker(RoadmapCatalog.loadDefault(), new InMemoryProgressRepository(),
                continuous, Clock.fixed(last.plus(Duration.ofHours(1)), ZoneOffset.UTC));
        Streak perfect = after.streak(user, TOKYO).block(TIMEOUT);
        assertThat(perfect.current()).isEqualTo(10);
        assertThat(perfect.longest()).isEqualTo(10);
        assertThat(perfect.activeDays()).isEqualTo(10);
    }

    @Test
    void twoWeeksInactiveBreaksTheStreakButKeepsTheLongest() {
        UUID user = UUID.randomUUID();
        InMemoryActivityLog log = new InMemoryActivityLog();
        Instant start = Instant.parse("2026-03-01T12:00:00Z");
        for (int day = 0; day < 6; day++) {
            log.append(ActivityEvent.of(user, ActivityType.PROBLEM_ATTEMPT, "two-sum",
                    start.plus(Duration.ofDays(day)), ZoneOffset.UTC, "")).block(TIMEOUT);
        }
        Instant twoWeeksLater = start.plus(Duration.ofDays(5 + 14));
        ProgressTracker tracker = new ProgressTracker(RoadmapCatalog.loadDefault(), new InMemoryProgressRepository(),
                log, Clock.fixed(twoWeeksLater, ZoneOffset.UTC));
        Streak streak = tracker.streak(user, ZoneOffset.UTC).block(TIMEOUT);
        assertThat(streak.current()).isZero();
        assertThat(streak.longest()).isEqualTo(6);
        assertThat(streak.lastActive()).isEqualTo(LocalDate.of(2026, 3, 6));
    }
}
