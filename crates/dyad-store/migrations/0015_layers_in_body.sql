-- Schema version 15: a document's layers are stored once, in its packed body, unless a listing
-- reads them as rows (issue 16, ingest speed; the writer's cost was mostly its ~30 layer rows
-- per news article).
--
-- Time expressions: no statement reads them back as rows; the document's JSON in the body
-- holds every one (`dyad export` prints it from there).
DROP TABLE times;

-- Mentions: only the quotes' listing reads them as rows, and only inside a quote's span of
-- the same document (read.rs `named_in_span` and the `about` filter); the entities' export
-- reads them from the body. The writer keeps only those (write.rs `in_a_quote`): 1.5 of an
-- average article's 14.
DELETE FROM mentions WHERE NOT EXISTS (
    SELECT 1 FROM quotes q
    WHERE q.doc = mentions.doc AND mentions.start >= q.start AND mentions."end" <= q."end"
);

-- Two indexes hold only the rows their queries can read. A quote listing by speaker filters
-- on the speaker's country (query.rs `sql_on`: `speaker_country = ?`, which implies it is not
-- NULL), and 85% of quotes name no speaker with a country; the actor counts' delete trigger
-- looks entities up by kb id among those that are not places (migration 7), a fifth of
-- entities being places. SQLite and PostgreSQL both answer those queries from the partial
-- indexes (their plans checked with the query's own terms).
DROP INDEX quotes_speaker;
CREATE INDEX quotes_speaker ON quotes (speaker_country, speaker_sector)
    WHERE speaker_country IS NOT NULL;
DROP INDEX entities_kb_id;
CREATE INDEX entities_kb_id ON entities (kb_id) WHERE kind <> 'place';
