--liquibase formatted sql

--changeset maang:015-practice-attempts
-- The tracker's attempts, keyed by the problem or concept slug of the roadmap catalogue (which the
-- SDK ships as a file, so there is no problems row to reference). zone_id is the user's zone at
-- the attempt: it fixes the streak day even after the user moves.
CREATE TABLE practice_attempts (
    id           uuid        PRIMARY KEY,
    user_id      uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    slug         text        NOT NULL,
    outcome      text        NOT NULL,
    minutes      integer     NOT NULL DEFAULT 0,
    hints_used   integer     NOT NULL DEFAULT 0,
    language     text        NOT NULL DEFAULT '',
    attempted_at timestamptz NOT NULL,
    zone_id      text        NOT NULL,
    CONSTRAINT practice_attempts_slug_ck CHECK (char_length(slug) BETWEEN 1 AND 300),
    CONSTRAINT practice_attempts_outcome_ck CHECK (outcome IN ('SOLVED', 'PARTIAL', 'FAILED')),
    CONSTRAINT practice_attempts_minutes_ck CHECK (minutes BETWEEN 0 AND 600),
    CONSTRAINT practice_attempts_hints_ck CHECK (hints_used BETWEEN 0 AND 20),
    CONSTRAINT practice_attempts_language_ck CHECK (char_length(language) <= 40),
    CONSTRAINT practice_attempts_zone_ck CHECK (char_length(zone_id) BETWEEN 1 AND 64)
);
CREATE INDEX practice_attempts_user_attempted_idx ON practice_attempts (user_id, attempted_at);
--rollback DROP TABLE practice_attempts;

--changeset maang:015-practice-notes
-- The user's own notes on a problem or concept, one text per slug.
CREATE TABLE practice_notes (
    user_id    uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    slug       text        NOT NULL,
    notes      text        NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (user_id, slug),
    CONSTRAINT practice_notes_slug_ck CHECK (char_length(slug) BETWEEN 1 AND 300)
);
--rollback DROP TABLE practice_notes;
