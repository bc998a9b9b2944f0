-- PostgreSQL schema version 7: document bodies written from now on keep the document's layers
-- as a binary tape (pack.rs, tape.rs; SQLite's migration 18). Older bodies are read as they
-- were; the version moves so that an older dyad refuses the database instead of failing on them.
SELECT 1;
