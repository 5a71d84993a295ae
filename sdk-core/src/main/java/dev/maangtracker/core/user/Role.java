package dev.maangtracker.core.user;

/** What an account may do: every account is a {@code USER}; {@code ADMIN} adds operator rights. */
public enum Role {
    USER,
    ADMIN
}
