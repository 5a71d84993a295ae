package dev.maangtracker.app.security;

import java.net.InetSocketAddress;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Matches requests that arrived on the separate management server ({@code management.server.port}),
 * whose port it learns when that server starts (so port 0 works too). Spring Security's filter chain
 * also guards the management server in a reactive app; this lets the chain open the actuator there,
 * where only the internal network reaches (the deployment does not publish the port). Matches
 * nothing when the actuator shares the API port.
 */
public final class ManagementPortMatcher implements ServerWebExchangeMatcher,
        ApplicationListener<WebServerInitializedEvent> {

    /** The server namespace Spring Boot gives the management server's context. */
    static final String MANAGEMENT_NAMESPACE = "management";

    private volatile int port = -1;

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        if (MANAGEMENT_NAMESPACE.equals(event.getApplicationContext().getServerNamespace())) {
            port = event.getWebServer().getPort();
        }
    }

    @Override
    public Mono<MatchResult> matches(ServerWebExchange exchange) {
        InetSocketAddress local = exchange.getRequest().getLocalAddress();
        int managementPort = port;
        return managementPort > 0 && local != null && local.getPort() == managementPort
                ? MatchResult.match() : MatchResult.notMatch();
    }
}
