--liquibase formatted sql

--changeset maang:001-extension-vector
-- pgvector for memories.embedding. Creating an extension needs a superuser, so operators run it
-- once per database as postgres (or create databases from a template that has it). For the app's
-- role this statement is then a no-op. gen_random_uuid() is core since PostgreSQL 13.
-- Undoing this change set keeps the extension: other schemas may use it and only a superuser may
-- drop it.
CREATE EXTENSION IF NOT EXISTS vector;
--rollback empty
