package dev.maangtracker.boot.user;

import dev.maangtracker.boot.r2dbc.R2dbcErrors;
import dev.maangtracker.boot.r2dbc.SqlValues;
import dev.maangtracker.core.error.ConflictException;
import dev.maangtracker.core.error.InvalidInputException;
import dev.maangtracker.core.error.NotFoundException;
import dev.maangtracker.core.user.Role;
import dev.maangtracker.core.user.UserAccount;
import dev.maangtracker.core.user.UserAccountRepository;
import io.r2dbc.spi.Readable;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import reactor.core.publisher.Mono;

/**
 * {@link UserAccountRepository} on the {@code users} table. Email uniqueness is the database's
 * case-insensitive unique index ({@code lower(email)}), so two concurrent registrations cannot both
 * win; its violation (SQLSTATE 23505) is a {@link ConflictException} on {@code email}. Updates are
 * guarded by the stored version. Thread-safe.
 */
public final class R2dbcUserAccountRepository implements UserAccountRepository {

    private static final String COLUMNS = "id, email, password_hash, full_name, time_zone, roles, created_at, "
            + "updated_at, version";

    private final DatabaseClient db;

    /** @param db the client of the database holding the Liquibase schema */
    public R2dbcUserAccountRepository(DatabaseClient db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    @Override
    public Mono<UserAccount> create(UserAccount account) {
        return Mono.defer(() -> {
            Objects.requireNonNull(account, "account");
            if (account.version() != 0) {
                return Mono.error(InvalidInputException.of("version", "a new account must have version 0"));
            }
            GenericExecuteSpec spec = db.sql("INSERT INTO users (" + COLUMNS + ") VALUES (:id, :email, :hash, :name, "
                    + ":zone, :roles, :created, :updated, :version)");
            return bind(spec, account).fetch().rowsUpdated()
                    .onErrorMap(DuplicateKeyException.class, e -> duplicate(e))
                    .thenReturn(account);
        }).onErrorMap(e -> R2dbcErrors.translate(e, "users"));
    }

    @Override
    public Mono<UserAccount> findById(UUID id) {
        return Mono.defer(() -> db.sql("SELECT " + COLUMNS + " FROM users WHERE id = :id")
                .bind("id", Objects.requireNonNull(id, "id")).map(R2dbcUserAccountRepository::account).one())
                .onErrorMap(e -> R2dbcErrors.translate(e, "users"));
    }

    @Override
    public Mono<UserAccount> findByEmail(String email) {
        return Mono.defer(() -> db.sql("SELECT " + COLUMNS + " FROM users WHERE lower(email) = :email")
                .bind("email", UserAccount.normalizeEmail(email)).map(R2dbcUserAccountRepository::account).one())
                .onErrorMap(e -> R2dbcErrors.translate(e, "users"));
    }

    @Override
    public Mono<UserAccount> update(UserAccount next) {
        return Mono.defer(() -> {
            Objects.requireNonNull(next, "next");
            GenericExecuteSpec spec = db.sql("UPDATE users SET email = :email, password_hash = :hash, "
                    + "full_name = :name, time_zone = :zone, roles = :roles, created_at = :created, "
                    + "updated_at = :updated, version = :version WHERE id = :id AND version = :storedVersion");
            return bind(spec, next).bind("storedVersion", next.version() - 1).fetch().rowsUpdated()
                    .onErrorMap(DuplicateKeyException.class, e -> duplicate(e))
                    .flatMap(rows -> rows == 1 ? Mono.just(next) : whyNotUpdated(next));
        }).onErrorMap(e -> R2dbcErrors.translate(e, "users"));
    }

    @Override
    public Mono<Boolean> delete(UUID id) {
        return Mono.defer(() -> db.sql("DELETE FROM users WHERE id = :id").bind("id", Objects.requireNonNull(id, "id"))
                .fetch().rowsUpdated().map(rows -> rows > 0))
                .onErrorMap(e -> R2dbcErrors.translate(e, "users"));
    }

    private Mono<UserAccount> whyNotUpdated(UserAccount next) {
        return db.sql("SELECT version FROM users WHERE id = :id").bind("id", next.id())
                .map(row -> row.get("version", Long.class)).one()
                .flatMap(stored -> Mono.<UserAccount>error(
                        ConflictException.staleVersion("user", next.id(), next.version() - 1)))
                .switchIfEmpty(Mono.error(() -> NotFoundException.of("user", next.id())));
    }

    private static ConflictException duplicate(DuplicateKeyException e) {
        // The primary key and the email index are the table's only unique constraints.
        return String.valueOf(e.getMessage()).contains("users_pkey")
                ? ConflictException.duplicate("user", "id") : ConflictException.duplicate("user", "email");
    }

    private static GenericExecuteSpec bind(GenericExecuteSpec spec, UserAccount a) {
        String[] roles = a.roles().stream().sorted().map(Role::name).toArray(String[]::new);
        spec = spec.bind("id", a.id()).bind("email", a.email()).bind("hash", a.passwordHash())
                .bind("zone", a.timeZone().getId()).bind("roles", roles).bind("version", a.version());
        spec = SqlValues.bindNullable(spec, "name", a.fullName(), String.class);
        spec = SqlValues.bindInstant(spec, "created", a.createdAt());
        return SqlValues.bindInstant(spec, "updated", a.updatedAt());
    }

    private static UserAccount account(Readable row) {
        Set<Role> roles = Arrays.stream(row.get("roles", String[].class)).map(Role::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
        return new UserAccount(row.get("id", UUID.class), row.get("email", String.class),
                row.get("password_hash", String.class), row.get("full_name", String.class),
                ZoneId.of(row.get("time_zone", String.class)), roles, SqlValues.instant(row, "created_at"),
                SqlValues.instant(row, "updated_at"), row.get("version", Long.class));
    }
}
