package dev.maangtracker.app.live;

import dev.maangtracker.app.error.ProblemMapper;
import dev.maangtracker.app.error.ProblemWriter;
import dev.maangtracker.core.error.NotFoundException;
import dev.maangtracker.core.interview.InterviewEngine;
import java.security.Principal;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.reactive.HandlerMapping;
import org.springframework.web.reactive.socket.WebSocketHandler;
import org.springframework.web.reactive.socket.server.WebSocketService;
import org.springframework.web.reactive.socket.server.support.HandshakeWebSocketService;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The handshake of {@code /ws/interviews/{id}}: the caller (authenticated by
 * {@link LiveInterviewSecurityConfiguration}) must own the interview, else the answer is 404
 * {@code application/problem+json} before anything is upgraded, exactly as the HTTP API answers
 * another user's interview. The socket is then served by a handler bound to the caller and the
 * interview ({@link InterviewSocketHandler#connect}). Handshakes of other handlers pass straight
 * through.
 */
final class InterviewHandshakeService implements WebSocketService {

    private final HandshakeWebSocketService handshake;
    private final ObjectProvider<InterviewEngine> engine;
    private final ObjectProvider<ProblemWriter> problems;

    InterviewHandshakeService(HandshakeWebSocketService handshake, ObjectProvider<InterviewEngine> engine,
                              ObjectProvider<ProblemWriter> problems) {
        this.handshake = handshake;
        this.engine = engine;
        this.problems = problems;
    }

    @Override
    public Mono<Void> handleRequest(ServerWebExchange exchange, WebSocketHandler handler) {
        if (!(handler instanceof InterviewSocketHandler interviews)) {
            return handshake.handleRequest(exchange, handler);
        }
        Map<String, String> variables = exchange.getAttributeOrDefault(
                HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE, Map.of());
        Optional<UUID> interview = uuid(variables.get("id"));
        if (interview.isEmpty()) {
            return notFound(exchange);
        }
        // The security chain let the request through only with an authenticated principal.
        // (The upgrade completes empty, so "not the owner" is an explicit empty Optional.)
        return exchange.getPrincipal()
                .flatMap(principal -> owner(principal, interview.get())
                        .map(user -> Optional.of(interviews.connect(user, interview.get(), expiry(principal)))))
                .defaultIfEmpty(Optional.empty())
                .flatMap(socket -> socket.isPresent()
                        ? handshake.handleRequest(exchange, socket.get())
                        : notFound(exchange));
    }

    /** The caller's id when the interview is the caller's, else empty. */
    private Mono<UUID> owner(Principal principal, UUID interview) {
        Optional<UUID> user = uuid(principal.getName());
        if (user.isEmpty()) {
            return Mono.empty();
        }
        return engine.getObject().get(user.get(), interview).map(session -> user.get())
                .onErrorResume(NotFoundException.class, missing -> Mono.empty());
    }

    private static Instant expiry(Principal principal) {
        return principal instanceof JwtAuthenticationToken jwt ? jwt.getToken().getExpiresAt() : null;
    }

    private Mono<Void> notFound(ServerWebExchange exchange) {
        return problems.getObject().write(exchange, ProblemMapper.problem(HttpStatus.NOT_FOUND,
                "There is no interview with this id.", exchange), new HttpHeaders());
    }

    private static Optional<UUID> uuid(String value) {
        try {
            return value == null ? Optional.empty() : Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
