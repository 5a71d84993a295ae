package dev.maangtracker.app.auth;

/**
 * Tokens after sign-in or refresh.
 *
 * @param accessToken  the JWT to send as {@code Authorization: Bearer ...}
 * @param refreshToken the opaque token for {@code /auth/refresh}; single use
 * @param tokenType    always {@code Bearer}
 * @param expiresIn    seconds until the access token expires
 */
public record TokenResponse(String accessToken, String refreshToken, String tokenType, long expiresIn) {

    @Override
    public String toString() {
        return "TokenResponse[<hidden>, expiresIn=" + expiresIn + "]";
    }
}
