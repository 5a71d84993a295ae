--liquibase formatted sql

--changeset maang:004-interview-sessions
-- One mock interview. (id, user_id) is unique so child tables can reference both and the
-- database guarantees a turn belongs to the same user as its session.
CREATE TABLE interview_sessions (
    id             uuid         PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id        uuid         NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    mode           text         NOT NULL,
    difficulty     text         NOT NULL,
    target_company text,
    target_role    text,
    status         text         NOT NULL DEFAULT 'CREATED',
    started_at     timestamptz,
    completed_at   timestamptz,
    overall_score  numeric(5,2),
    report         jsonb,
    version        bigint       NOT NULL DEFAULT 0,
    created_at     timestamptz  NOT NULL DEFAULT now(),
    updated_at     timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT interview_sessions_id_user_uq UNIQUE (id, user_id),
    CONSTRAINT interview_sessions_mode_ck CHECK (mode IN ('CODING', 'SYSTEM_DESIGN', 'BEHAVIORAL', 'HR')),
    CONSTRAINT interview_sessions_difficulty_ck CHECK (difficulty IN ('EASY', 'MEDIUM', 'HARD')),
    CONSTRAINT interview_sessions_status_ck
        CHECK (status IN ('CREATED', 'IN_PROGRESS', 'PAUSED', 'COMPLETED', 'ABANDONED')),
    CONSTRAINT interview_sessions_overall_score_ck CHECK (overall_score BETWEEN 0 AND 100),
    CONSTRAINT interview_sessions_times_ck
        CHECK (completed_at IS NULL OR started_at IS NULL OR completed_at >= started_at),
    CONSTRAINT interview_sessions_target_company_ck CHECK (char_length(target_company) <= 200),
    CONSTRAINT interview_sessions_target_role_ck CHECK (char_length(target_role) <= 200),
    CONSTRAINT interview_sessions_version_ck CHECK (version >= 0)
);
CREATE INDEX interview_sessions_user_created_idx ON interview_sessions (user_id, created_at DESC);
CREATE INDEX interview_sessions_user_status_idx ON interview_sessions (user_id, status);
CREATE TRIGGER interview_sessions_set_updated_at BEFORE UPDATE ON interview_sessions
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();
--rollback DROP TABLE interview_sessions;

--changeset maang:004-interview-turns
-- The interview chat, one row per message, ordered by sequence_number within a session.
-- produced_by names the interviewer implementation that wrote it ('rubric', 'llm', ...).
CREATE TABLE interview_turns (
    id              uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    session_id      uuid        NOT NULL,
    user_id         uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    sequence_number integer     NOT NULL,
    role            text        NOT NULL,
    kind            text        NOT NULL,
    question_id     text,
    message         text,
    code            text,
    language        text,
    scores          jsonb,
    analytics       jsonb,
    produced_by     text,
    created_at      timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT interview_turns_session_fk FOREIGN KEY (session_id, user_id)
        REFERENCES interview_sessions (id, user_id) ON DELETE CASCADE,
    CONSTRAINT interview_turns_session_sequence_uq UNIQUE (session_id, sequence_number),
    CONSTRAINT interview_turns_sequence_ck CHECK (sequence_number >= 0),
    CONSTRAINT interview_turns_role_ck CHECK (role IN ('INTERVIEWER', 'CANDIDATE', 'SYSTEM')),
    CONSTRAINT interview_turns_kind_ck
        CHECK (kind IN ('QUESTION', 'FOLLOW_UP', 'HINT', 'ANSWER', 'FEEDBACK', 'SUMMARY')),
    CONSTRAINT interview_turns_content_ck CHECK (message IS NOT NULL OR code IS NOT NULL),
    CONSTRAINT interview_turns_language_ck CHECK (language IN ('JAVA', 'PYTHON', 'JAVASCRIPT')),
    CONSTRAINT interview_turns_produced_by_ck CHECK (char_length(produced_by) BETWEEN 1 AND 64)
);
CREATE INDEX interview_turns_user_created_idx ON interview_turns (user_id, created_at DESC);
--rollback DROP TABLE interview_turns;
