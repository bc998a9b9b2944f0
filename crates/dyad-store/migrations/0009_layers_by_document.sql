-- Mentions and time expressions are only ever read by document (and offset): kept in tables
-- ordered by (doc, start, …) without a row id, one b-tree each instead of a table and an
-- index. They were 18 of the ~90 b-tree inserts the writer makes per news article.
CREATE TABLE mentions_by_doc (
    doc         INTEGER NOT NULL REFERENCES documents (doc) ON DELETE CASCADE,
    entity      INTEGER NOT NULL,
    start       INTEGER NOT NULL,
    "end"       INTEGER NOT NULL,
    text        TEXT NOT NULL,
    as_location INTEGER NOT NULL,
    anaphoric   INTEGER NOT NULL,
    PRIMARY KEY (doc, start, "end", entity)
) WITHOUT ROWID;
INSERT OR IGNORE INTO mentions_by_doc
    SELECT doc, entity, start, "end", text, as_location, anaphoric FROM mentions;
DROP TABLE mentions;
ALTER TABLE mentions_by_doc RENAME TO mentions;

CREATE TABLE times_by_doc (
    doc           INTEGER NOT NULL REFERENCES documents (doc) ON DELETE CASCADE,
    start         INTEGER NOT NULL,
    "end"         INTEGER NOT NULL,
    text          TEXT NOT NULL,
    value         TEXT NOT NULL,
    precision     TEXT NOT NULL,
    first_day     TEXT NOT NULL,
    last_day      TEXT NOT NULL,
    anchor        TEXT NOT NULL,
    duration_days INTEGER,
    PRIMARY KEY (doc, start, "end", value)
) WITHOUT ROWID;
INSERT OR IGNORE INTO times_by_doc
    SELECT doc, start, "end", text, value, precision, first_day, last_day, anchor, duration_days
    FROM times;
DROP TABLE times;
ALTER TABLE times_by_doc RENAME TO times;
