-- Schema version 18: document bodies written from now on keep the document's layers as a
-- binary tape (pack.rs, tape.rs) instead of JSON (issue 16, ingest speed): a first byte 0x02,
-- then the zstd frame. Bodies written before keep their form (a zstd frame, whose first byte is
-- 0x28) and are read as they were, so nothing is rewritten here. The version moves so that an
-- older dyad, which cannot read the new bodies, refuses the database instead of failing on them.
SELECT 1;
