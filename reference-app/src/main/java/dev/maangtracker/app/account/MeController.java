package dev.maangtracker.app.account;

import dev.maangtracker.app.time.TimeZones;
import dev.maangtracker.core.user.UserAccountRepository;
import jakarta.validation.Valid;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.ZoneId;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.RequestBody;
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
    private final Clock clock;

    /**
     * @param users    the account store
     * @param data     reads the export
     * @param deletion deletes the account and its data
     * @param clock    stamps changes
     */
    public MeController(UserAccountRepository users, AccountDataService data, AccountDeletion deletion,
                        Clock clock) {
        this.users = users;
        this.data = data;
        this.deletion = deletion;
        this.clock = clock;
    }

    /** The caller's public view. */
    @GetMapping
    @Operation(summary = "The signed-in user")
    public Mono<UserView> me(@AuthenticationPrincipal Jwt token) {
        return users.findById(UUID.fromString(token.getSubject())).map(UserView::of)
                // Deleted between authentication and now: the token no longer identifies anyone.
                .switchIfEmpty(Mono.error(() -> new BadCredentialsException("account no longer exists")));
    }

    /**
     * Changes the caller's display name or time zone; absent fields stay. 400 naming the field for an unknown zone,
     * 409 when another change to the account landed first.
     */
    @PatchMapping
    @Operation(summary = "Change the signed-in user's display name or time zone")
    public Mono<UserView> change(@AuthenticationPrincipal Jwt token, @Valid @RequestBody AccountChanges changes) {
        return Mono.defer(() -> {
            ZoneId zone = TimeZones.parse("timeZone", changes.timeZone());
            return users.findById(UUID.fromString(token.getSubject()))
                    .switchIfEmpty(Mono.error(() -> new BadCredentialsException("account no longer exists")))
                    // A blank name clears it: the account stores "no display name" as null.
                    .flatMap(account -> users.update(account.withChanges(changes.fullName(), zone, null,
                            clock.instant())))
                    .map(UserView::of);
        });
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
