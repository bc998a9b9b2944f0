-- dyad store on PostgreSQL, schema version 1: the meaning of SQLite's schema 11
-- (migrations/0001-0011) in one step.
--
-- Differences, each for a reason:
-- * Text is COLLATE "C" (byte order, as SQLite compares), so listings sort alike on both.
-- * Counts behind `summary` and `actors` are kept by statement-level triggers over transition
--   tables: one upsert per key per statement, which suits COPY (SQLite counts per batch in
--   the writer, tally.rs, and per row on delete).
-- * `text` keeps the cleaned text (TOAST compresses it) for text searches; SQLite reads it
--   out of the zstd body with a function of its own. `body` is the same packed body.
-- * Quotes have an explicit `rowid`, SQLite's implicit row number.
-- Dates stay ISO-8601 text ('2021-09-29'), as in SQLite.

CREATE TABLE dyad_schema (version integer NOT NULL);

CREATE TABLE documents (
    doc                 bigserial PRIMARY KEY,
    id                  text COLLATE "C" NOT NULL,
    key                 text COLLATE "C",
    hash                text COLLATE "C" NOT NULL UNIQUE,
    path                text COLLATE "C",
    url                 text COLLATE "C",
    title               text COLLATE "C",
    source              text COLLATE "C",
    language            text COLLATE "C",
    script              text COLLATE "C",
    published_date      text COLLATE "C",
    published_precision text COLLATE "C",
    published_from      text COLLATE "C",
    published_note      text COLLATE "C",
    published_first     text COLLATE "C",
    published_last      text COLLATE "C",
    dateline            text COLLATE "C",
    text                text COLLATE "C" NOT NULL,
    body                bytea NOT NULL,
    simhash             bigint,
    ingested_at         text COLLATE "C" NOT NULL
                        DEFAULT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')
);
CREATE INDEX documents_id ON documents (id);
CREATE INDEX documents_key ON documents (key);
CREATE INDEX documents_language ON documents (language);
CREATE INDEX documents_published ON documents (published_first, published_last, doc);

CREATE TABLE entities (
    doc           bigint NOT NULL REFERENCES documents (doc) ON DELETE CASCADE,
    idx           bigint NOT NULL,
    kb_id         text COLLATE "C" NOT NULL,
    name          text COLLATE "C" NOT NULL,
    kind          text COLLATE "C" NOT NULL,
    country       text COLLATE "C",
    sector        text COLLATE "C",
    place_country text COLLATE "C",
    lat           double precision,
    lon           double precision,
    mentions      bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (doc, idx)
);
CREATE INDEX entities_kb_id ON entities (kb_id);
CREATE INDEX entities_actor ON entities (country, sector);

CREATE TABLE mentions (
    doc         bigint NOT NULL REFERENCES documents (doc) ON DELETE CASCADE,
    entity      bigint NOT NULL,
    start       bigint NOT NULL,
    "end"       bigint NOT NULL,
    text        text COLLATE "C" NOT NULL,
    as_location bigint NOT NULL,
    anaphoric   bigint NOT NULL,
    PRIMARY KEY (doc, start, "end", entity)
);

CREATE TABLE times (
    doc           bigint NOT NULL REFERENCES documents (doc) ON DELETE CASCADE,
    start         bigint NOT NULL,
    "end"         bigint NOT NULL,
    text          text COLLATE "C" NOT NULL,
    value         text COLLATE "C" NOT NULL,
    precision     text COLLATE "C" NOT NULL,
    first_day     text COLLATE "C" NOT NULL,
    last_day      text COLLATE "C" NOT NULL,
    anchor        text COLLATE "C" NOT NULL,
    duration_days bigint,
    PRIMARY KEY (doc, start, "end", value)
);

CREATE TABLE events (
    event            bigserial PRIMARY KEY,
    doc              bigint NOT NULL REFERENCES documents (doc) ON DELETE CASCADE,
    id               text COLLATE "C" NOT NULL UNIQUE,
    type             text COLLATE "C" NOT NULL,
    mode             text COLLATE "C",
    context          text COLLATE "C" NOT NULL DEFAULT '',
    source_entity    text COLLATE "C",
    source_name      text COLLATE "C",
    source_country   text COLLATE "C",
    source_sector    text COLLATE "C",
    target_entity    text COLLATE "C",
    target_name      text COLLATE "C",
    target_country   text COLLATE "C",
    target_sector    text COLLATE "C",
    date_value       text COLLATE "C",
    date_first       text COLLATE "C",
    date_last        text COLLATE "C",
    date_precision   text COLLATE "C",
    date_from        text COLLATE "C",
    location_name    text COLLATE "C",
    location_country text COLLATE "C",
    lat              double precision,
    lon              double precision,
    aux              text COLLATE "C",
    quad             bigint NOT NULL,
    sentence         text COLLATE "C" NOT NULL,
    start            bigint NOT NULL,
    "end"            bigint NOT NULL,
    trigger_start    bigint NOT NULL,
    trigger_end      bigint NOT NULL,
    confidence       double precision NOT NULL,
    rule             text COLLATE "C" NOT NULL,
    cameo            text COLLATE "C",
    -- The real-world event (clusters.cluster); NULL until linked.
    folded           bigint
);
CREATE INDEX events_doc ON events (doc);
CREATE INDEX events_date ON events (date_first, date_last, event);
CREATE INDEX events_type_date ON events (type, date_first, date_last);
CREATE INDEX events_source_entity ON events (source_entity);
CREATE INDEX events_target_entity ON events (target_entity);
-- Carries what a dyad's facts and the ranking of country pairs read (read.rs FACT_COLUMNS,
-- country_pairs), `event` included: SQLite's index holds the row number by itself.
CREATE INDEX events_dyad ON events (source_country, target_country, date_first, date_last)
    INCLUDE (event, aux, type, mode, quad, confidence, source_sector, source_entity, source_name,
             target_sector, target_entity, target_name, folded, doc,
             location_name, location_country, lat, lon);
CREATE INDEX events_source_date ON events (source_country, date_first, date_last, event);
CREATE INDEX events_target_date ON events (target_country, date_first, date_last, event);
CREATE INDEX events_folded ON events (folded);
-- The link step's unlinked reports in id order: events_folded holds no event order here, and
-- with statistics of before a link step the planner would read the primary key through every
-- linked report instead (SQLite does without it: migrations/0012_drop_unlinked_index.sql).
CREATE INDEX events_unlinked ON events (event) WHERE folded IS NULL;

CREATE TABLE quotes (
    rowid           bigserial PRIMARY KEY,
    doc             bigint NOT NULL REFERENCES documents (doc) ON DELETE CASCADE,
    speaker_entity  text COLLATE "C",
    speaker_name    text COLLATE "C",
    speaker_country text COLLATE "C",
    speaker_sector  text COLLATE "C",
    text            text COLLATE "C" NOT NULL,
    start           bigint NOT NULL,
    "end"           bigint NOT NULL,
    kind            text COLLATE "C" NOT NULL
);
CREATE INDEX quotes_doc ON quotes (doc);
CREATE INDEX quotes_speaker ON quotes (speaker_country, speaker_sector);

CREATE TABLE diagnostics (
    diagnostic  bigserial PRIMARY KEY,
    doc         bigint REFERENCES documents (doc) ON DELETE CASCADE,
    hash        text COLLATE "C",
    path        text COLLATE "C",
    stage       text COLLATE "C" NOT NULL,
    message     text COLLATE "C" NOT NULL,
    recorded_at text COLLATE "C" NOT NULL
                DEFAULT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')
);
CREATE INDEX diagnostics_doc ON diagnostics (doc);
CREATE UNIQUE INDEX diagnostics_orphan ON diagnostics (path, stage, message) WHERE doc IS NULL;

-- Event identity (SQLite migration 10; see link/).
CREATE TABLE articles (
    doc      bigint PRIMARY KEY REFERENCES documents (doc) ON DELETE CASCADE,
    root     bigint NOT NULL,
    outlet   text COLLATE "C" NOT NULL,
    distance bigint NOT NULL DEFAULT 0
);
CREATE INDEX articles_root ON articles (root);
CREATE TABLE article_bands (
    week bigint NOT NULL,
    band bigint NOT NULL,
    doc  bigint NOT NULL REFERENCES documents (doc) ON DELETE CASCADE,
    PRIMARY KEY (week, band, doc)
);
CREATE INDEX article_bands_doc ON article_bands (doc);
CREATE TABLE clusters (
    cluster        bigserial PRIMARY KEY,
    story          bigint NOT NULL,
    rep            bigint NOT NULL,
    type           text COLLATE "C" NOT NULL,
    date_first     text COLLATE "C",
    date_last      text COLLATE "C",
    num_reports    bigint NOT NULL,
    num_articles   bigint NOT NULL,
    num_sources    bigint NOT NULL,
    languages      text COLLATE "C" NOT NULL,
    first_reported text COLLATE "C",
    last_reported  text COLLATE "C"
);
CREATE INDEX clusters_date ON clusters (date_first, date_last, cluster);
CREATE INDEX clusters_story ON clusters (story);
CREATE TABLE cluster_aliases (
    alias   bigint PRIMARY KEY,
    cluster bigint NOT NULL,
    event   bigint,
    reason  text COLLATE "C" NOT NULL
);
CREATE INDEX cluster_aliases_cluster ON cluster_aliases (cluster);
CREATE TABLE cluster_blocks (
    actor   text COLLATE "C" NOT NULL,
    week    bigint NOT NULL,
    cluster bigint NOT NULL,
    PRIMARY KEY (actor, week, cluster)
);
CREATE INDEX cluster_blocks_cluster ON cluster_blocks (cluster);
CREATE TABLE cluster_links (
    event  bigint PRIMARY KEY REFERENCES events (event) ON DELETE CASCADE,
    via    bigint,
    reason text COLLATE "C" NOT NULL
);
CREATE TABLE clusters_dirty (cluster bigint PRIMARY KEY);

-- Counts (SQLite migrations 4, 7, 8).
CREATE TABLE document_days (
    first     text COLLATE "C" NOT NULL,
    last      text COLLATE "C" NOT NULL,
    documents bigint NOT NULL,
    PRIMARY KEY (first, last)
);
CREATE TABLE tally (name text COLLATE "C" PRIMARY KEY, n bigint NOT NULL);
CREATE TABLE language_tally (language text COLLATE "C" PRIMARY KEY, n bigint NOT NULL);
CREATE TABLE type_tally (type text COLLATE "C" PRIMARY KEY, n bigint NOT NULL);
CREATE TABLE dyad_tally (dyad text COLLATE "C" PRIMARY KEY, n bigint NOT NULL);
CREATE INDEX dyad_tally_top ON dyad_tally (n DESC, dyad);
CREATE TABLE actor_totals (
    id        text COLLATE "C" PRIMARY KEY,
    name      text COLLATE "C" NOT NULL,
    kind      text COLLATE "C" NOT NULL,
    mentions  bigint NOT NULL,
    documents bigint NOT NULL
);
CREATE INDEX actor_totals_rank ON actor_totals (mentions DESC, documents DESC, id);
CREATE TABLE actor_codes (
    id        text COLLATE "C" NOT NULL,
    code      text COLLATE "C" NOT NULL,
    mentions  bigint NOT NULL,
    documents bigint NOT NULL,
    PRIMARY KEY (id, code)
);
CREATE TABLE actor_events (
    id        text COLLATE "C" PRIMARY KEY,
    as_source bigint NOT NULL,
    as_target bigint NOT NULL
);

-- Adds `delta` to a whole-store count.
CREATE FUNCTION dyad_tally_add(what text, delta bigint) RETURNS void LANGUAGE sql AS $$
    INSERT INTO tally (name, n) SELECT what, delta WHERE delta <> 0
    ON CONFLICT (name) DO UPDATE SET n = tally.n + excluded.n;
$$;

-- documents: counts, languages, days with news.
CREATE FUNCTION dyad_documents_counted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('DELETE', 'UPDATE') THEN
        PERFORM dyad_tally_add('documents', -(SELECT COUNT(*) FROM old_rows));
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
CREATE TRIGGER documents_insert AFTER INSERT ON documents REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION dyad_documents_counted();
CREATE TRIGGER documents_delete AFTER DELETE ON documents REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION dyad_documents_counted();
CREATE TRIGGER documents_update AFTER UPDATE ON documents
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION dyad_documents_counted();

-- events: counts, types, dyads and actors of events reported as having happened; a deleted
-- report marks its real-world event for the next link step. Both triggers name their
-- transition table `changed`; the sign says which way the counts go.
CREATE FUNCTION dyad_events_counted() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    sign bigint := CASE TG_OP WHEN 'INSERT' THEN 1 ELSE -1 END;
BEGIN
    PERFORM dyad_tally_add('events', sign * (SELECT COUNT(*) FROM changed));
    PERFORM dyad_tally_add('events_aux',
        sign * (SELECT COUNT(*) FROM changed WHERE aux IS NOT NULL));
    INSERT INTO type_tally (type, n)
    SELECT type, sign * COUNT(*) FROM changed WHERE aux IS NULL GROUP BY 1
    ON CONFLICT (type) DO UPDATE SET n = type_tally.n + excluded.n;
    INSERT INTO dyad_tally (dyad, n)
    SELECT source_country || COALESCE('.' || source_sector, '') || ' → '
           || target_country || COALESCE('.' || target_sector, ''), sign * COUNT(*)
    FROM changed
    WHERE aux IS NULL AND source_country IS NOT NULL AND target_country IS NOT NULL
    GROUP BY 1
    ON CONFLICT (dyad) DO UPDATE SET n = dyad_tally.n + excluded.n;
    INSERT INTO actor_events (id, as_source, as_target)
    SELECT who, sign * SUM(s)::bigint, sign * SUM(t)::bigint FROM (
        SELECT COALESCE(NULLIF(source_entity, ''), source_name) AS who, 1 AS s, 0 AS t
        FROM changed WHERE aux IS NULL
        UNION ALL
        SELECT COALESCE(NULLIF(target_entity, ''), target_name), 0, 1
        FROM changed WHERE aux IS NULL
    ) sides WHERE who IS NOT NULL GROUP BY who
    ON CONFLICT (id) DO UPDATE SET as_source = actor_events.as_source + excluded.as_source,
        as_target = actor_events.as_target + excluded.as_target;
    IF TG_OP = 'DELETE' THEN
        DELETE FROM type_tally WHERE n <= 0;
        DELETE FROM dyad_tally WHERE n <= 0;
        DELETE FROM actor_events WHERE as_source <= 0 AND as_target <= 0;
        INSERT INTO clusters_dirty (cluster)
        SELECT DISTINCT folded FROM changed WHERE folded IS NOT NULL
        ON CONFLICT DO NOTHING;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER events_insert AFTER INSERT ON events REFERENCING NEW TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION dyad_events_counted();
CREATE TRIGGER events_delete AFTER DELETE ON events REFERENCING OLD TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION dyad_events_counted();

-- quotes and diagnostics
CREATE FUNCTION dyad_quotes_counted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM dyad_tally_add('quotes', (SELECT COUNT(*) FROM new_rows));
    ELSE
        PERFORM dyad_tally_add('quotes', -(SELECT COUNT(*) FROM old_rows));
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER quotes_insert AFTER INSERT ON quotes REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION dyad_quotes_counted();
CREATE TRIGGER quotes_delete AFTER DELETE ON quotes REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION dyad_quotes_counted();
CREATE FUNCTION dyad_diagnostics_counted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM dyad_tally_add('errors', (SELECT COUNT(*) FROM new_rows WHERE doc IS NULL));
        PERFORM dyad_tally_add('diagnostics',
            (SELECT COUNT(*) FROM new_rows WHERE doc IS NOT NULL));
    ELSE
        PERFORM dyad_tally_add('errors', -(SELECT COUNT(*) FROM old_rows WHERE doc IS NULL));
        PERFORM dyad_tally_add('diagnostics',
            -(SELECT COUNT(*) FROM old_rows WHERE doc IS NOT NULL));
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER diagnostics_insert AFTER INSERT ON diagnostics REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION dyad_diagnostics_counted();
CREATE TRIGGER diagnostics_delete AFTER DELETE ON diagnostics REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION dyad_diagnostics_counted();

-- entities (places excluded): actors' mentions and documents, in total and per actor code.
CREATE FUNCTION dyad_entities_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO actor_totals (id, name, kind, mentions, documents)
    SELECT COALESCE(NULLIF(kb_id, ''), name), MAX(name), MAX(kind), SUM(mentions)::bigint,
           COUNT(*)
    FROM new_rows WHERE kind <> 'place' GROUP BY 1
    ON CONFLICT (id) DO UPDATE SET name = GREATEST(actor_totals.name, excluded.name),
        kind = GREATEST(actor_totals.kind, excluded.kind),
        mentions = actor_totals.mentions + excluded.mentions,
        documents = actor_totals.documents + excluded.documents;
    INSERT INTO actor_codes (id, code, mentions, documents)
    SELECT COALESCE(NULLIF(kb_id, ''), name), COALESCE(country || COALESCE('.' || sector, ''), ''),
           SUM(mentions)::bigint, COUNT(*)
    FROM new_rows WHERE kind <> 'place' GROUP BY 1, 2
    ON CONFLICT (id, code) DO UPDATE SET mentions = actor_codes.mentions + excluded.mentions,
        documents = actor_codes.documents + excluded.documents;
    RETURN NULL;
END $$;
CREATE FUNCTION dyad_entities_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE actor_totals t SET mentions = t.mentions - o.m, documents = t.documents - o.d
    FROM (SELECT COALESCE(NULLIF(kb_id, ''), name) AS id, SUM(mentions)::bigint AS m,
                 COUNT(*) AS d
          FROM old_rows WHERE kind <> 'place' GROUP BY 1) o
    WHERE t.id = o.id;
    DELETE FROM actor_totals WHERE documents <= 0;
    -- The name and kind shown are the greatest of those left.
    UPDATE actor_totals t SET
        name = COALESCE((SELECT MAX(e.name) FROM entities e WHERE e.kb_id = t.id AND e.kind <> 'place'), t.name),
        kind = COALESCE((SELECT MAX(e.kind) FROM entities e WHERE e.kb_id = t.id AND e.kind <> 'place'), t.kind)
    WHERE t.id IN (SELECT kb_id FROM old_rows WHERE kb_id <> '' AND kind <> 'place');
    UPDATE actor_codes c SET mentions = c.mentions - o.m, documents = c.documents - o.d
    FROM (SELECT COALESCE(NULLIF(kb_id, ''), name) AS id,
                 COALESCE(country || COALESCE('.' || sector, ''), '') AS code,
                 SUM(mentions)::bigint AS m, COUNT(*) AS d
          FROM old_rows WHERE kind <> 'place' GROUP BY 1, 2) o
    WHERE c.id = o.id AND c.code = o.code;
    DELETE FROM actor_codes WHERE documents <= 0;
    RETURN NULL;
END $$;
CREATE TRIGGER entities_insert AFTER INSERT ON entities REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION dyad_entities_inserted();
CREATE TRIGGER entities_delete AFTER DELETE ON entities REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION dyad_entities_deleted();
