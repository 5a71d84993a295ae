--liquibase formatted sql

--changeset maang:005-code-submissions
-- Code run through the judge. A submission made inside an interview belongs to it and goes
-- with it (CASCADE). Its turn link is only a pointer (SET NULL). Run time and memory are null
-- when the code never ran (compilation error).
CREATE TABLE code_submissions (
    id             uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id        uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    session_id     uuid,
    turn_id        uuid        REFERENCES interview_turns (id) ON DELETE SET NULL,
    problem_slug   text        NOT NULL,
    language       text        NOT NULL,
    code           text        NOT NULL,
    verdict        text        NOT NULL,
    passed_count   integer     NOT NULL DEFAULT 0,
    total_count    integer     NOT NULL DEFAULT 0,
    run_time_ms    integer,
    peak_memory_kb bigint,
    created_at     timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT code_submissions_session_fk FOREIGN KEY (session_id, user_id)
        REFERENCES interview_sessions (id, user_id) ON DELETE CASCADE,
    CONSTRAINT code_submissions_problem_slug_ck CHECK (char_length(problem_slug) BETWEEN 1 AND 200),
    CONSTRAINT code_submissions_language_ck CHECK (language IN ('JAVA', 'PYTHON', 'JAVASCRIPT')),
    CONSTRAINT code_submissions_verdict_ck CHECK (verdict IN ('ACCEPTED', 'WRONG_ANSWER', 'TIME_LIMIT_EXCEEDED',
        'MEMORY_LIMIT_EXCEEDED', 'OUTPUT_LIMIT_EXCEEDED', 'RUNTIME_ERROR', 'COMPILATION_ERROR')),
    CONSTRAINT code_submissions_counts_ck CHECK (passed_count >= 0 AND total_count >= 0 AND passed_count <= total_count),
    CONSTRAINT code_submissions_run_time_ck CHECK (run_time_ms >= 0),
    CONSTRAINT code_submissions_peak_memory_ck CHECK (peak_memory_kb >= 0)
);
CREATE INDEX code_submissions_user_created_idx ON code_submissions (user_id, created_at DESC);
CREATE INDEX code_submissions_user_problem_idx ON code_submissions (user_id, problem_slug, created_at DESC);
CREATE INDEX code_submissions_session_idx ON code_submissions (session_id) WHERE session_id IS NOT NULL;
CREATE INDEX code_submissions_turn_idx ON code_submissions (turn_id) WHERE turn_id IS NOT NULL;
--rollback DROP TABLE code_submissions;

--changeset maang:005-code-submission-results
-- One row per test case of a submission. Hidden tests are reported without their data.
CREATE TABLE code_submission_results (
    id            uuid    PRIMARY KEY DEFAULT gen_random_uuid(),
    submission_id uuid    NOT NULL REFERENCES code_submissions (id) ON DELETE CASCADE,
    test_index    integer NOT NULL,
    hidden        boolean NOT NULL DEFAULT false,
    verdict       text    NOT NULL,
    time_ms       integer,
    memory_kb     bigint,
    message       text,
    CONSTRAINT code_submission_results_test_uq UNIQUE (submission_id, test_index),
    CONSTRAINT code_submission_results_test_index_ck CHECK (test_index >= 0),
    CONSTRAINT code_submission_results_verdict_ck CHECK (verdict IN ('ACCEPTED', 'WRONG_ANSWER', 'TIME_LIMIT_EXCEEDED',
        'MEMORY_LIMIT_EXCEEDED', 'OUTPUT_LIMIT_EXCEEDED', 'RUNTIME_ERROR', 'COMPILATION_ERROR')),
    CONSTRAINT code_submission_results_time_ck CHECK (time_ms >= 0),
    CONSTRAINT code_submission_results_memory_ck CHECK (memory_kb >= 0)
);
--rollback DROP TABLE code_submission_results;
