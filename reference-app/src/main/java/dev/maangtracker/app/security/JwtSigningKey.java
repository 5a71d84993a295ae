package dev.maangtracker.app.security;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The HMAC-SHA256 key that signs and verifies access tokens: the configured secret, or a random one. */
public final class JwtSigningKey {

    private static final Logger log = LoggerFactory.getLogger(JwtSigningKey.class);

    private final SecretKey key;

    private JwtSigningKey(byte[] bytes) {
        this.key = new SecretKeySpec(bytes, "HmacSHA256");
    }

    /** The key from {@code maang.security.jwt.secret}, or a random 256-bit key with a warning. */
    public static JwtSigningKey from(MaangSecurityProperties.Jwt jwt, SecureRandom random) {
        if (jwt.secret() != null) {
            return new JwtSigningKey(jwt.secret().getBytes(StandardCharsets.UTF_8));
        }
        log.warn("maang.security.jwt.secret is not set: signing access tokens with a random key generated at "
                + "start-up. Tokens will not survive a restart nor be accepted by another instance; set "
                + "MAANG_SECURITY_JWT_SECRET (at least 32 bytes) for any deployment.");
        byte[] bytes = new byte[MaangSecurityProperties.MIN_SECRET_BYTES];
        random.nextBytes(bytes);
        return new JwtSigningKey(bytes);
    }

    /** The key for Nimbus. */
    public SecretKey secretKey() {
        return key;
    }

    @Override
    public String toString() {
        return "JwtSigningKey[HmacSHA256]";
    }
}
