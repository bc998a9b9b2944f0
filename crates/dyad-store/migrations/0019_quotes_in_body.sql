-- Schema version 19: a quote is kept only in its document's packed body (issue 16, ingest
-- speed and size). Its row in `quotes` repeated text the body holds, and with its two indexes
-- was 11 of a news article's ~56 b-tree inserts and 0.8 KB of its 8.7 KB.
--
-- A quote keeps the number its row had: a document's quotes are numbered in one run, in the
-- order its body lists them, from `documents.quote_row` (NULL when it has none) for
-- `documents.quote_count` numbers. New numbers go on from the largest in use, as the row ids
-- did (write.rs `next_quote_row`), so the listing's `row` and its keyset stay what they were.
-- Row ids were given one document at a time, in its order, so each document's run is whole.
ALTER TABLE documents ADD COLUMN quote_row INTEGER;
ALTER TABLE documents ADD COLUMN quote_count INTEGER NOT NULL DEFAULT 0;
UPDATE documents SET quote_row = q.first, quote_count = q.n
FROM (SELECT doc, MIN(rowid) AS first, COUNT(*) AS n FROM quotes GROUP BY doc) AS q
WHERE q.doc = documents.doc;
-- The quote listing pages through documents by their runs, newest first.
CREATE INDEX documents_quote_row ON documents (quote_row) WHERE quote_row IS NOT NULL;

-- What a listing by speaker looks up: one row per quote that has a speaker (15% of them),
-- keyed by the quote's number.
CREATE TABLE quote_speakers (
    quote   INTEGER PRIMARY KEY,
    doc     INTEGER NOT NULL,
    entity  TEXT,
    name    TEXT,
    country TEXT,
    sector  TEXT
);
INSERT INTO quote_speakers (quote, doc, entity, name, country, sector)
SELECT rowid, doc, speaker_entity, speaker_name, speaker_country, speaker_sector
FROM quotes WHERE speaker_country IS NOT NULL OR speaker_name IS NOT NULL;
CREATE INDEX quote_speakers_code ON quote_speakers (country, sector)
    WHERE country IS NOT NULL;

DROP TRIGGER tally_quote_delete;
DROP TABLE quotes;

-- A deleted document's quotes stop counting, and their speakers go by their numbers (no index
-- by document is kept for them).
CREATE TRIGGER quotes_of_document AFTER DELETE ON documents WHEN OLD.quote_count > 0
BEGIN
    UPDATE tally SET n = n - OLD.quote_count WHERE name = 'quotes';
    DELETE FROM quote_speakers
    WHERE quote BETWEEN OLD.quote_row AND OLD.quote_row + OLD.quote_count - 1;
END;
