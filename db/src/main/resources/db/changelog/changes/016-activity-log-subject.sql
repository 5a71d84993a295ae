--liquibase formatted sql

--changeset maang:016-activity-log-subject
-- The tracker's activity entries name their subject (a slug or session id) and the user's calendar
-- day at the time, fixed when written. Both stay nullable for rows written before this change.
-- The tracker's activity types join the allowed list.
ALTER TABLE activity_log
    ADD COLUMN subject    text,
    ADD COLUMN local_date date;
ALTER TABLE activity_log ADD CONSTRAINT activity_log_subject_ck CHECK (char_length(subject) BETWEEN 1 AND 300);
ALTER TABLE activity_log DROP CONSTRAINT activity_log_activity_type_ck;
ALTER TABLE activity_log ADD CONSTRAINT activity_log_activity_type_ck CHECK (activity_type IN (
    'INTERVIEW_STARTED', 'INTERVIEW_COMPLETED', 'ANSWER_SUBMITTED', 'PROBLEM_ATTEMPTED',
    'PROBLEM_STATUS_CHANGED', 'REVIEW_DONE', 'CODE_RUN', 'MEMORY_ADDED', 'RESUME_UPLOADED', 'LOGIN',
    'PROBLEM_ATTEMPT', 'NOTE', 'CONCEPT_STUDY', 'REVIEW'));
--rollback DELETE FROM activity_log WHERE activity_type IN ('PROBLEM_ATTEMPT', 'NOTE', 'CONCEPT_STUDY', 'REVIEW');
--rollback ALTER TABLE activity_log DROP CONSTRAINT activity_log_activity_type_ck;
--rollback ALTER TABLE activity_log ADD CONSTRAINT activity_log_activity_type_ck CHECK (activity_type IN (
--rollback     'INTERVIEW_STARTED', 'INTERVIEW_COMPLETED', 'ANSWER_SUBMITTED', 'PROBLEM_ATTEMPTED',
--rollback     'PROBLEM_STATUS_CHANGED', 'REVIEW_DONE', 'CODE_RUN', 'MEMORY_ADDED', 'RESUME_UPLOADED', 'LOGIN'));
--rollback ALTER TABLE activity_log DROP COLUMN subject, DROP COLUMN local_date;
