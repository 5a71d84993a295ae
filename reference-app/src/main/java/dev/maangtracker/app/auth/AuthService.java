package dev.maangtracker.app.auth;

import dev.maangtracker.app.time.TimeZones;
import dev.maangtracker.boot.auth.RefreshTokenRotation;
import dev.maangtracker.boot.auth.RefreshTokenStore;
import dev.maangtracker.core.user.UserAccount;
import dev.maangtracker.core.user.UserAccountRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

/**
 * Registration, sign-in, refresh and sign-out. Password hashing is deliberately slow, so it runs
 * on the given scheduler (bounded elastic), never on an event-loop thread. Sign-in answers the
 * same 401 for an unknown email and a wrong password, and hashes against a dummy hash for an
 * unknown email so both take about as long.
 */
public final class AuthService {

    static final String BAD_CREDENTIALS = "The email or password is wrong.";
    static final String BAD_REFRESH_TOKEN = "The refresh token is invalid, expired or revoked; sign in again.";

    private static final Logger log = LoggerFactory.getLogger(AuthService.class);

    private final UserAccountRepository users;
    private final PasswordEncoder passwords;
    private final AccessTokens accessTokens;
    private final RefreshTokens refreshTokens;
    private final RefreshTokenStore refreshStore;
    private final Duration refreshTtl;
    private final Clock clock;
    private final Scheduler hashing;
    private final String dummyHash;

    /**
     * @param users         accounts
     * @param passwords     hashes and checks passwords
     * @param accessTokens  issues JWTs
     * @param refreshTokens makes refresh tokens
     * @param refreshStore  keeps refresh tokens (hashed)
     * @param refreshTtl    refresh token lifetime
     * @param clock         account creation time
     * @param hashing       where password hashing runs
     */
    public AuthService(UserAccountRepository users, PasswordEncoder passwords, AccessTokens accessTokens,
            RefreshTokens refreshTokens, RefreshTokenStore refreshStore, Duration refreshTtl, Clock clock,
            Scheduler hashing) {
        this.users = users;
        this.passwords = passwords;
        this.accessTokens = accessTokens;
        this.refreshTokens = refreshTokens;
        this.refreshStore = refreshStore;
        this.refreshTtl = refreshTtl;
        this.clock = clock;
        this.hashing = hashing;
        this.dummyHash = passwords.encode("not-a-password-" + UUID.randomUUID());
    }

    /** Creates a USER account; a taken email (any case) is a conflict. */
    public Mono<UserAccount> register(RegisterRequest request) {
        return Mono.defer(() -> {
            ZoneId zone = TimeZones.parse("timeZone", request.timeZone());
            return Mono.fromCallable(() -> passwords.encode(request.password())).subscribeOn(hashing)
                    .map(hash -> UserAccount.create(request.email(), hash, request.fullName(), zone, clock.instant()))
                    .flatMap(users::create);
        });
    }

    /** Tokens for valid credentials; 401 otherwise, without saying which part was wrong. */
    public Mono<TokenResponse> login(LoginRequest request) {
        return users.findByEmail(request.email())
                .map(account -> new Candidate(account, account.passwordHash()))
                .defaultIfEmpty(new Candidate(null, dummyHash))
                .flatMap(candidate -> Mono.fromCallable(() -> passwords.matches(request.password(), candidate.hash()))
                        .subscribeOn(hashing)
                        .filter(matches -> matches && candidate.account() != null)
                        .map(matches -> candidate.account()))
                .switchIfEmpty(Mono.error(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED, BAD_CREDENTIALS)))
                .flatMap(account -> {
                    String refresh = refreshTokens.next();
                    return refreshStore.startFamily(refresh, account.id(), UUID.randomUUID(), refreshTtl)
                            .then(Mono.fromSupplier(() -> tokens(account, refresh)));
                });
    }

    /**
     * New tokens for a live refresh token, which is spent. A spent token presented again revokes
     * its family (every token descended from that sign-in) and answers 401, as does an unknown,
     * expired or revoked token, or one whose account was deleted.
     */
    public Mono<TokenResponse> refresh(RefreshRequest request) {
        String successor = refreshTokens.next();
        return refreshStore.rotate(request.refreshToken(), successor, refreshTtl)
                .flatMap(rotation -> {
                    if (rotation.outcome() == RefreshTokenRotation.Outcome.REUSED) {
                        log.warn("refresh token reuse for user {}: revoked token family {}", rotation.userId(),
                                rotation.familyId());
                        return Mono.empty();
                    }
                    return users.findById(rotation.userId())
                            .map(account -> tokens(account, successor))
                            .switchIfEmpty(refreshStore.revokeFamilyOf(successor).then(Mono.empty()));
                })
                .switchIfEmpty(Mono.error(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED, BAD_REFRESH_TOKEN)));
    }

    /** Revokes the token's family; completes whether or not the token was known. */
    public Mono<Void> logout(RefreshRequest request) {
        return refreshStore.revokeFamilyOf(request.refreshToken()).then();
    }

    private TokenResponse tokens(UserAccount account, String refresh) {
        return new TokenResponse(accessTokens.issue(account), refresh, "Bearer", accessTokens.lifetime().toSeconds());
    }

    private record Candidate(UserAccount account, String hash) {
    }
}
