--liquibase formatted sql

--changeset maang:007-roadmap-topics
-- The study roadmap (shared catalogue, not user data).
CREATE TABLE roadmap_topics (
    id          uuid    PRIMARY KEY DEFAULT gen_random_uuid(),
    slug        text    NOT NULL,
    name        text    NOT NULL,
    category    text    NOT NULL,
    description text,
    sort_order  integer NOT NULL DEFAULT 0,
    CONSTRAINT roadmap_topics_slug_uq UNIQUE (slug),
    CONSTRAINT roadmap_topics_slug_ck CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    CONSTRAINT roadmap_topics_name_ck CHECK (char_length(name) BETWEEN 1 AND 200),
    CONSTRAINT roadmap_topics_category_ck CHECK (category IN ('CODING', 'SYSTEM_DESIGN', 'BEHAVIORAL'))
);
CREATE INDEX roadmap_topics_category_order_idx ON roadmap_topics (category, sort_order);
--rollback DROP TABLE roadmap_topics;

--changeset maang:007-roadmap-topic-prerequisites
CREATE TABLE roadmap_topic_prerequisites (
    topic_id        uuid NOT NULL REFERENCES roadmap_topics (id) ON DELETE CASCADE,
    prerequisite_id uuid NOT NULL REFERENCES roadmap_topics (id) ON DELETE CASCADE,
    PRIMARY KEY (topic_id, prerequisite_id),
    CONSTRAINT roadmap_topic_prerequisites_not_self_ck CHECK (topic_id <> prerequisite_id)
);
CREATE INDEX roadmap_topic_prerequisites_prerequisite_idx ON roadmap_topic_prerequisites (prerequisite_id);
--rollback DROP TABLE roadmap_topic_prerequisites;

--changeset maang:007-problems
-- Practice problems (catalogue). source says where the problem lives, e.g. 'LEETCODE'.
CREATE TABLE problems (
    id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    slug       text NOT NULL,
    title      text NOT NULL,
    difficulty text NOT NULL,
    url        text,
    source     text,
    CONSTRAINT problems_slug_uq UNIQUE (slug),
    CONSTRAINT problems_slug_ck CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    CONSTRAINT problems_title_ck CHECK (char_length(title) BETWEEN 1 AND 300),
    CONSTRAINT problems_difficulty_ck CHECK (difficulty IN ('EASY', 'MEDIUM', 'HARD')),
    CONSTRAINT problems_url_ck CHECK (url ~ '^https?://'),
    CONSTRAINT problems_source_ck CHECK (char_length(source) BETWEEN 1 AND 64)
);
--rollback DROP TABLE problems;

--changeset maang:007-topic-problems
CREATE TABLE topic_problems (
    topic_id   uuid NOT NULL REFERENCES roadmap_topics (id) ON DELETE CASCADE,
    problem_id uuid NOT NULL REFERENCES problems (id) ON DELETE CASCADE,
    PRIMARY KEY (topic_id, problem_id)
);
CREATE INDEX topic_problems_problem_idx ON topic_problems (problem_id);
--rollback DROP TABLE topic_problems;
