--liquibase formatted sql

--changeset maang:017-weakness-evidence
-- Append-only observations the weakness analyzer aggregates (weakness_analysis holds its results).
-- reference cites an attempt id, or a session id with the turn. id keeps the order of appends
-- for observations made at the same instant.
CREATE TABLE weakness_evidence (
    id          bigint           GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id     uuid             NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    topic       text             NOT NULL,
    mode        text             NOT NULL,
    source      text             NOT NULL,
    reference   text             NOT NULL,
    score       double precision NOT NULL,
    observed_at timestamptz      NOT NULL,
    note        text             NOT NULL DEFAULT '',
    CONSTRAINT weakness_evidence_topic_ck CHECK (char_length(topic) BETWEEN 1 AND 200),
    CONSTRAINT weakness_evidence_mode_ck CHECK (mode IN ('CODING', 'SYSTEM_DESIGN', 'BEHAVIORAL', 'HR')),
    CONSTRAINT weakness_evidence_source_ck
        CHECK (source IN ('INTERVIEW_DIMENSION', 'INTERVIEW_QUESTION', 'ANSWER', 'PROBLEM_ATTEMPT')),
    CONSTRAINT weakness_evidence_reference_ck CHECK (char_length(reference) BETWEEN 1 AND 300),
    CONSTRAINT weakness_evidence_score_ck CHECK (score BETWEEN 0 AND 100)
);
CREATE INDEX weakness_evidence_user_observed_idx ON weakness_evidence (user_id, observed_at);
CREATE TRIGGER weakness_evidence_reject_update BEFORE UPDATE ON weakness_evidence
    FOR EACH ROW EXECUTE FUNCTION reject_update();
--rollback DROP TABLE weakness_evidence;
