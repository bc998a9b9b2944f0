-- A document's text, its JSON and what recoding needs, in one compressed body (pack.rs): the
-- text was stored three times (text, inside json, before cleaning inside raw), 18 KB per
-- 4.8 KB article. Rows already stored are packed here; `text`, `json` and `raw` stay as
-- columns (SQLite cannot drop a NOT NULL column cheaply) and are left empty.
ALTER TABLE documents ADD COLUMN body BLOB;
UPDATE documents SET body = dyad_pack_stored(text, json, raw), text = '', json = '', raw = NULL;
