package dev.maangtracker.core.interview;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SessionStatusTest {

    @Test
    void followsTheDocumentedLifecycle() {
        assertThat(SessionStatus.CREATED.successors()).containsExactlyInAnyOrder(SessionStatus.IN_PROGRESS, SessionStatus.ABANDONED);
        assertThat(SessionStatus.IN_PROGRESS.canMoveTo(SessionStatus.PAUSED)).isTrue();
        assertThat(SessionStatus.PAUSED.canMoveTo(SessionStatus.IN_PROGRESS)).isTrue();
        assertThat(SessionStatus.PAUSED.canMoveTo(SessionStatus.COMPLETED)).isTrue();
    }

    @Test
    void createdCannotCompleteWithoutStarting() {
        assertThat(SessionStatus.CREATED.canMoveTo(SessionStatus.COMPLETED)).isFalse();
    }

    @Test
    void finalStatesAcceptNothing() {
        for (SessionStatus status : SessionStatus.values()) {
            assertThat(SessionStatus.COMPLETED.canMoveTo(status)).isFalse();
            assertThat(SessionStatus.ABANDONED.canMoveTo(status)).isFalse();
        }
        assertThat(SessionStatus.COMPLETED.isFinal()).isTrue();
        assertThat(SessionStatus.IN_PROGRESS.isFinal()).isFalse();
    }

    @Test
    void noStateMovesToItself() {
        for (SessionStatus status : SessionStatus.values()) {
            assertThat(status.canMoveTo(status)).as(status.name()).isFalse();
        }
    }
}
