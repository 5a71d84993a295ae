package dev.maangtracker.app.auth;

import java.security.SecureRandom;
import java.util.Base64;

/** Makes opaque refresh tokens: 256 random bits from {@link SecureRandom}, base64url without padding. */
public final class RefreshTokens {

    /** Bytes of randomness in a token. */
    public static final int BYTES = 32;
    /** Longest text accepted where a refresh token is expected (real ones are 43 characters). */
    public static final int MAX_PRESENTED_LENGTH = 512;

    private final SecureRandom random;

    /** @param random the source of the token bits */
    public RefreshTokens(SecureRandom random) {
        this.random = random;
    }

    /** A new token. */
    public String next() {
        byte[] bytes = new byte[BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
