-- The same real-world event reported by several documents shares a cluster key
-- (Event::report_key: type, actor countries, date, aux), so queries can fold reports into one
-- event with many sources.
ALTER TABLE events ADD COLUMN cluster TEXT;
CREATE INDEX events_cluster ON events (cluster);
