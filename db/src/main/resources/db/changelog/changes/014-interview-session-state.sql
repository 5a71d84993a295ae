--liquibase formatted sql

--changeset maang:014-interview-session-state
-- The engine's session state beyond 004: the questions asked so far (a JSON array of ids), the
-- stored turn count, the time allowed per question, the current question's clock, the pause and
-- the end (completed or abandoned; completed_at stays set only for completed sessions).
ALTER TABLE interview_sessions
    ADD COLUMN asked_question_ids       jsonb       NOT NULL DEFAULT '[]',
    ADD COLUMN turn_count               integer     NOT NULL DEFAULT 0,
    ADD COLUMN question_time_limit_ms   bigint      NOT NULL DEFAULT 900000,
    ADD COLUMN question_started_at      timestamptz,
    ADD COLUMN paused_at                timestamptz,
    ADD COLUMN ended_at                 timestamptz;
ALTER TABLE interview_sessions
    ADD CONSTRAINT interview_sessions_asked_question_ids_ck CHECK (jsonb_typeof(asked_question_ids) = 'array'),
    ADD CONSTRAINT interview_sessions_turn_count_ck CHECK (turn_count >= 0),
    ADD CONSTRAINT interview_sessions_question_time_limit_ck CHECK (question_time_limit_ms > 0),
    ADD CONSTRAINT interview_sessions_paused_ck CHECK ((status = 'PAUSED') = (paused_at IS NOT NULL));
--rollback ALTER TABLE interview_sessions DROP COLUMN asked_question_ids, DROP COLUMN turn_count,
--rollback     DROP COLUMN question_time_limit_ms, DROP COLUMN question_started_at, DROP COLUMN paused_at,
--rollback     DROP COLUMN ended_at;
