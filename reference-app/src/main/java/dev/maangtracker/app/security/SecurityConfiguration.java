package dev.maangtracker.app.security;

import dev.maangtracker.app.error.ProblemWriter;
import dev.maangtracker.app.web.RequestBodyLimitFilter;
import dev.maangtracker.core.user.UserAccountRepository;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.config.annotation.method.configuration.EnableReactiveMethodSecurity;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.header.XFrameOptionsServerHttpHeadersWriter.Mode;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;

/**
 * The API's security: stateless JWT bearer authentication, the public sign-in endpoints, ADMIN for
 * {@code /api/v1/admin/**} and the management endpoints beyond health on the API port (open on a separate
 * management port, which only the internal network reaches), problem responses for 401
 * and 403, CORS from {@code maang.security.cors.allowed-origins}, Spring Security's default
 * headers plus a Content-Security-Policy and {@code Referrer-Policy: no-referrer}.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
@EnableReactiveMethodSecurity
public class SecurityConfiguration {

    /** Sign-in endpoints anyone may call. */
    static final String[] PUBLIC_AUTH_PATHS = {
            "/api/v1/auth/register", "/api/v1/auth/login", "/api/v1/auth/refresh", "/api/v1/auth/logout"};

    /**
     * Scripts only from this origin and never inline or evaluated: the web UI's pages (static, see
     * docs/ui.md) and Swagger UI load theirs from here; connections (fetch, the interview
     * WebSocket) go to this origin only; nothing frames the app.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    /** The filter chain. */
    @Bean
    public SecurityWebFilterChain apiSecurity(ServerHttpSecurity http, ReactiveAuthenticationManager jwtAuthentication,
            ProblemWriter problems, MaangSecurityProperties properties, ManagementPortMatcher managementPort) {
        ProblemAuthenticationEntryPoint entryPoint = new ProblemAuthenticationEntryPoint(problems);
        ProblemAccessDeniedHandler accessDenied = new ProblemAccessDeniedHandler(problems);
        http.csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .requestCache(ServerHttpSecurity.RequestCacheSpec::disable)
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .authorizeExchange(exchanges -> exchanges
                        // The separate management port (if any) serves only the actuator and is
                        // reachable only on the internal network: Prometheus scrapes it without a token.
                        .matchers(managementPort).permitAll()
                        // Every method, so a wrong one answers 405 rather than 401.
                        .pathMatchers(PUBLIC_AUTH_PATHS).permitAll()
                        .pathMatchers("/api/v1/admin/**").hasRole("ADMIN")
                        .pathMatchers("/api/**").authenticated()
                        .pathMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .pathMatchers("/actuator/**").hasRole("ADMIN")
                        // API docs, Swagger UI, the web UI's pages and assets (they call the API with
                        // bearer tokens like any client); unknown paths answer 404.
                        .anyExchange().permitAll())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.authenticationManager(jwtAuthentication))
                        .authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(accessDenied))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(accessDenied))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                        .frameOptions(frame -> frame.mode(Mode.DENY)));
        List<String> origins = properties.cors().allowedOrigins();
        if (origins.isEmpty()) {
            http.cors(ServerHttpSecurity.CorsSpec::disable);
        } else {
            http.cors(cors -> cors.configurationSource(corsSource(origins)));
        }
        return http.build();
    }

    /** Recognises requests on the separate management port. */
    @Bean
    public ManagementPortMatcher managementPortMatcher() {
        return new ManagementPortMatcher();
    }

    /** Problem responses for requests the firewall refuses. */
    @Bean
    public ServerExchangeRejectedHandler problemExchangeRejectedHandler(ProblemWriter problems) {
        return new ProblemExchangeRejectedHandler(problems);
    }

    /** JWT authentication that also requires the account to exist. */
    @Bean
    public ReactiveAuthenticationManager jwtAuthentication(ReactiveJwtDecoder decoder, UserAccountRepository users) {
        return new ExistingAccountAuthenticationManager(decoder, users);
    }

    /**
     * Argon2id (Spring Security 5.8 parameters: 16 MiB, 2 iterations, 1 lane), behind a delegating
     * encoder so stored hashes carry their algorithm ({@code {argon2}...}) and bcrypt hashes from
     * elsewhere still verify.
     */
    @Bean
    public PasswordEncoder passwordEncoder() {
        return new DelegatingPasswordEncoder("argon2", Map.of(
                "argon2", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                "bcrypt", new BCryptPasswordEncoder()));
    }

    /** 413 for bodies above {@code maang.security.max-request-size}. */
    @Bean
    public RequestBodyLimitFilter requestBodyLimitFilter(MaangSecurityProperties properties) {
        return new RequestBodyLimitFilter(properties.maxRequestSize());
    }

    private static UrlBasedCorsConfigurationSource corsSource(List<String> origins) {
        CorsConfiguration cors = new CorsConfiguration();
        cors.setAllowedOrigins(origins);
        cors.setAllowedMethods(List.of("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"));
        cors.setAllowedHeaders(List.of("Authorization", "Content-Type", "X-Request-Id"));
        cors.setExposedHeaders(List.of("X-Request-Id", "Retry-After", "Location", "WWW-Authenticate"));
        // Bearer tokens travel in a header, not in cookies: no credentials mode needed.
        cors.setAllowCredentials(false);
        cors.setMaxAge(Duration.ofHours(1));
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/api/**", cors);
        return source;
    }
}
