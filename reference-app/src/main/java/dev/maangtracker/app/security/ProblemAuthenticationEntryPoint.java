package dev.maangtracker.app.security;

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
 * 401 as {@code application/problem+json} with {@code WWW-Authenticate: Bearer} (RFC 6750), for a
 * missing token and for one that is malformed, tampered with, wrongly signed, expired, or whose
 * account is gone. The detail says which of "missing" and "invalid", never why a token failed.
 */
final class ProblemAuthenticationEntryPoint implements ServerAuthenticationEntryPoint {

    private final ProblemWriter writer;

    ProblemAuthenticationEntryPoint(ProblemWriter writer) {
        this.writer = writer;
    }

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException failure) {
        boolean presented = failure instanceof OAuth2AuthenticationException;
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.WWW_AUTHENTICATE, presented ? "Bearer error=\"invalid_token\"" : "Bearer");
        String detail = presented
                ? "The bearer token is invalid or expired, or its account no longer exists."
                : "A bearer token is required.";
        return writer.write(exchange, ProblemMapper.problem(HttpStatus.UNAUTHORIZED, detail, exchange), headers);
    }
}
