//! dyad's embedded store: documents and every layer the pipeline adds to them, in SQLite.
//!
//! A [`Store`] is one connection to one database file (or to memory). Writing is batched:
//! [`Store::write_batch`] stores many documents in one transaction, skips those already stored
//! (by content hash, so re-ingesting is a no-op) and keeps one bad document from failing the
//! rest. Reading is by [`EventQuery`], plus the actor list, a summary and a JSONL export built
//! from the document JSON kept beside the tables.
//!
//! Not here: deduplication across documents (the pipeline's job), PostgreSQL, Parquet.
//!
//! One `Store` is one connection and is `Send` but not `Sync`: give each thread (the pipeline's
//! writer, each server worker) its own `Store::open` on the same file. SQLite's WAL mode lets
//! readers run while one writer writes.

mod error;
mod migrate;
mod query;
mod read;
pub mod synth;
mod write;

#[cfg(test)]
mod testdata;

pub use error::StoreError;
pub use migrate::SCHEMA_VERSION;
pub use query::{ActorRow, DiagnosticRow, EventCursor, EventQuery, EventRow, Summary};
pub use read::{DocQuery, DocRow, EventFact, Named, QuoteQuery, QuoteRow, ReadStore, VolumeRow};
pub use write::BatchStats;

use rusqlite::{Connection, OptionalExtension};
use std::path::Path;
use std::time::Duration;

/// How long a connection waits for another one's write lock before giving up.
const BUSY_TIMEOUT: Duration = Duration::from_secs(10);

/// A connection to a dyad database, migrated to the current schema.
#[derive(Debug)]
pub struct Store {
    conn: Connection,
}

impl Store {
    /// Opens (creating if needed) the database at `path` and brings its schema up to date.
    pub fn open(path: impl AsRef<Path>) -> Result<Store, StoreError> {
        let path = path.as_ref();
        let open_err = |source| StoreError::Open {
            path: path.to_path_buf(),
            source,
        };
        let conn = Connection::open(path).map_err(open_err)?;
        Store::init(conn).map_err(|e| match e {
            StoreError::Sqlite(source) => open_err(source),
            other => other,
        })
    }

    /// A private database in memory, for tests and one-off runs.
    pub fn open_in_memory() -> Result<Store, StoreError> {
        Store::init(Connection::open_in_memory()?)
    }

    fn init(mut conn: Connection) -> Result<Store, StoreError> {
        conn.busy_timeout(BUSY_TIMEOUT)?;
        // In memory the journal mode stays "memory"; that is fine.
        let _mode: String =
            conn.pragma_update_and_check(None, "journal_mode", "WAL", |r| r.get(0))?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        conn.pragma_update(None, "foreign_keys", true)?;
        // The per-document savepoints of a batch journal in memory, not in a temporary file.
        conn.pragma_update(None, "temp_store", "MEMORY")?;
        migrate::migrate(&mut conn, migrate::MIGRATIONS)?;
        Ok(Store { conn })
    }

    /// The schema version of the open database.
    pub fn schema_version(&self) -> Result<u32, StoreError> {
        Ok(migrate::user_version(&self.conn)?)
    }

    /// Whether a document with this content hash is stored.
    pub fn contains(&self, hash: &str) -> Result<bool, StoreError> {
        let found = self.conn.query_row(
            "SELECT EXISTS (SELECT 1 FROM documents WHERE hash = ?1)",
            [hash],
            |r| r.get(0),
        )?;
        Ok(found)
    }

    /// Records a document that never made it into the store (unreadable file, bad record…).
    /// The same failure recorded twice for the same path is kept once.
    pub fn record_error(&mut self, path: &str, message: &str) -> Result<(), StoreError> {
        self.conn.execute(
            "INSERT OR IGNORE INTO diagnostics (path, stage, message) VALUES (?1, 'ingest', ?2)",
            [path, message],
        )?;
        Ok(())
    }

    /// The stored JSON of one document, by its id or its content hash. When several documents
    /// share an id, the first stored is returned.
    pub fn document(&self, id_or_hash: &str) -> Result<serde_json::Value, StoreError> {
        let json: Option<String> = self
            .conn
            .query_row(
                "SELECT json FROM documents WHERE hash = ?1 OR id = ?1 ORDER BY hash = ?1 DESC, doc
                 LIMIT 1",
                [id_or_hash],
                |r| r.get(0),
            )
            .optional()?;
        let json = json.ok_or_else(|| StoreError::NotFound(id_or_hash.to_string()))?;
        Ok(serde_json::from_str(&json)?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testdata::{doc_fomin, doc_lavrov};

    #[test]
    fn opening_twice_is_idempotent() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("dyad.db");
        {
            let mut store = Store::open(&path).unwrap();
            assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
            store.write_batch(&[doc_fomin()]).unwrap();
        }
        let store = Store::open(&path).unwrap();
        assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
        assert!(store.contains(&doc_fomin().raw.hash).unwrap());
        let mode: String = store
            .conn
            .query_row("PRAGMA journal_mode", [], |r| r.get(0))
            .unwrap();
        assert_eq!(mode, "wal");
        let fk: bool = store
            .conn
            .query_row("PRAGMA foreign_keys", [], |r| r.get(0))
            .unwrap();
        assert!(fk);
    }

    #[test]
    fn a_store_can_move_to_a_writer_thread() {
        fn send<T: Send>() {}
        send::<Store>();
    }

    #[test]
    fn bad_path_is_an_open_error() {
        let dir = tempfile::tempdir().unwrap();
        let err = Store::open(dir.path().join("missing/dir/dyad.db")).unwrap_err();
        assert!(matches!(err, StoreError::Open { .. }), "{err}");
    }

    #[test]
    fn document_by_id_or_hash() {
        let mut store = Store::open_in_memory().unwrap();
        store.write_batch(&[doc_fomin(), doc_lavrov()]).unwrap();
        let d = doc_lavrov();
        let by_hash = store.document(&d.raw.hash).unwrap();
        let by_id = store.document(&d.raw.id).unwrap();
        assert_eq!(by_hash, by_id);
        assert_eq!(by_hash, dyad_core::output::document_json(&d));
        assert!(store.document("nope").unwrap_err().is_not_found());
    }

    #[test]
    fn ingest_errors_are_recorded_once() {
        let mut store = Store::open_in_memory().unwrap();
        store.record_error("feeds/bad.html", "not UTF-8").unwrap();
        store.record_error("feeds/bad.html", "not UTF-8").unwrap();
        store
            .record_error("feeds/worse.warc", "truncated record")
            .unwrap();
        let errs = store.diagnostics().unwrap();
        assert_eq!(errs.len(), 2);
        assert_eq!(errs[0].path.as_deref(), Some("feeds/bad.html"));
        assert_eq!(errs[0].stage, "ingest");
        assert_eq!(store.summary().unwrap().errors, 2);
    }
}
