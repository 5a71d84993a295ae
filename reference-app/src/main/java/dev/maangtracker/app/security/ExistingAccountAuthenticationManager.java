package dev.maangtracker.app.security;

import dev.maangtracker.core.user.UserAccountRepository;
import java.util.UUID;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtReactiveAuthenticationManager;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import reactor.core.publisher.Mono;

/**
 * Spring Security's JWT authentication (signature, expiry, issuer, audience; the {@code roles}
 * claim becomes {@code ROLE_USER}/{@code ROLE_ADMIN}) plus one check of our own: the token's
 * subject still has an account. A deleted account's access tokens thus stop working at once
 * instead of at their expiry, at the price of one account lookup per request.
 */
public final class ExistingAccountAuthenticationManager implements ReactiveAuthenticationManager {

    /** The claim holding the account's role names. */
    public static final String ROLES_CLAIM = "roles";

    private final JwtReactiveAuthenticationManager jwt;
    private final UserAccountRepository users;

    /**
     * @param decoder verifies the token
     * @param users   where accounts are looked up
     */
    public ExistingAccountAuthenticationManager(ReactiveJwtDecoder decoder, UserAccountRepository users) {
        JwtGrantedAuthoritiesConverter authorities = new JwtGrantedAuthoritiesConverter();
        authorities.setAuthoritiesClaimName(ROLES_CLAIM);
        authorities.setAuthorityPrefix("ROLE_");
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(authorities);
        this.jwt = new JwtReactiveAuthenticationManager(decoder);
        this.jwt.setJwtAuthenticationConverter(new ReactiveJwtAuthenticationConverterAdapter(converter));
        this.users = users;
    }

    @Override
    public Mono<Authentication> authenticate(Authentication authentication) {
        return jwt.authenticate(authentication).flatMap(authenticated -> {
            UUID id;
            try {
                id = UUID.fromString(authenticated.getName());
            } catch (IllegalArgumentException notOurs) {
                return Mono.error(new InvalidBearerTokenException("the token's subject is not an account id"));
            }
            return users.findById(id).map(account -> authenticated)
                    .switchIfEmpty(Mono.error(() -> new InvalidBearerTokenException("the account no longer exists")));
        });
    }
}
