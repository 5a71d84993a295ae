--liquibase formatted sql

--changeset maang:008-user-problem-status
-- Where a user stands on each problem. A catalogue problem that users have touched cannot be
-- deleted (RESTRICT): retiring a problem must not silently erase anyone's history.
CREATE TABLE user_problem_status (
    user_id    uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    problem_id uuid        NOT NULL REFERENCES problems (id) ON DELETE RESTRICT,
    status     text        NOT NULL DEFAULT 'TODO',
    notes      text,
    updated_at timestamptz NOT NULL DEFAULT now(),
    version    bigint      NOT NULL DEFAULT 0,
    PRIMARY KEY (user_id, problem_id),
    CONSTRAINT user_problem_status_status_ck CHECK (status IN ('TODO', 'ATTEMPTED', 'SOLVED', 'MASTERED')),
    CONSTRAINT user_problem_status_version_ck CHECK (version >= 0)
);
CREATE INDEX user_problem_status_problem_idx ON user_problem_status (problem_id);
CREATE INDEX user_problem_status_user_status_idx ON user_problem_status (user_id, status);
CREATE TRIGGER user_problem_status_set_updated_at BEFORE UPDATE ON user_problem_status
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();
--rollback DROP TABLE user_problem_status;

--changeset maang:008-problem-attempts
-- Every attempt at a problem, in or outside the app. language is free text here because the
-- attempt may have been made on another site in a language our judge does not run.
CREATE TABLE problem_attempts (
    id            uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id       uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    problem_id    uuid        NOT NULL REFERENCES problems (id) ON DELETE RESTRICT,
    outcome       text        NOT NULL,
    minutes_spent integer     NOT NULL DEFAULT 0,
    hints_used    integer     NOT NULL DEFAULT 0,
    language      text,
    attempted_at  timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT problem_attempts_outcome_ck CHECK (outcome IN ('SOLVED', 'PARTIAL', 'FAILED')),
    CONSTRAINT problem_attempts_minutes_ck CHECK (minutes_spent >= 0),
    CONSTRAINT problem_attempts_hints_ck CHECK (hints_used >= 0),
    CONSTRAINT problem_attempts_language_ck CHECK (char_length(language) BETWEEN 1 AND 32)
);
CREATE INDEX problem_attempts_user_attempted_idx ON problem_attempts (user_id, attempted_at DESC);
CREATE INDEX problem_attempts_user_problem_idx ON problem_attempts (user_id, problem_id, attempted_at DESC);
CREATE INDEX problem_attempts_problem_idx ON problem_attempts (problem_id);
--rollback DROP TABLE problem_attempts;
