-- Version 3 (SQLite's migration 14): indexes no query reads. Listings of documents filter
-- `COALESCE(language, 'und')`, which documents_language cannot answer; no statement looks a
-- document up by its record id (documents_id); entities are read by document or kb id, never
-- by country and sector (entities_actor). The document counts stay with the statement-level
-- triggers, which already count a whole COPY at once.
DROP INDEX IF EXISTS documents_id;
DROP INDEX IF EXISTS documents_language;
DROP INDEX IF EXISTS entities_actor;
