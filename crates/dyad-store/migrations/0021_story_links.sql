-- Schema version 21: why two events were put in one story (issue 13: "each merge keeps its
-- reason (which fields agreed) and is visible in the output"). Merges of events keep theirs in
-- cluster_aliases and each report's link in cluster_links; a story join kept nothing, so a
-- meeting and the agreement announced at it showed one `story` and no reason.
--
-- One row per join of two stories: the event `cluster` (of the report `event` that showed it)
-- and the event `other` it was found to be one story with, and what agreed (`reason`, as
-- cluster_links writes it). A join of two events already of one story changes nothing and
-- is not written. When events merge, their rows follow the surviving id.
CREATE TABLE story_links (
    cluster INTEGER NOT NULL,
    other   INTEGER NOT NULL,
    event   INTEGER,
    reason  TEXT NOT NULL
);
CREATE INDEX story_links_cluster ON story_links (cluster);
CREATE INDEX story_links_other ON story_links (other);
