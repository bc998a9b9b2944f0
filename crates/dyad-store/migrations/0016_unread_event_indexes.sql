-- Schema version 16: an event row's b-tree writes (issue 16, ingest speed): two of its eleven
-- indexes no statement reads.
--
-- An actor given by kb id or name is matched on a side as `(side_entity = ? OR
-- lower(side_name) = lower(?))` (query.rs `sql_on`), and `names_actor` asks the same of both
-- sides: an OR with a term no index holds, which SQLite and PostgreSQL answer by reading rows
-- in the order of another index (events_date, events_dyad_facts), never by these two.
DROP INDEX IF EXISTS events_source_entity;
DROP INDEX IF EXISTS events_target_entity;
