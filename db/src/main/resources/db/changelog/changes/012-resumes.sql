--liquibase formatted sql

--changeset maang:012-resumes
-- Uploaded resumes. text_content is null when no text could be extracted.
CREATE TABLE resumes (
    id           uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id      uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    file_name    text        NOT NULL,
    content_type text        NOT NULL,
    size_bytes   bigint      NOT NULL,
    text_content text,
    uploaded_at  timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT resumes_id_user_uq UNIQUE (id, user_id),
    CONSTRAINT resumes_file_name_ck CHECK (char_length(file_name) BETWEEN 1 AND 255),
    CONSTRAINT resumes_content_type_ck CHECK (char_length(content_type) BETWEEN 1 AND 255),
    CONSTRAINT resumes_size_ck CHECK (size_bytes > 0)
);
CREATE INDEX resumes_user_uploaded_idx ON resumes (user_id, uploaded_at DESC);
--rollback DROP TABLE resumes;

--changeset maang:012-resume-analyses
-- Analyses of a resume. (resume_id, user_id) references the resume so both always agree.
CREATE TABLE resume_analyses (
    id            uuid         PRIMARY KEY DEFAULT gen_random_uuid(),
    resume_id     uuid         NOT NULL,
    user_id       uuid         NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    overall_score numeric(5,2) NOT NULL,
    sections      jsonb        NOT NULL DEFAULT '[]',
    suggestions   jsonb        NOT NULL DEFAULT '[]',
    created_at    timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT resume_analyses_resume_fk FOREIGN KEY (resume_id, user_id)
        REFERENCES resumes (id, user_id) ON DELETE CASCADE,
    CONSTRAINT resume_analyses_overall_score_ck CHECK (overall_score BETWEEN 0 AND 100)
);
CREATE INDEX resume_analyses_resume_created_idx ON resume_analyses (resume_id, created_at DESC);
CREATE INDEX resume_analyses_user_created_idx ON resume_analyses (user_id, created_at DESC);
--rollback DROP TABLE resume_analyses;
