package dev.maangtracker.app.live;

import dev.maangtracker.app.error.ProblemWriter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;

/**
 * The security of {@code /ws/**}, the one place WebSocket handshakes are authenticated: the same
 * JWT authentication as the API ({@code jwtAuthentication}: signature, expiry, issuer, audience,
 * existing account), with the token read by {@link WebSocketBearerTokenConverter}. A handshake
 * without a valid token is refused with 401 before the upgrade. Ordered before the API's chain,
 * which matches every other path.
 */
@Configuration(proxyBeanMethods = false)
public class LiveInterviewSecurityConfiguration {

    /** Paths this chain secures. */
    static final String PATHS = "/ws/**";

    /** The chain of WebSocket handshakes. */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    public SecurityWebFilterChain liveInterviewSecurity(ServerHttpSecurity http,
            ReactiveAuthenticationManager jwtAuthentication, ProblemWriter problems) {
        SocketAuthenticationEntryPoint entryPoint = new SocketAuthenticationEntryPoint(problems);
        return http.securityMatcher(ServerWebExchangeMatchers.pathMatchers(PATHS))
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .requestCache(ServerHttpSecurity.RequestCacheSpec::disable)
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                // Tokens, not cookies, authenticate a socket: no cross-site hijacking to guard with CORS.
                .cors(ServerHttpSecurity.CorsSpec::disable)
                .authorizeExchange(exchanges -> exchanges.anyExchange().authenticated())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .bearerTokenConverter(new WebSocketBearerTokenConverter())
                        .jwt(jwt -> jwt.authenticationManager(jwtAuthentication))
                        .authenticationEntryPoint(entryPoint))
                .exceptionHandling(handling -> handling.authenticationEntryPoint(entryPoint))
                .build();
    }
}
