package dev.maangtracker.core.interview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maangtracker.core.error.UnavailableException;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

class FallbackReasonTest {

    @Test
    void saysTimedOutForATimeoutAndForAModelThatWrapsOne() {
        assertThat(FallbackReason.of(new TimeoutException())).isEqualTo("timed out");
        // A guarded model reports its timeout as unavailable, the timeout kept as the cause.
        assertThat(FallbackReason.of(UnavailableException.of("language model m", new TimeoutException())))
                .isEqualTo("timed out");
    }

    @Test
    void namesTheOtherKindsWithoutTheirMessages() {
        assertThat(FallbackReason.of(UnavailableException.of("language model m at 10.0.0.1", null)))
                .isEqualTo("unavailable");
        assertThat(FallbackReason.of(InvalidModelOutputException.of("evaluation", "no JSON")))
                .isEqualTo("its reply was not valid after one repair");
        assertThat(FallbackReason.of(new IllegalStateException("secret host"))).isEqualTo("failed with IllegalStateException");
    }
}
