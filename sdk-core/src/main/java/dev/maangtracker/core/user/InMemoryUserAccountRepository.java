package dev.maangtracker.core.user;

import dev.maangtracker.core.error.ConflictException;
import dev.maangtracker.core.error.InvalidInputException;
import dev.maangtracker.core.error.NotFoundException;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import reactor.core.publisher.Mono;

/**
 * {@link UserAccountRepository} in this process's memory: the embedded default. Thread-safe;
 * email uniqueness and versions are enforced under one lock so two registrations cannot both win.
 */
public final class InMemoryUserAccountRepository implements UserAccountRepository {

    private final ConcurrentMap<UUID, UserAccount> byId = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, UUID> idByEmail = new ConcurrentHashMap<>();
    private final Object lock = new Object();

    @Override
    public Mono<UserAccount> create(UserAccount account) {
        return Mono.fromCallable(() -> {
            Objects.requireNonNull(account, "account");
            if (account.version() != 0) {
                throw InvalidInputException.of("version", "a new account must have version 0");
            }
            String key = UserAccount.normalizeEmail(account.email());
            synchronized (lock) {
                if (idByEmail.containsKey(key)) {
                    throw ConflictException.duplicate("user", "email");
                }
                if (byId.containsKey(account.id())) {
                    throw ConflictException.duplicate("user", "id");
                }
                byId.put(account.id(), account);
                idByEmail.put(key, account.id());
            }
            return account;
        });
    }

    @Override
    public Mono<UserAccount> findById(UUID id) {
        return Mono.fromSupplier(() -> byId.get(Objects.requireNonNull(id, "id")));
    }

    @Override
    public Mono<UserAccount> findByEmail(String email) {
        return Mono.fromSupplier(() -> {
            UUID id = idByEmail.get(UserAccount.normalizeEmail(email));
            return id == null ? null : byId.get(id);
        });
    }

    @Override
    public Mono<UserAccount> update(UserAccount next) {
        return Mono.fromCallable(() -> {
            Objects.requireNonNull(next, "next");
            synchronized (lock) {
                UserAccount current = byId.get(next.id());
                if (current == null) {
                    throw NotFoundException.of("user", next.id());
                }
                if (next.version() != current.version() + 1) {
                    throw ConflictException.staleVersion("user", next.id(), next.version() - 1);
                }
                String oldKey = UserAccount.normalizeEmail(current.email());
                String newKey = UserAccount.normalizeEmail(next.email());
                if (!oldKey.equals(newKey)) {
                    if (idByEmail.containsKey(newKey)) {
                        throw ConflictException.duplicate("user", "email");
                    }
                    idByEmail.remove(oldKey);
                    idByEmail.put(newKey, next.id());
                }
                byId.put(next.id(), next);
                return next;
            }
        });
    }

    @Override
    public Mono<Boolean> delete(UUID id) {
        return Mono.fromSupplier(() -> {
            Objects.requireNonNull(id, "id");
            synchronized (lock) {
                UserAccount removed = byId.remove(id);
                if (removed == null) {
                    return false;
                }
                idByEmail.remove(UserAccount.normalizeEmail(removed.email()));
                return true;
            }
        });
    }
}
