package dev.maangtracker.boot.archfixture.security;

import org.springframework.security.core.Authentication;

/** Fixture: the starter reading the caller's authentication, which belongs in the app. */
public class SecurityInStarter {
    public String who(Authentication authentication) {
        return authentication.getName();
    }
}
