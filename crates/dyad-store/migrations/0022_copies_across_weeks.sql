-- Schema version 22: an undated document finds the dated original it copies, whatever the
-- original's week (issue 13: an undated report "may join [an event] only when its document is
-- a near-duplicate of a document already in that event"). Near-duplicate bands are filed by
-- week (article_bands), and an undated document under week -1, searched against weeks -2..0
-- only: an undated syndicated copy of a dated original was never found, and its report,
-- having no date, joined nothing.
--
-- The fingerprint's four 16-bit quarters, indexed: two fingerprints at most 3 bits apart
-- share one (and farther copies mostly do); a quarter is one in 65,536 documents, so the
-- lookup reads a few rows of any store. Expression indexes, kept by the database itself
-- through inserts, recodes and deletes. Only an undated document reads them
-- (link/mod.rs `group_articles`); the expressions are written as it writes them.
CREATE INDEX documents_quarter0 ON documents ((simhash & 65535));
CREATE INDEX documents_quarter1 ON documents (((simhash >> 16) & 65535));
CREATE INDEX documents_quarter2 ON documents (((simhash >> 32) & 65535));
CREATE INDEX documents_quarter3 ON documents (((simhash >> 48) & 65535));
