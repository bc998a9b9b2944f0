-- dyad store, schema version 10: event identity as explicit, incrementally maintained tables
-- instead of a key frozen at insert (see crates/dyad-store/src/link/ and data/dedup/).
--
-- Three layers:
--   articles   near-duplicate documents: each document's group root (the earliest document
--              of its group) and its outlet; a copy never counts as an independent source.
--   clusters   real-world events: a stable id (the older one survives a merge, the other is
--              kept in cluster_aliases), the best-supported report standing for it, counts.
--   stories    clusters of one news story (a meeting and the agreement announced at it):
--              clusters.story is the smallest cluster id of the story.
-- Linking runs as its own step after a batch is written, over events whose `folded` is NULL.

-- The SimHash of the cleaned text, written with the document (NULL for documents stored
-- before it existed: they are their own group).
ALTER TABLE documents ADD COLUMN simhash INTEGER;

CREATE TABLE articles (
    doc    INTEGER PRIMARY KEY REFERENCES documents (doc) ON DELETE CASCADE,
    -- The earliest document of its near-duplicate group (itself when it is the original).
    root   INTEGER NOT NULL,
    -- The record's source, else the URL's host, else 'unknown'.
    outlet TEXT NOT NULL,
    -- How far its fingerprint is from the root's, in bits (0 for a root).
    distance INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX articles_root ON articles (root);

-- Fingerprint bands by publication week, so a new document's copies are looked up among
-- documents of the same and the previous week only (-1: undated documents).
CREATE TABLE article_bands (
    week INTEGER NOT NULL,
    band INTEGER NOT NULL,
    doc  INTEGER NOT NULL REFERENCES documents (doc) ON DELETE CASCADE,
    PRIMARY KEY (week, band, doc)
) WITHOUT ROWID;
CREATE INDEX article_bands_doc ON article_bands (doc);

-- Ids are never reused (AUTOINCREMENT): an id once printed names one event for good.
CREATE TABLE clusters (
    cluster          INTEGER PRIMARY KEY AUTOINCREMENT,
    story            INTEGER NOT NULL,
    -- The report standing for the event: its type, actors, date and place are the cluster's.
    rep              INTEGER NOT NULL,
    type             TEXT NOT NULL,
    date_first       TEXT,
    date_last        TEXT,
    num_reports      INTEGER NOT NULL,
    num_articles     INTEGER NOT NULL,
    num_sources      INTEGER NOT NULL,
    -- Comma-separated language codes, sorted.
    languages        TEXT NOT NULL,
    first_reported   TEXT,
    last_reported    TEXT
);
-- Folded listings read clusters in this order, a page at a time (keyset).
CREATE INDEX clusters_date ON clusters (date_first, date_last, cluster);
CREATE INDEX clusters_story ON clusters (story);

-- An id that disappeared in a merge, and the cluster it went into.
CREATE TABLE cluster_aliases (
    alias   INTEGER PRIMARY KEY,
    cluster INTEGER NOT NULL,
    -- The report that joined the two, and why.
    event   INTEGER,
    reason  TEXT NOT NULL
);
CREATE INDEX cluster_aliases_cluster ON cluster_aliases (cluster);

-- Candidate lookup (blocking): a cluster is found by each actor country it has and each week
-- its reports' date windows (or, for undated reports, their publication days) touch.
CREATE TABLE cluster_blocks (
    actor   TEXT NOT NULL,
    week    INTEGER NOT NULL,
    cluster INTEGER NOT NULL,
    PRIMARY KEY (actor, week, cluster)
) WITHOUT ROWID;
CREATE INDEX cluster_blocks_cluster ON cluster_blocks (cluster);

-- Why each report is in its cluster: the report it matched (NULL for the first) and the
-- fields that agreed ('type,source:entity,target:country,date:day,place').
CREATE TABLE cluster_links (
    event  INTEGER PRIMARY KEY REFERENCES events (event) ON DELETE CASCADE,
    via    INTEGER,
    reason TEXT NOT NULL
);

-- Clusters whose reports changed under them (a document replaced or recoded): the next link
-- step recomputes or removes them.
CREATE TABLE clusters_dirty (cluster INTEGER PRIMARY KEY);

-- The report's cluster; NULL until linked.
ALTER TABLE events ADD COLUMN folded INTEGER;
CREATE INDEX events_folded ON events (folded);
CREATE INDEX events_unlinked ON events (event) WHERE folded IS NULL;
CREATE TRIGGER events_unfold AFTER DELETE ON events WHEN OLD.folded IS NOT NULL
BEGIN
    INSERT OR IGNORE INTO clusters_dirty (cluster) VALUES (OLD.folded);
END;

-- The string key frozen at insert goes; the dyad covering index carries the cluster id instead.
DROP INDEX events_dyad_facts;
DROP INDEX events_cluster;
ALTER TABLE events DROP COLUMN cluster;
CREATE INDEX events_dyad_facts ON events (
    source_country, target_country, date_first, date_last, aux,
    type, mode, quad, confidence,
    source_sector, source_entity, source_name,
    target_sector, target_entity, target_name,
    folded, id, doc,
    location_name, location_country, lat, lon
);
