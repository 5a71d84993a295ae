package dev.maangtracker.app.auth;

import dev.maangtracker.app.security.ExistingAccountAuthenticationManager;
import dev.maangtracker.app.security.MaangSecurityProperties;
import dev.maangtracker.core.user.UserAccount;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;

/**
 * Issues access tokens through Spring Security's {@link JwtEncoder}: HS256, {@code sub} = account
 * id, {@code roles} = its role names, issuer and audience from {@code maang.security.jwt.*}, a
 * unique {@code jti}, valid for {@code maang.security.jwt.access-token-ttl}.
 */
public final class AccessTokens {

    private final JwtEncoder encoder;
    private final MaangSecurityProperties.Jwt settings;
    private final Clock clock;

    /**
     * @param encoder  signs
     * @param settings issuer, audience, lifetime
     * @param clock    the issue time
     */
    public AccessTokens(JwtEncoder encoder, MaangSecurityProperties.Jwt settings, Clock clock) {
        this.encoder = encoder;
        this.settings = settings;
        this.clock = clock;
    }

    /** A signed token for the account. */
    public String issue(UserAccount account) {
        Instant now = clock.instant();
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer(settings.issuer())
                .audience(List.of(settings.audience()))
                .subject(account.id().toString())
                .id(UUID.randomUUID().toString())
                .issuedAt(now)
                .notBefore(now)
                .expiresAt(now.plus(settings.accessTokenTtl()))
                .claim(ExistingAccountAuthenticationManager.ROLES_CLAIM,
                        account.roles().stream().map(Enum::name).sorted().toList())
                .build();
        JwsHeader header = JwsHeader.with(MacAlgorithm.HS256).type("JWT").build();
        return encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
    }

    /** How long a token lives. */
    public Duration lifetime() {
        return settings.accessTokenTtl();
    }
}
