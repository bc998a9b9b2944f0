-- Version 5 (SQLite's migration 16): two indexes of the events no statement reads. An actor
-- given by kb id or name is matched on a side as `(side_entity = ? OR lower(side_name) =
-- lower(?))`, an OR with a term no index holds, so neither index answers it.
DROP INDEX IF EXISTS events_source_entity;
DROP INDEX IF EXISTS events_target_entity;
