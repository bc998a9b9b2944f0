-- What `summary` and `actors` report, kept up to date by triggers as rows come and go (a
-- replaced document's rows leave by ON DELETE CASCADE, which fires them too), so neither
-- scans the events: at 50,000 documents `actors` took 0.43 s and `summary` 0.12 s, growing
-- with the store.

-- Whole-store counts: documents, events, events_aux, quotes, errors (documents that never
-- made it in), diagnostics (on stored documents).
CREATE TABLE tally (
    name TEXT PRIMARY KEY,
    n    INTEGER NOT NULL
) WITHOUT ROWID;
-- Documents per language ('und' when not detected).
CREATE TABLE language_tally (
    language TEXT PRIMARY KEY,
    n        INTEGER NOT NULL
) WITHOUT ROWID;
-- Events reported as having happened (no aux), per type and per coded dyad ('RUS.GOV → PAK').
CREATE TABLE type_tally (
    type TEXT PRIMARY KEY,
    n    INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE dyad_tally (
    dyad TEXT PRIMARY KEY,
    n    INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX dyad_tally_top ON dyad_tally (n DESC, dyad);

-- Actors (entities other than places, known by kb id, else by name): mentions and documents
-- in total (ranked by an index, so a page of `actors` is read in order) and per actor code
-- ('' for none); events (no aux) with the actor as source or target.
-- An entity row carries how many mentions it has, so mentions need no trigger of their own.
ALTER TABLE entities ADD COLUMN mentions INTEGER NOT NULL DEFAULT 0;
UPDATE entities SET mentions = (
    SELECT COUNT(*) FROM mentions m WHERE m.doc = entities.doc AND m.entity = entities.idx
);
CREATE TABLE actor_totals (
    id        TEXT PRIMARY KEY,
    name      TEXT NOT NULL,
    kind      TEXT NOT NULL,
    mentions  INTEGER NOT NULL,
    documents INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX actor_totals_rank ON actor_totals (mentions DESC, documents DESC, id);
CREATE TABLE actor_codes (
    id        TEXT NOT NULL,
    code      TEXT NOT NULL,
    mentions  INTEGER NOT NULL,
    documents INTEGER NOT NULL,
    PRIMARY KEY (id, code)
) WITHOUT ROWID;
CREATE TABLE actor_events (
    id        TEXT PRIMARY KEY,
    as_source INTEGER NOT NULL,
    as_target INTEGER NOT NULL
) WITHOUT ROWID;

-- documents
CREATE TRIGGER tally_document_insert AFTER INSERT ON documents BEGIN
    INSERT INTO tally (name, n) VALUES ('documents', 1)
    ON CONFLICT (name) DO UPDATE SET n = n + 1;
    INSERT INTO language_tally (language, n) VALUES (COALESCE(NEW.language, 'und'), 1)
    ON CONFLICT (language) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER tally_document_delete AFTER DELETE ON documents BEGIN
    UPDATE tally SET n = n - 1 WHERE name = 'documents';
    UPDATE language_tally SET n = n - 1 WHERE language = COALESCE(OLD.language, 'und');
    DELETE FROM language_tally WHERE language = COALESCE(OLD.language, 'und') AND n <= 0;
END;
CREATE TRIGGER tally_document_language AFTER UPDATE OF language ON documents
WHEN COALESCE(OLD.language, 'und') <> COALESCE(NEW.language, 'und') BEGIN
    UPDATE language_tally SET n = n - 1 WHERE language = COALESCE(OLD.language, 'und');
    DELETE FROM language_tally WHERE language = COALESCE(OLD.language, 'und') AND n <= 0;
    INSERT INTO language_tally (language, n) VALUES (COALESCE(NEW.language, 'und'), 1)
    ON CONFLICT (language) DO UPDATE SET n = n + 1;
END;

-- events
CREATE TRIGGER tally_event_insert AFTER INSERT ON events BEGIN
    INSERT INTO tally (name, n) VALUES ('events', 1)
    ON CONFLICT (name) DO UPDATE SET n = n + 1;
    INSERT INTO tally (name, n) SELECT 'events_aux', 1 WHERE NEW.aux IS NOT NULL
    ON CONFLICT (name) DO UPDATE SET n = n + 1;
    INSERT INTO type_tally (type, n) SELECT NEW.type, 1 WHERE NEW.aux IS NULL
    ON CONFLICT (type) DO UPDATE SET n = n + 1;
    INSERT INTO dyad_tally (dyad, n)
    SELECT NEW.source_country || COALESCE('.' || NEW.source_sector, '') || ' → '
           || NEW.target_country || COALESCE('.' || NEW.target_sector, ''), 1
    WHERE NEW.aux IS NULL AND NEW.source_country IS NOT NULL AND NEW.target_country IS NOT NULL
    ON CONFLICT (dyad) DO UPDATE SET n = n + 1;
    INSERT INTO actor_events (id, as_source, as_target)
    SELECT COALESCE(NULLIF(NEW.source_entity, ''), NEW.source_name), 1, 0
    WHERE NEW.aux IS NULL AND COALESCE(NULLIF(NEW.source_entity, ''), NEW.source_name) IS NOT NULL
    ON CONFLICT (id) DO UPDATE SET as_source = as_source + 1;
    INSERT INTO actor_events (id, as_source, as_target)
    SELECT COALESCE(NULLIF(NEW.target_entity, ''), NEW.target_name), 0, 1
    WHERE NEW.aux IS NULL AND COALESCE(NULLIF(NEW.target_entity, ''), NEW.target_name) IS NOT NULL
    ON CONFLICT (id) DO UPDATE SET as_target = as_target + 1;
END;
CREATE TRIGGER tally_event_delete AFTER DELETE ON events BEGIN
    UPDATE tally SET n = n - 1 WHERE name = 'events';
    UPDATE tally SET n = n - 1 WHERE name = 'events_aux' AND OLD.aux IS NOT NULL;
    UPDATE type_tally SET n = n - 1 WHERE OLD.aux IS NULL AND type = OLD.type;
    DELETE FROM type_tally WHERE OLD.aux IS NULL AND type = OLD.type AND n <= 0;
    UPDATE dyad_tally SET n = n - 1
    WHERE OLD.aux IS NULL AND dyad = OLD.source_country || COALESCE('.' || OLD.source_sector, '')
        || ' → ' || OLD.target_country || COALESCE('.' || OLD.target_sector, '');
    DELETE FROM dyad_tally WHERE n <= 0
      AND OLD.aux IS NULL AND dyad = OLD.source_country || COALESCE('.' || OLD.source_sector, '')
        || ' → ' || OLD.target_country || COALESCE('.' || OLD.target_sector, '');
    UPDATE actor_events SET as_source = as_source - 1
    WHERE OLD.aux IS NULL AND id = COALESCE(NULLIF(OLD.source_entity, ''), OLD.source_name);
    UPDATE actor_events SET as_target = as_target - 1
    WHERE OLD.aux IS NULL AND id = COALESCE(NULLIF(OLD.target_entity, ''), OLD.target_name);
    DELETE FROM actor_events WHERE as_source <= 0 AND as_target <= 0
      AND id IN (COALESCE(NULLIF(OLD.source_entity, ''), OLD.source_name),
                 COALESCE(NULLIF(OLD.target_entity, ''), OLD.target_name));
END;

-- quotes and diagnostics
CREATE TRIGGER tally_quote_insert AFTER INSERT ON quotes BEGIN
    INSERT INTO tally (name, n) VALUES ('quotes', 1)
    ON CONFLICT (name) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER tally_quote_delete AFTER DELETE ON quotes BEGIN
    UPDATE tally SET n = n - 1 WHERE name = 'quotes';
END;
CREATE TRIGGER tally_diagnostic_insert AFTER INSERT ON diagnostics BEGIN
    INSERT INTO tally (name, n)
    VALUES (CASE WHEN NEW.doc IS NULL THEN 'errors' ELSE 'diagnostics' END, 1)
    ON CONFLICT (name) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER tally_diagnostic_delete AFTER DELETE ON diagnostics BEGIN
    UPDATE tally SET n = n - 1
    WHERE name = CASE WHEN OLD.doc IS NULL THEN 'errors' ELSE 'diagnostics' END;
END;

-- entities
CREATE TRIGGER tally_entity_insert AFTER INSERT ON entities WHEN NEW.kind <> 'place' BEGIN
    INSERT INTO actor_totals (id, name, kind, mentions, documents)
    VALUES (COALESCE(NULLIF(NEW.kb_id, ''), NEW.name), NEW.name, NEW.kind, NEW.mentions, 1)
    ON CONFLICT (id) DO UPDATE SET name = MAX(name, excluded.name), kind = MAX(kind, excluded.kind),
        mentions = mentions + excluded.mentions, documents = documents + 1;
    INSERT INTO actor_codes (id, code, mentions, documents)
    VALUES (COALESCE(NULLIF(NEW.kb_id, ''), NEW.name),
            COALESCE(NEW.country || COALESCE('.' || NEW.sector, ''), ''), NEW.mentions, 1)
    ON CONFLICT (id, code) DO UPDATE SET mentions = mentions + excluded.mentions,
        documents = documents + 1;
END;
CREATE TRIGGER tally_entity_delete AFTER DELETE ON entities WHEN OLD.kind <> 'place' BEGIN
    UPDATE actor_totals SET mentions = mentions - OLD.mentions, documents = documents - 1
    WHERE id = COALESCE(NULLIF(OLD.kb_id, ''), OLD.name);
    DELETE FROM actor_totals WHERE id = COALESCE(NULLIF(OLD.kb_id, ''), OLD.name) AND documents <= 0;
    -- The name and kind shown are the greatest of those left (an actor known by its name
    -- keeps it).
    UPDATE actor_totals SET
        name = (SELECT MAX(name) FROM entities WHERE kb_id = OLD.kb_id AND kind <> 'place'),
        kind = (SELECT MAX(kind) FROM entities WHERE kb_id = OLD.kb_id AND kind <> 'place')
    WHERE id = OLD.kb_id AND OLD.kb_id <> '' AND (name = OLD.name OR kind = OLD.kind);
    UPDATE actor_codes SET mentions = mentions - OLD.mentions, documents = documents - 1
    WHERE id = COALESCE(NULLIF(OLD.kb_id, ''), OLD.name)
      AND code = COALESCE(OLD.country || COALESCE('.' || OLD.sector, ''), '');
    DELETE FROM actor_codes WHERE id = COALESCE(NULLIF(OLD.kb_id, ''), OLD.name)
      AND code = COALESCE(OLD.country || COALESCE('.' || OLD.sector, ''), '') AND documents <= 0;
END;

-- What is already stored.
INSERT INTO tally (name, n)
    SELECT 'documents', COUNT(*) FROM documents
    UNION ALL SELECT 'events', COUNT(*) FROM events
    UNION ALL SELECT 'events_aux', COUNT(*) FROM events WHERE aux IS NOT NULL
    UNION ALL SELECT 'quotes', COUNT(*) FROM quotes
    UNION ALL SELECT 'errors', COUNT(*) FROM diagnostics WHERE doc IS NULL
    UNION ALL SELECT 'diagnostics', COUNT(*) FROM diagnostics WHERE doc IS NOT NULL;
INSERT INTO language_tally (language, n)
    SELECT COALESCE(language, 'und'), COUNT(*) FROM documents GROUP BY 1;
INSERT INTO type_tally (type, n)
    SELECT type, COUNT(*) FROM events WHERE aux IS NULL GROUP BY type;
INSERT INTO dyad_tally (dyad, n)
    SELECT source_country || COALESCE('.' || source_sector, '') || ' → '
           || target_country || COALESCE('.' || target_sector, ''), COUNT(*)
    FROM events WHERE aux IS NULL AND source_country IS NOT NULL AND target_country IS NOT NULL
    GROUP BY 1;
INSERT INTO actor_totals (id, name, kind, mentions, documents)
    SELECT COALESCE(NULLIF(kb_id, ''), name), MAX(name), MAX(kind), SUM(mentions), COUNT(*)
    FROM entities WHERE kind <> 'place' GROUP BY 1;
INSERT INTO actor_codes (id, code, mentions, documents)
    SELECT COALESCE(NULLIF(kb_id, ''), name), COALESCE(country || COALESCE('.' || sector, ''), ''),
           SUM(mentions), COUNT(*)
    FROM entities WHERE kind <> 'place' GROUP BY 1, 2;
INSERT INTO actor_events (id, as_source, as_target)
    SELECT who, SUM(s), SUM(t) FROM (
        SELECT COALESCE(NULLIF(source_entity, ''), source_name) AS who, 1 AS s, 0 AS t
        FROM events WHERE aux IS NULL
        UNION ALL
        SELECT COALESCE(NULLIF(target_entity, ''), target_name), 0, 1
        FROM events WHERE aux IS NULL
    ) WHERE who IS NOT NULL GROUP BY who;
