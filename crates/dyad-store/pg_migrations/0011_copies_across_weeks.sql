-- PostgreSQL schema version 11 (SQLite's migration 22): an undated document finds the dated
-- original it copies, whatever the original's week (issue 13). The fingerprint's four 16-bit
-- quarters, indexed (two fingerprints at most 3 bits apart share one); only an undated
-- document reads them (link/mod.rs `group_articles`), with these very expressions.
CREATE INDEX documents_quarter0 ON documents ((simhash & 65535));
CREATE INDEX documents_quarter1 ON documents (((simhash >> 16) & 65535));
CREATE INDEX documents_quarter2 ON documents (((simhash >> 32) & 65535));
CREATE INDEX documents_quarter3 ON documents (((simhash >> 48) & 65535));
