-- dyad store on PostgreSQL, schema version 2: SQLite's migration 12 — each linked report keeps
-- the article it counts under, that article's outlet and whether it stands for its folded
-- event, so the dyad index answers a series alone (see migrations/0012_report_facts.sql).
ALTER TABLE events ADD COLUMN article bigint;
ALTER TABLE events ADD COLUMN outlet text COLLATE "C";
ALTER TABLE events ADD COLUMN standing smallint;

UPDATE events
SET article = COALESCE((SELECT a.root FROM articles a WHERE a.doc = events.doc), events.doc),
    standing = CASE WHEN COALESCE((SELECT c.rep FROM clusters c WHERE c.cluster = events.folded),
                                  events.event) = events.event THEN 1 ELSE 0 END
WHERE folded IS NOT NULL;
UPDATE events
SET outlet = COALESCE((SELECT r.outlet FROM articles r WHERE r.doc = events.article),
                      (SELECT a.outlet FROM articles a WHERE a.doc = events.doc), 'unknown')
WHERE folded IS NOT NULL;

DROP INDEX events_dyad;
CREATE INDEX events_dyad ON events (source_country, target_country, date_first, date_last)
    INCLUDE (event, aux, type, mode, quad, confidence, source_sector, source_entity, source_name,
             target_sector, target_entity, target_name, folded, doc,
             location_name, location_country, lat, lon, article, outlet, standing);
