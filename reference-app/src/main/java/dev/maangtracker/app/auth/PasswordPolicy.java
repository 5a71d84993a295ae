package dev.maangtracker.app.auth;

/**
 * What a password must be: long enough to resist guessing (NIST SP 800-63B asks for at least 8;
 * we ask {@value #MIN_LENGTH}), short enough to bound the cost of hashing it. No composition
 * rules: length matters more, and such rules push users to predictable patterns.
 */
public final class PasswordPolicy {

    /** Fewest characters. */
    public static final int MIN_LENGTH = 10;
    /** Most characters; longer input is refused before any hashing. */
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }
}
