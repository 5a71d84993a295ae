package dev.maangtracker.app.auth;

import dev.maangtracker.app.time.TimeZones;
import dev.maangtracker.core.user.UserAccount;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A new account.
 *
 * @param email    unique, compared case-insensitively
 * @param password {@value PasswordPolicy#MIN_LENGTH} to {@value PasswordPolicy#MAX_LENGTH} characters
 * @param fullName optional display name
 * @param timeZone optional zone the user's days are counted in (streaks, calendar, plan), e.g.
 *                 {@code Europe/Berlin}; UTC when absent
 */
public record RegisterRequest(
        @NotBlank @Email @Size(max = UserAccount.MAX_EMAIL_LENGTH) String email,
        @NotNull @Size(min = PasswordPolicy.MIN_LENGTH, max = PasswordPolicy.MAX_LENGTH) String password,
        @Size(max = UserAccount.MAX_FULL_NAME_LENGTH) String fullName,
        @Size(max = TimeZones.MAX_LENGTH) String timeZone) {

    @Override
    public String toString() {
        return "RegisterRequest[email=" + email + ", password=<hidden>, fullName=" + fullName + "]";
    }
}
