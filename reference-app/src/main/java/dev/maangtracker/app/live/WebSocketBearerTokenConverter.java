package dev.maangtracker.app.live;

import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.BearerTokenErrors;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.web.server.authentication.ServerBearerTokenAuthenticationConverter;
import org.springframework.security.web.server.authentication.ServerAuthenticationConverter;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Finds the access token of a WebSocket handshake. Browsers cannot set headers on a handshake, so
 * besides {@code Authorization: Bearer <token>} (for other clients) the token may travel as the
 * second of the subprotocols {@code Sec-WebSocket-Protocol: bearer, <token>}; the server then
 * selects {@value #SUBPROTOCOL}. A token in the query string ({@code access_token}) is not read: it
 * would end up in access logs and browser history. A token sent both ways, or {@code bearer}
 * without a token after it, is an invalid request (401).
 */
final class WebSocketBearerTokenConverter implements ServerAuthenticationConverter {

    /** The subprotocol whose next entry is the token; the one the server selects. */
    static final String SUBPROTOCOL = "bearer";
    /** The handshake header listing the subprotocols a client offers. */
    static final String PROTOCOL_HEADER = "Sec-WebSocket-Protocol";

    /** Reads {@code Authorization} only (query and form parameters stay off). */
    private final ServerBearerTokenAuthenticationConverter header = new ServerBearerTokenAuthenticationConverter();

    @Override
    public Mono<Authentication> convert(ServerWebExchange exchange) {
        return Mono.defer(() -> {
            String fromProtocol = subprotocolToken(exchange.getRequest().getHeaders());
            return header.convert(exchange)
                    .flatMap(fromHeader -> fromProtocol == null ? Mono.just(fromHeader)
                            : Mono.<Authentication>error(invalid("Send the access token either in Authorization "
                                    + "or as a subprotocol, not both.")))
                    .switchIfEmpty(Mono.fromSupplier(() ->
                            fromProtocol == null ? null : new BearerTokenAuthenticationToken(fromProtocol)));
        });
    }

    /** The entry after {@code bearer} in the offered subprotocols, or {@code null} when none is offered. */
    static String subprotocolToken(HttpHeaders headers) {
        List<String> offered = new ArrayList<>();
        for (String line : headers.getOrEmpty(PROTOCOL_HEADER)) {
            for (String protocol : line.split(",")) {
                if (!protocol.isBlank()) {
                    offered.add(protocol.strip());
                }
            }
        }
        int at = offered.indexOf(SUBPROTOCOL);
        if (at < 0) {
            return null;
        }
        if (at + 1 >= offered.size()) {
            throw invalid("The bearer subprotocol must be followed by the access token.");
        }
        return offered.get(at + 1);
    }

    private static OAuth2AuthenticationException invalid(String description) {
        return new OAuth2AuthenticationException(BearerTokenErrors.invalidRequest(description));
    }
}
