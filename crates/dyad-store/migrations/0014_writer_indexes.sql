-- Schema version 14: fewer b-tree writes per stored document (issue 16, ingest speed).
--
-- Indexes no query reads: every listing of documents filters `COALESCE(language, 'und')` (an
-- expression documents_language cannot answer) in row order, no statement looks a document up
-- by its record id (documents_id; `hash` and `key` are how documents are found), and entities
-- are read by document or by kb id (entities_actor, by country and sector, was never read).
-- Together they were 7 of the ~105 b-tree inserts of an average news article.
DROP INDEX documents_id;
DROP INDEX documents_language;
DROP INDEX entities_actor;

-- The document counts (`summary`'s documents and languages, the days of `document_days`) are
-- added up by the writer per batch (tally.rs) like the other counts (migration 8): the two
-- triggers ran three upserts per document. Removals and changes keep their triggers.
DROP TRIGGER tally_document_insert;
DROP TRIGGER document_days_insert;
