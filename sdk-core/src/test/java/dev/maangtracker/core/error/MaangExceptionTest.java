package dev.maangtracker.core.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MaangExceptionTest {

    @Test
    void invalidInputNamesTheFieldAndTheLimit() {
        InvalidInputException e = InvalidInputException.outOfRange("topK", -1, 1, 50);
        assertThat(e.field()).isEqualTo("topK");
        assertThat(e.getMessage()).isEqualTo("topK must be between 1 and 50 (was -1)");
        assertThat(e.isRetriable()).isFalse();
    }

    @Test
    void tooLongStatesBothSizes() {
        assertThat(InvalidInputException.tooLong("answer", 20_001, 20_000).getMessage())
                .isEqualTo("answer must be at most 20000 long (was 20001)");
    }

    @Test
    void notFoundKeepsResourceAndId() {
        UUID id = UUID.randomUUID();
        NotFoundException e = NotFoundException.of("interview session", id);
        assertThat(e.resource()).isEqualTo("interview session");
        assertThat(e.id()).isEqualTo(id.toString());
        assertThat(e).hasMessageContaining(id.toString());
    }

    @Test
    void invalidStateSaysWhatWasRefusedAndWhy() {
        InvalidStateException e = InvalidStateException.of("interview session", "COMPLETED", "answer");
        assertThat(e).hasMessage("cannot answer interview session: it is COMPLETED");
        assertThat(e.state()).isEqualTo("COMPLETED");
        assertThat(e.action()).isEqualTo("answer");
    }

    @Test
    void onlyUnavailableIsRetriable() {
        UnavailableException busy = UnavailableException.busy("code judge", Duration.ofMillis(1500));
        assertThat(busy.isRetriable()).isTrue();
        assertThat(busy.retryAfter()).contains(Duration.ofMillis(1500));
        assertThat(busy).hasMessage("code judge is busy; try again in 1 s");
        assertThat(ConflictException.staleVersion("interview session", "s1", 3).isRetriable()).isFalse();
    }

    @Test
    void unavailableKeepsTheCauseForLogsOnly() {
        IllegalStateException cause = new IllegalStateException("connection refused to 10.0.0.5:5432");
        UnavailableException e = UnavailableException.of("database", cause);
        assertThat(e).hasCause(cause);
        assertThat(e.getMessage()).doesNotContain("10.0.0.5");
    }
}
