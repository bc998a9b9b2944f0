-- Version 4 (SQLite's migration 15): a document's layers are stored once, in its packed body,
-- unless a listing reads them as rows. Time expressions are never read as rows; mentions are
-- read as rows only inside a quote's span of their document (the quotes' `about`), and the
-- entities' export reads the rest from the body.
DROP TABLE IF EXISTS times;
DELETE FROM mentions m WHERE NOT EXISTS (
    SELECT 1 FROM quotes q
    WHERE q.doc = m.doc AND m.start >= q.start AND m."end" <= q."end"
);
