-- Dyad series and dyad listings read one ordered pair of countries at a time, by date; type
-- listings read one type by date. (On 100,000 documents a dyad's reports were found through
-- events_target alone, checking every event with that target.)
CREATE INDEX events_dyad ON events (source_country, target_country, date_first, date_last, aux);
CREATE INDEX events_type_date ON events (type, date_first, date_last);
DROP INDEX events_type;

-- Documents per publication day range, kept by triggers whoever writes: the relations model
-- asks on every series which periods have any news at all ("no data" versus zero), and
-- grouping every document for that took 25 ms at 100,000 documents.
CREATE TABLE document_days (
    first     TEXT NOT NULL,
    last      TEXT NOT NULL,
    documents INTEGER NOT NULL,
    PRIMARY KEY (first, last)
) WITHOUT ROWID;
INSERT INTO document_days (first, last, documents)
    SELECT published_first, published_last, COUNT(*) FROM documents
    WHERE published_first IS NOT NULL AND published_last IS NOT NULL
    GROUP BY published_first, published_last;
CREATE TRIGGER document_days_insert AFTER INSERT ON documents
WHEN NEW.published_first IS NOT NULL AND NEW.published_last IS NOT NULL
BEGIN
    INSERT INTO document_days (first, last, documents)
    VALUES (NEW.published_first, NEW.published_last, 1)
    ON CONFLICT (first, last) DO UPDATE SET documents = documents + 1;
END;
CREATE TRIGGER document_days_delete AFTER DELETE ON documents
WHEN OLD.published_first IS NOT NULL AND OLD.published_last IS NOT NULL
BEGIN
    UPDATE document_days SET documents = documents - 1
    WHERE first = OLD.published_first AND last = OLD.published_last;
    DELETE FROM document_days
    WHERE first = OLD.published_first AND last = OLD.published_last AND documents <= 0;
END;
CREATE TRIGGER document_days_update AFTER UPDATE OF published_first, published_last ON documents
BEGIN
    UPDATE document_days SET documents = documents - 1
    WHERE OLD.published_first IS NOT NULL AND OLD.published_last IS NOT NULL
      AND first = OLD.published_first AND last = OLD.published_last;
    DELETE FROM document_days WHERE documents <= 0;
    INSERT INTO document_days (first, last, documents)
    SELECT NEW.published_first, NEW.published_last, 1
    WHERE NEW.published_first IS NOT NULL AND NEW.published_last IS NOT NULL
    ON CONFLICT (first, last) DO UPDATE SET documents = documents + 1;
END;
