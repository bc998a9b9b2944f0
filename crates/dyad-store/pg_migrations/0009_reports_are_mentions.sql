-- PostgreSQL schema version 9 (SQLite's migration 20): a folded event's `num_reports` counts
-- mentions (issue 13: a report is one sentence of one document that reports the event, as GDELT's
-- NumMentions counts), not event rows: one sentence coded as many events of one event (the pairs
-- of a meeting of many, one row per pair of countries) is one report. The link step counts so
-- from now on; this counts so the events already linked: each once per (document, sentence start).
UPDATE clusters SET num_reports = (
    SELECT COUNT(*) FROM events e
    WHERE e.folded = clusters.cluster
      AND NOT EXISTS (SELECT 1 FROM events o
                      WHERE o.folded = e.folded AND o.doc = e.doc AND o.start = e.start
                        AND o.event < e.event));

