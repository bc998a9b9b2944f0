-- dyad store, schema version 1.
--
-- One row per document, plus one table per layer the pipeline adds. Every layer row points at
-- its document by `doc` (the documents rowid); offsets are UTF-8 byte offsets into
-- documents.text. `json` keeps the full document JSON so exports can be rebuilt exactly.
-- Dates are ISO-8601 text ('2021-09-29'), which orders and compares correctly as text.

CREATE TABLE documents (
    doc                 INTEGER PRIMARY KEY,
    id                  TEXT NOT NULL,
    hash                TEXT NOT NULL UNIQUE,
    path                TEXT,
    url                 TEXT,
    title               TEXT,
    source              TEXT,
    language            TEXT,
    script              TEXT,
    -- As written: '2021-09-29', '2021-09', '2021', '1980s'.
    published_date      TEXT,
    published_precision TEXT,
    published_from      TEXT,
    published_note      TEXT,
    -- The days the publication date covers, for range queries.
    published_first     TEXT,
    published_last      TEXT,
    dateline            TEXT,
    text                TEXT NOT NULL,
    json                TEXT NOT NULL,
    ingested_at         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX documents_id ON documents (id);
CREATE INDEX documents_language ON documents (language);
CREATE INDEX documents_published ON documents (published_first, published_last);

-- `country`/`sector` are the entity's actor code on the publication day (as in the JSON);
-- `place_country`, `lat`, `lon` are only for places.
CREATE TABLE entities (
    doc           INTEGER NOT NULL REFERENCES documents (doc) ON DELETE CASCADE,
    idx           INTEGER NOT NULL,
    kb_id         TEXT NOT NULL,
    name          TEXT NOT NULL,
    kind          TEXT NOT NULL,
    country       TEXT,
    sector        TEXT,
    place_country TEXT,
    lat           REAL,
    lon           REAL,
    PRIMARY KEY (doc, idx)
) WITHOUT ROWID;
CREATE INDEX entities_kb_id ON entities (kb_id);
CREATE INDEX entities_actor ON entities (country, sector);

-- `entity` is entities.idx of the same document.
CREATE TABLE mentions (
    doc         INTEGER NOT NULL REFERENCES documents (doc) ON DELETE CASCADE,
    entity      INTEGER NOT NULL,
    start       INTEGER NOT NULL,
    "end"       INTEGER NOT NULL,
    text        TEXT NOT NULL,
    as_location INTEGER NOT NULL,
    anaphoric   INTEGER NOT NULL
);
CREATE INDEX mentions_entity ON mentions (doc, entity);

CREATE TABLE times (
    doc           INTEGER NOT NULL REFERENCES documents (doc) ON DELETE CASCADE,
    start         INTEGER NOT NULL,
    "end"         INTEGER NOT NULL,
    text          TEXT NOT NULL,
    value         TEXT NOT NULL,
    precision     TEXT NOT NULL,
    first_day     TEXT NOT NULL,
    last_day      TEXT NOT NULL,
    anchor        TEXT NOT NULL,
    duration_days INTEGER
);
CREATE INDEX times_doc ON times (doc);

-- `context` is a comma-separated list of PLOVER contexts ('military,diplomatic'), '' for none.
CREATE TABLE events (
    event            INTEGER PRIMARY KEY,
    doc              INTEGER NOT NULL REFERENCES documents (doc) ON DELETE CASCADE,
    id               TEXT NOT NULL UNIQUE,
    type             TEXT NOT NULL,
    mode             TEXT,
    context          TEXT NOT NULL DEFAULT '',
    source_entity    TEXT,
    source_name      TEXT,
    source_country   TEXT,
    source_sector    TEXT,
    target_entity    TEXT,
    target_name      TEXT,
    target_country   TEXT,
    target_sector    TEXT,
    date_value       TEXT,
    date_first       TEXT,
    date_last        TEXT,
    date_precision   TEXT,
    date_from        TEXT,
    location_name    TEXT,
    location_country TEXT,
    lat              REAL,
    lon              REAL,
    aux              TEXT,
    quad             INTEGER NOT NULL,
    sentence         TEXT NOT NULL,
    start            INTEGER NOT NULL,
    "end"            INTEGER NOT NULL,
    trigger_start    INTEGER NOT NULL,
    trigger_end      INTEGER NOT NULL,
    confidence       REAL NOT NULL,
    rule             TEXT NOT NULL,
    cameo            TEXT
);
CREATE INDEX events_doc ON events (doc);
CREATE INDEX events_type ON events (type);
CREATE INDEX events_date ON events (date_first, date_last);
CREATE INDEX events_source ON events (source_country, source_sector);
CREATE INDEX events_target ON events (target_country, target_sector);
CREATE INDEX events_source_entity ON events (source_entity);
CREATE INDEX events_target_entity ON events (target_entity);

CREATE TABLE quotes (
    doc             INTEGER NOT NULL REFERENCES documents (doc) ON DELETE CASCADE,
    speaker_entity  TEXT,
    speaker_name    TEXT,
    speaker_country TEXT,
    speaker_sector  TEXT,
    text            TEXT NOT NULL,
    start           INTEGER NOT NULL,
    "end"           INTEGER NOT NULL,
    kind            TEXT NOT NULL
);
CREATE INDEX quotes_doc ON quotes (doc);
CREATE INDEX quotes_speaker ON quotes (speaker_country, speaker_sector);

-- Problems with one document: the pipeline's own diagnostics (doc set), problems the store met
-- while writing a document (doc set, stage 'store'), and documents that never made it in
-- (doc NULL, stage 'ingest', path and reason).
CREATE TABLE diagnostics (
    diagnostic  INTEGER PRIMARY KEY,
    doc         INTEGER REFERENCES documents (doc) ON DELETE CASCADE,
    hash        TEXT,
    path        TEXT,
    stage       TEXT NOT NULL,
    message     TEXT NOT NULL,
    recorded_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX diagnostics_doc ON diagnostics (doc);
-- Re-running an ingest that fails the same way again records the failure once.
CREATE UNIQUE INDEX diagnostics_orphan ON diagnostics (path, stage, message) WHERE doc IS NULL;
