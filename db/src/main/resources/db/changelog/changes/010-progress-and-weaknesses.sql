--liquibase formatted sql

--changeset maang:010-user-progress
-- Progress per scope: 'OVERALL' or a roadmap topic slug.
CREATE TABLE user_progress (
    id               uuid         PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id          uuid         NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    scope            text         NOT NULL,
    progress_percent numeric(5,2) NOT NULL DEFAULT 0,
    solved_count     integer      NOT NULL DEFAULT 0,
    streak_current   integer      NOT NULL DEFAULT 0,
    streak_longest   integer      NOT NULL DEFAULT 0,
    last_active_date date,
    updated_at       timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT user_progress_scope_uq UNIQUE (user_id, scope),
    CONSTRAINT user_progress_scope_ck CHECK (char_length(scope) BETWEEN 1 AND 200),
    CONSTRAINT user_progress_percent_ck CHECK (progress_percent BETWEEN 0 AND 100),
    CONSTRAINT user_progress_solved_ck CHECK (solved_count >= 0),
    CONSTRAINT user_progress_streaks_ck
        CHECK (streak_current >= 0 AND streak_longest >= 0 AND streak_longest >= streak_current)
);
CREATE TRIGGER user_progress_set_updated_at BEFORE UPDATE ON user_progress
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();
--rollback DROP TABLE user_progress;

--changeset maang:010-weakness-analysis
-- A detected weakness, open while resolved_at is null. evidence and recommendations are JSON arrays.
CREATE TABLE weakness_analysis (
    id              uuid         PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id         uuid         NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    topic           text         NOT NULL,
    competency      text,
    severity        numeric(4,2) NOT NULL,
    confidence      numeric(4,3) NOT NULL,
    evidence        jsonb        NOT NULL DEFAULT '[]',
    recommendations jsonb        NOT NULL DEFAULT '[]',
    detected_at     timestamptz  NOT NULL DEFAULT now(),
    updated_at      timestamptz  NOT NULL DEFAULT now(),
    resolved_at     timestamptz,
    CONSTRAINT weakness_analysis_topic_ck CHECK (char_length(topic) BETWEEN 1 AND 200),
    CONSTRAINT weakness_analysis_severity_ck CHECK (severity BETWEEN 0 AND 10),
    CONSTRAINT weakness_analysis_confidence_ck CHECK (confidence BETWEEN 0 AND 1),
    CONSTRAINT weakness_analysis_evidence_ck CHECK (jsonb_typeof(evidence) = 'array'),
    CONSTRAINT weakness_analysis_recommendations_ck CHECK (jsonb_typeof(recommendations) = 'array'),
    CONSTRAINT weakness_analysis_resolved_ck CHECK (resolved_at IS NULL OR resolved_at >= detected_at)
);
CREATE INDEX weakness_analysis_open_user_idx ON weakness_analysis (user_id) WHERE resolved_at IS NULL;
CREATE INDEX weakness_analysis_user_detected_idx ON weakness_analysis (user_id, detected_at DESC);
CREATE TRIGGER weakness_analysis_set_updated_at BEFORE UPDATE ON weakness_analysis
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();
--rollback DROP TABLE weakness_analysis;
