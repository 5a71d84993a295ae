--liquibase formatted sql

--changeset maang:009-review-items
-- FSRS scheduling state of anything a user reviews. stability and difficulty are unknown until
-- the first review, then both are set. item_key identifies the item within its type
-- (a problem slug, a concept slug, a rubric dimension, a story id).
CREATE TABLE review_items (
    id             uuid             PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id        uuid             NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    item_type      text             NOT NULL,
    item_key       text             NOT NULL,
    stability      double precision,
    difficulty     double precision,
    state          text             NOT NULL DEFAULT 'NEW',
    reps           integer          NOT NULL DEFAULT 0,
    lapses         integer          NOT NULL DEFAULT 0,
    last_review_at timestamptz,
    due_at         timestamptz      NOT NULL,
    created_at     timestamptz      NOT NULL DEFAULT now(),
    updated_at     timestamptz      NOT NULL DEFAULT now(),
    CONSTRAINT review_items_item_uq UNIQUE (user_id, item_type, item_key),
    CONSTRAINT review_items_item_type_ck CHECK (item_type IN ('PROBLEM', 'CONCEPT', 'RUBRIC_DIMENSION', 'STORY')),
    CONSTRAINT review_items_item_key_ck CHECK (char_length(item_key) BETWEEN 1 AND 300),
    CONSTRAINT review_items_stability_ck CHECK (stability > 0),
    CONSTRAINT review_items_difficulty_ck CHECK (difficulty BETWEEN 1 AND 10),
    CONSTRAINT review_items_memory_state_ck CHECK ((stability IS NULL) = (difficulty IS NULL)),
    CONSTRAINT review_items_state_ck CHECK (state IN ('NEW', 'LEARNING', 'REVIEW', 'RELEARNING')),
    CONSTRAINT review_items_reps_ck CHECK (reps >= 0),
    CONSTRAINT review_items_lapses_ck CHECK (lapses >= 0)
);
CREATE INDEX review_items_user_due_idx ON review_items (user_id, due_at);
CREATE TRIGGER review_items_set_updated_at BEFORE UPDATE ON review_items
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();
--rollback DROP TABLE review_items;
