--liquibase formatted sql

--changeset maang:013-review-item-step
-- FSRS keeps the index of the current (re)learning step; without it a LEARNING card read back
-- would restart its steps. 0 for new and review cards.
ALTER TABLE review_items ADD COLUMN step integer NOT NULL DEFAULT 0;
ALTER TABLE review_items ADD CONSTRAINT review_items_step_ck CHECK (step >= 0);
--rollback ALTER TABLE review_items DROP COLUMN step;
