-- Version 4 (SQLite's migration 15): a document's layers are stored once, in its packed body,
-- unless a listing reads them as rows. Time expressions are never read as rows; mentions are
-- read as rows only inside a quote's span of their document (the quotes' `about`), and the
-- entities' export reads the rest from the body.
DROP TABLE IF EXISTS times;
DELETE FROM mentions m WHERE NOT EXISTS (
    SELECT 1 FROM quotes q
    WHERE q.doc = m.doc AND m.start >= q.start AND m."end" <= q."end"
);

-- Indexes over only the rows their queries read: a quote listing by speaker filters on the
-- speaker's country (85% of quotes name none), and the actor counts' delete trigger looks
-- entities up by kb id among those that are not places (a fifth are places).
DROP INDEX IF EXISTS quotes_speaker;
CREATE INDEX quotes_speaker ON quotes (speaker_country, speaker_sector)
    WHERE speaker_country IS NOT NULL;
DROP INDEX IF EXISTS entities_kb_id;
CREATE INDEX entities_kb_id ON entities (kb_id) WHERE kind <> 'place';
