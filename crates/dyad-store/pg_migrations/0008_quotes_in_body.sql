-- PostgreSQL schema version 8: a quote is kept only in its document's packed body (SQLite's
-- migration 19, issue 16). A quote keeps the number its row had: a document's quotes are
-- numbered in one run, in the order its body lists them, from `documents.quote_row` (NULL
-- when it has none) for `documents.quote_count` numbers; new runs are taken from the sequence
-- the rows were numbered by (pg/write.rs), so the listing's `row` and its keyset stay what
-- they were. Each document's rows were written by one COPY, in its order, so its run is whole.
ALTER TABLE documents ADD COLUMN quote_row bigint, ADD COLUMN quote_count bigint NOT NULL DEFAULT 0;
UPDATE documents d SET quote_row = q.first, quote_count = q.n
FROM (SELECT doc, MIN(rowid) AS first, COUNT(*) AS n FROM quotes GROUP BY doc) q
WHERE q.doc = d.doc;
CREATE INDEX documents_quote_row ON documents (quote_row) WHERE quote_row IS NOT NULL;

-- What a listing by speaker looks up: one row per quote that has a speaker.
CREATE TABLE quote_speakers (
    quote   bigint PRIMARY KEY,
    doc     bigint NOT NULL REFERENCES documents (doc) ON DELETE CASCADE,
    entity  text COLLATE "C",
    name    text COLLATE "C",
    country text COLLATE "C",
    sector  text COLLATE "C"
);
INSERT INTO quote_speakers (quote, doc, entity, name, country, sector)
SELECT rowid, doc, speaker_entity, speaker_name, speaker_country, speaker_sector
FROM quotes WHERE speaker_country IS NOT NULL OR speaker_name IS NOT NULL;
CREATE INDEX quote_speakers_doc ON quote_speakers (doc);
CREATE INDEX quote_speakers_code ON quote_speakers (country, sector) WHERE country IS NOT NULL;

CREATE SEQUENCE quote_rows;
SELECT setval('quote_rows', last_value, is_called) FROM quotes_rowid_seq;
DROP TABLE quotes;
DROP FUNCTION dyad_quotes_counted();

-- The quotes count with their documents: added, deleted and recoded (an update) alike.
CREATE OR REPLACE FUNCTION dyad_documents_counted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('DELETE', 'UPDATE') THEN
        PERFORM dyad_tally_add('documents', -(SELECT COUNT(*) FROM old_rows));
        PERFORM dyad_tally_add('quotes', -(SELECT COALESCE(SUM(quote_count), 0) FROM old_rows)::bigint);
        UPDATE language_tally t SET n = t.n - o.n
        FROM (SELECT COALESCE(language, 'und') AS language, COUNT(*) AS n FROM old_rows
              GROUP BY 1) o
        WHERE t.language = o.language;
        DELETE FROM language_tally WHERE n <= 0;
        UPDATE document_days t SET documents = t.documents - o.n
        FROM (SELECT published_first, published_last, COUNT(*) AS n FROM old_rows
              WHERE published_first IS NOT NULL AND published_last IS NOT NULL GROUP BY 1, 2) o
        WHERE t.first = o.published_first AND t.last = o.published_last;
        DELETE FROM document_days WHERE documents <= 0;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        PERFORM dyad_tally_add('documents', (SELECT COUNT(*) FROM new_rows));
        PERFORM dyad_tally_add('quotes', (SELECT COALESCE(SUM(quote_count), 0) FROM new_rows)::bigint);
        INSERT INTO language_tally (language, n)
        SELECT COALESCE(language, 'und'), COUNT(*) FROM new_rows GROUP BY 1
        ON CONFLICT (language) DO UPDATE SET n = language_tally.n + excluded.n;
        INSERT INTO document_days (first, last, documents)
        SELECT published_first, published_last, COUNT(*) FROM new_rows
        WHERE published_first IS NOT NULL AND published_last IS NOT NULL GROUP BY 1, 2
        ON CONFLICT (first, last) DO UPDATE SET documents = document_days.documents + excluded.documents;
    END IF;
    RETURN NULL;
END $$;
