--liquibase formatted sql

--changeset maang:011-activity-log
-- Append-only history of what a user did. A trigger rejects UPDATE. DELETE stays allowed so
-- deleting a user (and data-retention jobs) can remove rows.
CREATE TABLE activity_log (
    id            uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id       uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    activity_type text        NOT NULL,
    details       jsonb       NOT NULL DEFAULT '{}',
    occurred_at   timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT activity_log_activity_type_ck CHECK (activity_type IN (
        'INTERVIEW_STARTED', 'INTERVIEW_COMPLETED', 'ANSWER_SUBMITTED', 'PROBLEM_ATTEMPTED',
        'PROBLEM_STATUS_CHANGED', 'REVIEW_DONE', 'CODE_RUN', 'MEMORY_ADDED', 'RESUME_UPLOADED', 'LOGIN'))
);
CREATE INDEX activity_log_user_occurred_idx ON activity_log (user_id, occurred_at DESC);
CREATE TRIGGER activity_log_reject_update BEFORE UPDATE ON activity_log
    FOR EACH ROW EXECUTE FUNCTION reject_update();
--rollback DROP TABLE activity_log;
