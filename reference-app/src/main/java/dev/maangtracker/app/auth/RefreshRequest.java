package dev.maangtracker.app.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A refresh token presented for rotation or revocation.
 *
 * @param refreshToken the opaque token from the last sign-in or refresh
 */
public record RefreshRequest(@NotBlank @Size(max = RefreshTokens.MAX_PRESENTED_LENGTH) String refreshToken) {

    @Override
    public String toString() {
        return "RefreshRequest[<hidden>]";
    }
}
