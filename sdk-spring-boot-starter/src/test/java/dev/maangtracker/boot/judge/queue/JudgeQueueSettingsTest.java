package dev.maangtracker.boot.judge.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.maangtracker.core.error.InvalidInputException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JudgeQueueSettingsTest {

    @Test
    void theResultTimeoutGrowsWithTheNumberOfTests() {
        JudgeQueueSettings settings = JudgeQueueSettings.defaults();
        assertThat(settings.resultTimeout(0)).isEqualTo(Duration.ofSeconds(23));
        assertThat(settings.resultTimeout(10)).isEqualTo(Duration.ofSeconds(50));
    }

    @Test
    void pollingBacksOffToItsCeiling() {
        assertThat(RedisStreamsCodeJudge.pollDelay(0)).isEqualTo(Duration.ofMillis(5));
        assertThat(RedisStreamsCodeJudge.pollDelay(2)).isEqualTo(Duration.ofMillis(20));
        assertThat(RedisStreamsCodeJudge.pollDelay(5)).isEqualTo(Duration.ofMillis(160));
        assertThat(RedisStreamsCodeJudge.pollDelay(6)).isEqualTo(Duration.ofMillis(200));
        assertThat(RedisStreamsCodeJudge.pollDelay(Long.MAX_VALUE)).isEqualTo(Duration.ofMillis(200));
    }

    @Test
    void rejectsInconsistentSettingsNamingTheField() {
        assertThatThrownBy(() -> JudgeQueueSettings.builder().visibilityTimeout(Duration.ofMillis(100)).build())
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("visibilityTimeout");
        assertThatThrownBy(() -> JudgeQueueSettings.builder().heartbeatInterval(Duration.ofSeconds(20)).build())
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("workerStaleAfter");
        assertThatThrownBy(() -> JudgeQueueSettings.builder().maxDeliveries(0).build())
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("maxDeliveries");
        assertThatThrownBy(() -> JudgeQueueSettings.builder().readBlock(Duration.ZERO).build())
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("readBlock");
        assertThatThrownBy(() -> JudgeQueueSettings.builder().concurrency(65).build())
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("concurrency");
    }

    @Test
    void aJobSurvivesItsStreamFieldsAndMalformedEntriesAreRejected() {
        JudgeJob job = new JudgeJob("id-1", JudgeJob.GROWTH, "{}", 42);
        assertThat(JudgeJob.of(job.fields())).isEqualTo(job);
        assertThatThrownBy(() -> JudgeJob.of(Map.of("job", "x"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JudgeJob.of(Map.of("job", "x", "kind", "rm -rf", "submission", "{}", "deadline", "1")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("kind");
    }
}
