-- dyad store, schema version 12: what a dyad's series needs of each report besides the report
-- itself — the article it counts under (a syndicated copy under its original), that article's
-- outlet, and whether it stands for its folded event — kept on the report by the link step
-- (link/mod.rs `assign`, `refresh`), so that the dyad covering index answers a series alone
-- instead of looking up an article and a cluster for every report (8 of the 10 ms of a
-- 5,000-report weekly series at 100,000 documents). NULL until the report is linked: reads
-- then work them out as before (read.rs FACT_COLUMNS).
ALTER TABLE events ADD COLUMN article INTEGER;
ALTER TABLE events ADD COLUMN outlet TEXT;
ALTER TABLE events ADD COLUMN standing INTEGER;

UPDATE events
SET article = COALESCE((SELECT a.root FROM articles a WHERE a.doc = events.doc), events.doc),
    standing = CASE WHEN COALESCE((SELECT c.rep FROM clusters c WHERE c.cluster = events.folded),
                                  events.event) = events.event THEN 1 ELSE 0 END
WHERE folded IS NOT NULL;
UPDATE events
SET outlet = COALESCE((SELECT r.outlet FROM articles r WHERE r.doc = events.article),
                      (SELECT a.outlet FROM articles a WHERE a.doc = events.doc), 'unknown')
WHERE folded IS NOT NULL;

DROP INDEX events_dyad_facts;
CREATE INDEX events_dyad_facts ON events (
    source_country, target_country, date_first, date_last, aux,
    type, mode, quad, confidence,
    source_sector, source_entity, source_name,
    target_sector, target_entity, target_name,
    folded, id, doc,
    location_name, location_country, lat, lon,
    article, outlet, standing
);
