package dev.maangtracker.app.auth;

import dev.maangtracker.core.user.UserAccount;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Credentials.
 *
 * @param email    the account's email, any case
 * @param password its password
 */
public record LoginRequest(
        @NotBlank @Size(max = UserAccount.MAX_EMAIL_LENGTH) String email,
        @NotNull @Size(min = 1, max = PasswordPolicy.MAX_LENGTH) String password) {

    @Override
    public String toString() {
        return "LoginRequest[email=" + email + ", password=<hidden>]";
    }
}
