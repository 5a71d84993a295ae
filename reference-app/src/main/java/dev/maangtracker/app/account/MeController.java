package dev.maangtracker.app.account;

import dev.maangtracker.core.user.UserAccountRepository;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** The caller's own account. */
@RestController
@RequestMapping("/api/v1/me")
@Tag(name = "account", description = "The signed-in user's account")
public class MeController {

    private final UserAccountRepository users;
    private final AccountDataService data;
    private final AccountDeletion deletion;

    /**
     * @param users    the account store
     * @param data     reads the export
     * @param deletion deletes the account and its data
     */
    public MeController(UserAccountRepository users, AccountDataService data, AccountDeletion deletion) {
        this.users = users;
        this.data = data;
        this.deletion = deletion;
    }

    /** The caller's public view. */
    @GetMapping
    @Operation(summary = "The signed-in user")
    public Mono<UserView> me(@AuthenticationPrincipal Jwt token) {
        return users.findById(UUID.fromString(token.getSubject())).map(UserView::of)
                // Deleted between authentication and now: the token no longer identifies anyone.
                .switchIfEmpty(Mono.error(() -> new BadCredentialsException("account no longer exists")));
    }

    /** All of the caller's data as one JSON document (no password hash, no embeddings). */
    @GetMapping("/export")
    @Operation(summary = "Export all of the signed-in user's data")
    public Mono<AccountExport> export(@AuthenticationPrincipal Jwt token) {
        return data.export(UUID.fromString(token.getSubject()));
    }

    /** Deletes the caller's account and all its data, memories and caches included; its tokens stop working. */
    @DeleteMapping
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete the signed-in user's account and all its data")
    public Mono<Void> delete(@AuthenticationPrincipal Jwt token) {
        return deletion.delete(UUID.fromString(token.getSubject())).then();
    }
}
