package dev.maangtracker.app.live;

import dev.maangtracker.app.error.ProblemMapper;
import dev.maangtracker.app.error.ProblemWriter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Refuses a WebSocket handshake without a valid access token: 401 {@code application/problem+json}
 * with {@code WWW-Authenticate: Bearer}, before anything is upgraded. Like the API's own entry
 * point it says only whether a token was missing or invalid, never why.
 */
final class SocketAuthenticationEntryPoint implements ServerAuthenticationEntryPoint {

    private final ProblemWriter writer;

    SocketAuthenticationEntryPoint(ProblemWriter writer) {
        this.writer = writer;
    }

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException failure) {
        boolean presented = failure instanceof OAuth2AuthenticationException;
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.WWW_AUTHENTICATE, presented ? "Bearer error=\"invalid_token\"" : "Bearer");
        String detail = presented
                ? "The access token is invalid or expired, or its account no longer exists."
                : "An access token is required: send the subprotocols \"bearer, <token>\" or an Authorization header.";
        return writer.write(exchange, ProblemMapper.problem(HttpStatus.UNAUTHORIZED, detail, exchange), headers);
    }
}
