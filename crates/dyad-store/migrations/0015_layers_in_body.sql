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
