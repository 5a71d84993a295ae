package dev.maangtracker.app.security;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

/**
 * Access tokens with Spring Security's Nimbus encoder and decoder (no hand-written JWT code):
 * HS256 with the {@link JwtSigningKey}; the decoder checks signature, expiry and not-before (on the
 * application {@link Clock}, {@value #CLOCK_SKEW_SECONDS} s skew), issuer and audience.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MaangSecurityProperties.class)
public class JwtConfiguration {

    /** Tolerated clock difference between instances when checking expiry. */
    static final long CLOCK_SKEW_SECONDS = 5;

    /** The signing key (configured, or random with a warning). */
    @Bean
    public JwtSigningKey jwtSigningKey(MaangSecurityProperties properties) {
        return JwtSigningKey.from(properties.jwt(), new SecureRandom());
    }

    /** Signs access tokens. */
    @Bean
    public JwtEncoder jwtEncoder(JwtSigningKey key) {
        return NimbusJwtEncoder.withSecretKey(key.secretKey()).algorithm(MacAlgorithm.HS256).build();
    }

    /** Verifies access tokens. */
    @Bean
    public ReactiveJwtDecoder jwtDecoder(JwtSigningKey key, MaangSecurityProperties properties, Clock clock) {
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withSecretKey(key.secretKey())
                .macAlgorithm(MacAlgorithm.HS256).build();
        JwtTimestampValidator timestamps = new JwtTimestampValidator(Duration.ofSeconds(CLOCK_SKEW_SECONDS));
        timestamps.setClock(clock);
        String audience = properties.jwt().audience();
        OAuth2TokenValidator<Jwt> validator = new DelegatingOAuth2TokenValidator<>(List.of(
                timestamps,
                new JwtIssuerValidator(properties.jwt().issuer()),
                new JwtClaimValidator<List<String>>(JwtClaimNames.AUD, aud -> aud != null && aud.contains(audience)),
                new JwtClaimValidator<Object>(JwtClaimNames.EXP, exp -> exp != null)));
        decoder.setJwtValidator(validator);
        return decoder;
    }
}
