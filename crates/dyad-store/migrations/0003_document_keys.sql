-- dyad store, schema version 3: stable document keys, what recoding needs, and a mark that the
-- file is dyad's.
--
-- `key` is the identity a changed version of a document replaces (RawDocument::key: the given
-- id, the path relative to the folder ingested, a WARC record's address); documents stored
-- before it existed are known by their id. `raw` keeps what ingest handed the pipeline and the
-- stored row does not already hold (the text before cleaning when cleaning changed it, the
-- metadata as found), as JSON, so `dyad recode` can run the pipeline again after the knowledge
-- base changes.
ALTER TABLE documents ADD COLUMN key TEXT;
UPDATE documents SET key = id;
CREATE INDEX documents_key ON documents (key);
ALTER TABLE documents ADD COLUMN raw TEXT;

-- 'dyad' in ASCII: the file's header says whose it is, so another program's SQLite file is
-- never taken for ours.
PRAGMA application_id = 1685676388;
