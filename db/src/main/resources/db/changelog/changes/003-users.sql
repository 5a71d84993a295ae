--liquibase formatted sql

--changeset maang:003-users
-- Accounts. Email is stored as typed and unique case-insensitively. version is the
-- optimistic-locking counter the application increments.
CREATE TABLE users (
    id            uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    email         text        NOT NULL,
    password_hash text        NOT NULL,
    full_name     text,
    time_zone     text        NOT NULL DEFAULT 'UTC',
    roles         text[]      NOT NULL DEFAULT ARRAY['USER']::text[],
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    version       bigint      NOT NULL DEFAULT 0,
    CONSTRAINT users_email_format_ck CHECK (char_length(email) BETWEEN 3 AND 320 AND email LIKE '%_@_%'),
    CONSTRAINT users_password_hash_ck CHECK (char_length(password_hash) > 0),
    CONSTRAINT users_full_name_ck CHECK (full_name IS NULL OR char_length(full_name) <= 200),
    CONSTRAINT users_time_zone_ck CHECK (char_length(time_zone) BETWEEN 1 AND 64),
    CONSTRAINT users_roles_ck CHECK (cardinality(roles) > 0 AND roles <@ ARRAY['USER', 'ADMIN']::text[]),
    CONSTRAINT users_version_ck CHECK (version >= 0)
);
CREATE UNIQUE INDEX users_email_lower_uq ON users (lower(email));
CREATE TRIGGER users_set_updated_at BEFORE UPDATE ON users
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();
--rollback DROP TABLE users;
