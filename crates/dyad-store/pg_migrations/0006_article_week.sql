-- Version 6 (SQLite's migration 17): the week a document's near-duplicate bands are filed
-- under is kept on its article row, where SQLite finds the bands by their keys to delete them
-- (it no longer keeps an index of them by document). PostgreSQL keeps its index and its
-- ON DELETE CASCADE; the column is written by the same statement on both.
ALTER TABLE articles ADD COLUMN IF NOT EXISTS week bigint;
UPDATE articles SET week = (SELECT b.week FROM article_bands b WHERE b.doc = articles.doc LIMIT 1)
WHERE week IS NULL;
