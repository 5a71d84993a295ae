package dev.maangtracker.boot.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import reactor.core.publisher.Mono;

/**
 * {@link RefreshTokenStore} in this process's memory: the embedded default, right for one instance
 * (tokens do not survive a restart). Every operation runs under one lock, which makes rotation
 * atomic. Expired tokens count as unknown and are dropped as they are met and by a periodic sweep.
 */
public final class InMemoryRefreshTokenStore implements RefreshTokenStore {

    /** Writes between two sweeps of expired entries. */
    static final int SWEEP_EVERY = 1024;

    private final Clock clock;
    private final Object lock = new Object();
    private final Map<String, Entry> tokens = new HashMap<>();
    private final Map<UUID, Set<String>> families = new HashMap<>();
    private int writesSinceSweep;

    /** @param clock decides expiry */
    public InMemoryRefreshTokenStore(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Mono<Void> startFamily(String token, UUID userId, UUID familyId, Duration ttl) {
        return Mono.fromRunnable(() -> {
            String hash = RefreshTokenHashes.sha256(token);
            Objects.requireNonNull(userId, "userId");
            Objects.requireNonNull(familyId, "familyId");
            Instant expiresAt = clock.instant().plus(RefreshTokenHashes.positive(ttl));
            synchronized (lock) {
                sweepNowAndThen();
                tokens.put(hash, new Entry(userId, familyId, false, expiresAt));
                families.computeIfAbsent(familyId, id -> new HashSet<>()).add(hash);
            }
        });
    }

    @Override
    public Mono<RefreshTokenRotation> rotate(String presented, String successor, Duration ttl) {
        return Mono.fromSupplier(() -> {
            String presentedHash = RefreshTokenHashes.sha256(presented);
            String successorHash = RefreshTokenHashes.sha256(successor);
            Instant now = clock.instant();
            Instant expiresAt = now.plus(RefreshTokenHashes.positive(ttl));
            synchronized (lock) {
                sweepNowAndThen();
                Entry entry = live(presentedHash, now);
                if (entry == null) {
                    return null;
                }
                if (entry.spent()) {
                    revoke(entry.familyId());
                    return new RefreshTokenRotation(RefreshTokenRotation.Outcome.REUSED, entry.userId(), entry.familyId());
                }
                tokens.put(presentedHash, new Entry(entry.userId(), entry.familyId(), true, entry.expiresAt()));
                tokens.put(successorHash, new Entry(entry.userId(), entry.familyId(), false, expiresAt));
                families.computeIfAbsent(entry.familyId(), id -> new HashSet<>()).add(successorHash);
                return new RefreshTokenRotation(RefreshTokenRotation.Outcome.ROTATED, entry.userId(), entry.familyId());
            }
        });
    }

    @Override
    public Mono<Boolean> revokeFamilyOf(String token) {
        return Mono.fromSupplier(() -> {
            String hash = RefreshTokenHashes.sha256(token);
            synchronized (lock) {
                Entry entry = live(hash, clock.instant());
                if (entry == null) {
                    return false;
                }
                revoke(entry.familyId());
                return true;
            }
        });
    }

    @Override
    public Mono<Long> revokeAllOf(UUID userId) {
        Objects.requireNonNull(userId, "userId");
        return Mono.fromSupplier(() -> {
            synchronized (lock) {
                Set<UUID> owned = new HashSet<>();
                tokens.values().stream().filter(entry -> entry.userId().equals(userId))
                        .forEach(entry -> owned.add(entry.familyId()));
                owned.forEach(this::revoke);
                return (long) owned.size();
            }
        });
    }

    /** Tokens currently held, expired ones included until swept (for tests of the sweep). */
    int size() {
        synchronized (lock) {
            return tokens.size();
        }
    }

    private Entry live(String hash, Instant now) {
        Entry entry = tokens.get(hash);
        if (entry != null && !now.isBefore(entry.expiresAt())) {
            tokens.remove(hash);
            Set<String> family = families.get(entry.familyId());
            if (family != null) {
                family.remove(hash);
                if (family.isEmpty()) {
                    families.remove(entry.familyId());
                }
            }
            return null;
        }
        return entry;
    }

    private void revoke(UUID familyId) {
        Set<String> members = families.remove(familyId);
        if (members != null) {
            members.forEach(tokens::remove);
        }
    }

    private void sweepNowAndThen() {
        if (++writesSinceSweep < SWEEP_EVERY) {
            return;
        }
        writesSinceSweep = 0;
        Instant now = clock.instant();
        for (String hash : Set.copyOf(tokens.keySet())) {
            live(hash, now);
        }
    }

    private record Entry(UUID userId, UUID familyId, boolean spent, Instant expiresAt) {
    }
}
