-- Schema version 13.
-- The link step reads unlinked reports in id order (`folded IS NULL ORDER BY event`, link/mod.rs).
-- events_folded answers that by itself: its entries are (folded, rowid), so the NULL range is
-- already in event order, and SQLite's planner takes it with or without statistics (stale
-- ones included), so events_unlinked was never read, only kept up to date on every link.
--
-- PostgreSQL keeps its partial index (pg_migrations/0001_init.sql): its events_folded holds no
-- event order, and with statistics gathered before a link step it reads the primary key with
-- a filter instead, through every linked report, unless the partial index is there.
DROP INDEX events_unlinked;
