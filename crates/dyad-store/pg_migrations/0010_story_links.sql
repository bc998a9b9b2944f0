-- PostgreSQL schema version 10 (SQLite's migration 21): why two events were put in one story
-- (issue 13: each merge keeps its reason and shows it). One row per join of two stories: the
-- event `cluster` (of the report `event` that showed it), the event `other`, and what agreed.
CREATE TABLE story_links (
    cluster bigint NOT NULL,
    other   bigint NOT NULL,
    event   bigint,
    reason  text COLLATE "C" NOT NULL
);
CREATE INDEX story_links_cluster ON story_links (cluster);
CREATE INDEX story_links_other ON story_links (other);
