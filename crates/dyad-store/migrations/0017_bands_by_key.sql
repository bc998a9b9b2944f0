-- Schema version 17: a document's near-duplicate bands (link/mod.rs `bands`) are one b-tree's
-- rows, not two (issue 16, ingest speed). They were 8 of the ~80 b-tree inserts of a news
-- article, and the index by document (article_bands_doc) 8 more, with a foreign-key check of
-- each row against its document: the index served only deletes.
--
-- A document's bands are found by their keys instead: the week they were filed under, kept
-- on its article row, and the eight bands of its fingerprint (documents.simhash, which only
-- a recode changes, and a recode removes the bands first). Whatever deletes a document, its
-- bands go before it (the trigger below), as ON DELETE CASCADE took them.
ALTER TABLE articles ADD COLUMN week INTEGER;
UPDATE articles SET week = (SELECT b.week FROM article_bands b WHERE b.doc = articles.doc LIMIT 1);

CREATE TABLE article_bands_by_key (
    week INTEGER NOT NULL,
    band INTEGER NOT NULL,
    doc  INTEGER NOT NULL,
    PRIMARY KEY (week, band, doc)
) WITHOUT ROWID;
INSERT INTO article_bands_by_key (week, band, doc) SELECT week, band, doc FROM article_bands;
DROP TABLE article_bands;
ALTER TABLE article_bands_by_key RENAME TO article_bands;

-- The bands of a document about to be deleted (the keys link/mod.rs `bands` gives: each byte
-- of the fingerprint tagged with its position; `>>` keeps the sign, which the mask drops).
CREATE TRIGGER article_bands_of_document BEFORE DELETE ON documents
WHEN OLD.simhash IS NOT NULL AND OLD.simhash <> 0
BEGIN
    DELETE FROM article_bands
    WHERE week = (SELECT a.week FROM articles a WHERE a.doc = OLD.doc) AND doc = OLD.doc
      AND band IN (OLD.simhash & 255, 256 | ((OLD.simhash >> 8) & 255),
                   512 | ((OLD.simhash >> 16) & 255), 768 | ((OLD.simhash >> 24) & 255),
                   1024 | ((OLD.simhash >> 32) & 255), 1280 | ((OLD.simhash >> 40) & 255),
                   1536 | ((OLD.simhash >> 48) & 255), 1792 | ((OLD.simhash >> 56) & 255));
END;
