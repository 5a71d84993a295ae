package dev.maangtracker.boot.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.genai.errors.ApiException;
import com.google.genai.errors.ClientException;
import com.google.genai.errors.GenAiIOException;
import com.google.genai.errors.ServerException;
import java.io.IOException;
import java.net.ConnectException;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.springframework.ai.retry.NonTransientAiException;
import org.springframework.ai.retry.TransientAiException;

class ModelFailuresTest {

    @ParameterizedTest
    @CsvSource({"429,true", "503,true", "400,false", "401,false", "403,false", "404,false", "500,false", "504,false"})
    void retriesOnlyTooManyRequestsAndServiceUnavailable(int status, boolean retried) {
        ApiException error = status >= 500 ? new ServerException(status, "S", "m") : new ClientException(status, "S", "m");
        assertThat(ModelFailures.isTransient(error)).isEqualTo(retried);
        assertThat(ModelFailures.httpStatus(error)).contains(status);
    }

    @Test
    void retriesTransportFailures() {
        assertThat(ModelFailures.isTransient(new GenAiIOException("failed", new ConnectException("refused")))).isTrue();
        assertThat(ModelFailures.isTransient(new IOException("reset"))).isTrue();
        assertThat(ModelFailures.isTransient(new IllegalStateException("wrapped", new ConnectException("refused"))))
                .isTrue();
    }

    @Test
    void followsSpringAiClassification() {
        assertThat(ModelFailures.isTransient(new TransientAiException("later"))).isTrue();
        assertThat(ModelFailures.isTransient(new NonTransientAiException("never", new IOException("x")))).isFalse();
    }

    @Test
    void doesNotRetryTimeoutsOrProgrammingErrors() {
        assertThat(ModelFailures.isTransient(new TimeoutException())).isFalse();
        assertThat(ModelFailures.isTransient(new IllegalArgumentException("bad"))).isFalse();
        assertThat(ModelFailures.httpStatus(new IllegalArgumentException("bad"))).isEmpty();
    }

    @Test
    void readsTheStatusOfAWrappedApiError() {
        assertThat(ModelFailures.isTransient(new RuntimeException("wrapped", new ClientException(429, "S", "m"))))
                .isTrue();
    }
}
