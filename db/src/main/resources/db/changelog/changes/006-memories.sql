--liquibase formatted sql

--changeset maang:006-memories
-- RAG memory: what a user said and was told, embedded with all-MiniLM-L6-v2 (384 dimensions).
-- A memory outlives the session or turn it came from (SET NULL) but dies with its user.
-- content_tsv feeds the lexical half of hybrid retrieval.
CREATE TABLE memories (
    id               uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id          uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    session_id       uuid        REFERENCES interview_sessions (id) ON DELETE SET NULL,
    turn_id          uuid        REFERENCES interview_turns (id) ON DELETE SET NULL,
    content          text        NOT NULL,
    embedding        vector(384) NOT NULL,
    topic            text,
    message_type     text        NOT NULL,
    keywords         text[]      NOT NULL DEFAULT '{}',
    content_tsv      tsvector    GENERATED ALWAYS AS (to_tsvector('english', content)) STORED,
    access_count     integer     NOT NULL DEFAULT 0,
    importance       real        NOT NULL DEFAULT 0.5,
    created_at       timestamptz NOT NULL DEFAULT now(),
    last_accessed_at timestamptz,
    CONSTRAINT memories_content_ck CHECK (char_length(content) > 0),
    CONSTRAINT memories_message_type_ck
        CHECK (message_type IN ('QUESTION', 'ANSWER', 'FEEDBACK', 'NOTE', 'RESUME', 'SUMMARY')),
    CONSTRAINT memories_access_count_ck CHECK (access_count >= 0),
    CONSTRAINT memories_importance_ck CHECK (importance BETWEEN 0 AND 1)
);
CREATE INDEX memories_user_created_idx ON memories (user_id, created_at);
CREATE INDEX memories_session_idx ON memories (session_id) WHERE session_id IS NOT NULL;
CREATE INDEX memories_turn_idx ON memories (turn_id) WHERE turn_id IS NOT NULL;
CREATE INDEX memories_content_tsv_idx ON memories USING gin (content_tsv);
CREATE INDEX memories_embedding_hnsw_idx ON memories USING hnsw (embedding vector_cosine_ops);
--rollback DROP TABLE memories;
