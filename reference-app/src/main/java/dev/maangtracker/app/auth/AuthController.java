package dev.maangtracker.app.auth;

import dev.maangtracker.app.account.UserView;
import dev.maangtracker.app.ratelimit.LoginRateLimits;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** {@code /api/v1/auth}: the public endpoints that create accounts and hand out tokens. */
@RestController
@RequestMapping("/api/v1/auth")
@Tag(name = "auth", description = "Registration, sign-in, token refresh and sign-out")
@SecurityRequirements
public class AuthController {

    private final AuthService auth;
    private final LoginRateLimits loginLimits;

    /**
     * @param auth        the sign-in logic
     * @param loginLimits sign-in attempts per address and per account
     */
    public AuthController(AuthService auth, LoginRateLimits loginLimits) {
        this.auth = auth;
        this.loginLimits = loginLimits;
    }

    /** 201 with the new account; 409 if the email is taken. */
    @PostMapping("/register")
    @Operation(summary = "Create an account")
    public Mono<ResponseEntity<UserView>> register(@Valid @RequestBody RegisterRequest request) {
        return auth.register(request).map(account -> ResponseEntity.created(URI.create("/api/v1/me"))
                .body(UserView.of(account)));
    }

    /** Access and refresh tokens; 401 for wrong credentials; 429 when attempts exceed the limits. */
    @PostMapping("/login")
    @Operation(summary = "Sign in with email and password")
    public Mono<TokenResponse> login(@Valid @RequestBody LoginRequest request, ServerWebExchange exchange) {
        return loginLimits.check(request.email(), exchange).then(Mono.defer(() -> auth.login(request)));
    }

    /** New tokens; the presented refresh token is spent. */
    @PostMapping("/refresh")
    @Operation(summary = "Exchange a refresh token for new tokens (rotation)")
    public Mono<TokenResponse> refresh(@Valid @RequestBody RefreshRequest request) {
        return auth.refresh(request);
    }

    /** Revokes the refresh token's family; 204 whether or not it was known. */
    @PostMapping("/logout")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Sign out: revoke the refresh token and every token rotated from the same sign-in")
    public Mono<Void> logout(@Valid @RequestBody RefreshRequest request) {
        return auth.logout(request);
    }
}
