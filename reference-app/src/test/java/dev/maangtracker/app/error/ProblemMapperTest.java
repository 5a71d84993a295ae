package dev.maangtracker.app.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.maangtracker.core.error.ConflictException;
import dev.maangtracker.core.error.InvalidInputException;
import dev.maangtracker.core.error.InvalidStateException;
import dev.maangtracker.core.error.NotFoundException;
import dev.maangtracker.core.error.UnavailableException;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.codec.DecodingException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.ServerWebInputException;
import tools.jackson.databind.json.JsonMapper;

/** How each kind of failure becomes a problem: status, field errors, headers, and nothing internal. */
class ProblemMapperTest {

    private final MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.post("/api/v1/thing"));

    private ProblemMapper.Problem map(Throwable error) {
        return ProblemMapper.map(error, exchange);
    }

    @Test
    void invalidInputIs400NamingTheField() {
        ProblemDetail body = map(InvalidInputException.tooLong("answer", 20_001, 20_000)).body();
        assertThat(body.getStatus()).isEqualTo(400);
        assertThat(body.getProperties()).containsEntry(ProblemMapper.ERRORS,
                List.of(new FieldError("answer", "must be at most 20000 long (was 20001)")));
        assertThat(body.getInstance()).hasToString("/api/v1/thing");
        assertThat(body.getProperties()).containsKey(ProblemMapper.REQUEST_ID);
    }

    @Test
    void notFoundConflictAndInvalidStateMapTo404And409() {
        assertThat(map(NotFoundException.of("interview session", "42")).body().getStatus()).isEqualTo(404);
        assertThat(map(ConflictException.duplicate("user", "email")).body().getStatus()).isEqualTo(409);
        ProblemDetail state = map(InvalidStateException.of("interview session", "COMPLETED", "answer")).body();
        assertThat(state.getStatus()).isEqualTo(409);
        assertThat(state.getDetail()).isEqualTo("cannot answer interview session: it is COMPLETED");
    }

    @Test
    void unavailableIs503WithRetryAfterWhenKnown() {
        ProblemMapper.Problem busy = map(UnavailableException.busy("judge queue", Duration.ofSeconds(30)));
        assertThat(busy.body().getStatus()).isEqualTo(503);
        assertThat(busy.headers().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("30");
        ProblemMapper.Problem down = map(UnavailableException.of("model", new IOException("socket closed at 10.0.0.7")));
        assertThat(down.headers().containsHeader(HttpHeaders.RETRY_AFTER)).isFalse();
        assertThat(down.body().getDetail()).doesNotContain("10.0.0.7");
    }

    @Test
    void anUnknownEnumValueNamesTheFieldAndTheAllowedValues() {
        Throwable jackson = catchThrowable(() -> JsonMapper.builder().build()
                .readValue("{\"level\": \"HUGE\"}", Probe.class));
        ProblemDetail body = map(new ServerWebInputException("Failed to read HTTP message", null,
                new DecodingException("JSON decoding error", jackson))).body();
        assertThat(body.getStatus()).isEqualTo(400);
        assertThat(body.getDetail()).isEqualTo("level must be one of [LOW, HIGH].");
        assertThat(body.getProperties()).containsEntry(ProblemMapper.ERRORS,
                List.of(new FieldError("level", "must be one of [LOW, HIGH]")));
    }

    @Test
    void anSdkErrorRaisedWhileDecodingKeepsItsField() {
        ProblemDetail body = map(new ServerWebInputException("Failed to read HTTP message", null,
                new DecodingException("JSON decoding error", InvalidInputException.required("type")))).body();
        assertThat(body.getStatus()).isEqualTo(400);
        assertThat(body.getProperties().get(ProblemMapper.ERRORS)).isEqualTo(List.of(new FieldError("type", "is required")));
    }

    @Test
    void anUnexpectedFailureIs500QuotingOnlyTheRequestId() {
        ProblemDetail body = map(new IllegalStateException("connection pool exhausted at db-primary:5432")).body();
        assertThat(body.getStatus()).isEqualTo(500);
        assertThat(body.getDetail()).contains("requestId").doesNotContain("db-primary").doesNotContain("IllegalState");
    }

    /** A request body with an enum, as later endpoints have. */
    record Probe(Level level) {
    }

    enum Level {
        LOW, HIGH
    }
}
