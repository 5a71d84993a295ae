package dev.maangtracker.boot.auth;

import dev.maangtracker.core.error.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Objects;

/** The hashing and argument checks both stores share, so they store and refuse exactly the same. */
final class RefreshTokenHashes {

    /** Longest token text accepted; real tokens are 43 characters (256 bits, base64url). */
    static final int MAX_TOKEN_LENGTH = 512;

    private RefreshTokenHashes() {
    }

    /** Hex SHA-256 of the token: what is stored instead of it. */
    static String sha256(String token) {
        Objects.requireNonNull(token, "token");
        if (token.isEmpty()) {
            throw InvalidInputException.required("refreshToken");
        }
        if (token.length() > MAX_TOKEN_LENGTH) {
            throw InvalidInputException.tooLong("refreshToken", token.length(), MAX_TOKEN_LENGTH);
        }
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM provides SHA-256", e);
        }
    }

    static Duration positive(Duration ttl) {
        Objects.requireNonNull(ttl, "ttl");
        if (ttl.isNegative() || ttl.isZero()) {
            throw InvalidInputException.of("ttl", "must be positive");
        }
        return ttl;
    }
}
