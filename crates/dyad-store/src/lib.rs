//! dyad's store: documents and every layer the pipeline adds to them, in SQLite (embedded, the
//! default) or PostgreSQL ([`PgStore`]); [`AnyStore`] is whichever `--db` names.
//!
//! A [`Store`] is one connection to one database file (or to memory). Writing is batched:
//! [`Store::write_batch`] stores many documents in one transaction, skips those already stored
//! (by content hash, so re-ingesting is a no-op) and keeps one bad document from failing the
//! rest. Reading is by [`EventQuery`], plus the actor list, a summary and a JSONL export built
//! from the document JSON kept beside the tables.
//!
//! Event identity across documents is maintained here too, as its own step after each batch
//! ([`Store::link`], rules in [`link::rules`]). Both backends run the same SQL for reading
//! and linking (`sql.rs`); each writes its own way. Not here: the Parquet files themselves (dyad-parquet writes them from
//! [`ReadStore::export_documents`] and the like).
//!
//! One `Store` is one connection and is `Send` but not `Sync`: give each thread (the pipeline's
//! writer, each server worker) its own `Store::open` on the same file. SQLite's WAL mode lets
//! readers run while one writer writes.

mod any;
mod error;
mod export;
mod folded;
pub mod link;
mod migrate;
mod pack;
pub mod pg;
mod query;
mod read;
mod recode;
mod sql;
pub mod synth;
mod tally;
mod tape;
mod write;

#[cfg(test)]
mod backends;
#[cfg(test)]
mod testdata;

pub use any::AnyStore;
pub use error::StoreError;
pub use export::{DocumentRecord, EntityRecord, MentionRecord, QuoteRecord};
pub use folded::{FoldedEvent, Merge, ReportRef, StoryLink};
pub use link::LinkStats;
pub use migrate::SCHEMA_VERSION;
pub use pack::PreparedDocument;
pub use pg::{is_postgres_url, PgStore, PG_SCHEMA_VERSION};
pub use query::{
    ActorCursor, ActorQuery, ActorRow, DiagnosticRow, EventCursor, EventQuery, EventRow, Summary,
};
pub use read::{
    CountryPair, DocQuery, DocRow, EventFact, Named, QuoteQuery, QuoteRow, ReadStore, VolumeRow,
};
pub use recode::Recode;
pub use write::BatchStats;

#[cfg(test)]
use dyad_core::Document;
use rusqlite::config::DbConfig;
use rusqlite::{Connection, OpenFlags};
use sql::{ColsExt, DbExt};
use std::path::Path;
use std::time::Duration;

/// What ingest asks of a store, beside [`ReadStore`]: a second backend (PostgreSQL) implements
/// both, and the batch runner sees only this.
pub trait WriteStore {
    /// Whether a document with this content hash is stored.
    fn contains(&self, hash: &str) -> Result<bool, StoreError>;
    /// Whether a record read for ingest is stored, and under which hash it is to be stored
    /// if not: see [`StoredText`].
    fn stored_text(&self, record: &RecordOf<'_>) -> Result<StoredText, StoreError>;
    /// Stores a batch in one transaction; see [`Store::write_batch`].
    fn write_prepared(&mut self, docs: &[PreparedDocument]) -> Result<BatchStats, StoreError>;
    /// Records a document that never made it into the store.
    fn record_error(&mut self, path: &str, message: &str) -> Result<(), StoreError>;
    /// Links the reports stored since the last call into real-world events.
    fn link(&mut self) -> Result<LinkStats, StoreError>;
    /// [`WriteStore::write_prepared`], then [`WriteStore::link`]; a backend may do both in
    /// one transaction.
    fn write_and_link(
        &mut self,
        docs: &[PreparedDocument],
    ) -> Result<(BatchStats, LinkStats), StoreError> {
        let written = self.write_prepared(docs)?;
        Ok((written, self.link()?))
    }
}

impl WriteStore for Store {
    fn contains(&self, hash: &str) -> Result<bool, StoreError> {
        Store::contains(self, hash)
    }
    fn stored_text(&self, record: &RecordOf<'_>) -> Result<StoredText, StoreError> {
        stored_text(&self.conn, record)
    }
    fn write_prepared(&mut self, docs: &[PreparedDocument]) -> Result<BatchStats, StoreError> {
        Store::write_prepared(self, docs)
    }
    fn record_error(&mut self, path: &str, message: &str) -> Result<(), StoreError> {
        Store::record_error(self, path, message)
    }
    fn link(&mut self) -> Result<LinkStats, StoreError> {
        Store::link(self)
    }
    fn write_and_link(
        &mut self,
        docs: &[PreparedDocument],
    ) -> Result<(BatchStats, LinkStats), StoreError> {
        Store::write_and_link(self, docs)
    }
}

/// How long a connection waits for another one's write lock before giving up.
const BUSY_TIMEOUT: Duration = Duration::from_secs(10);

/// A connection to a dyad database at the current schema: read-write ([`Store::open`], which
/// creates and migrates) or read-only ([`Store::open_read_only`], which never changes the file).
#[derive(Debug)]
pub struct Store {
    conn: Connection,
    read_only: bool,
    /// What the link step read, kept between steps (link/mod.rs).
    cache: Box<link::LinkCache>,
}

impl Store {
    /// Opens (creating if needed) the database at `path` for writing and brings its schema up
    /// to date. A file that is not a dyad database is refused before anything is written to it.
    pub fn open(path: impl AsRef<Path>) -> Result<Store, StoreError> {
        let path = path.as_ref();
        let conn = Connection::open(path).map_err(|source| open_err(path, source))?;
        // Identify first: setting the journal mode or migrating would write to the file.
        migrate::identify(&conn).map_err(|why| not_dyad(path, why))?;
        Store::init(conn, false).map_err(|e| match e {
            StoreError::Sqlite(source) => open_err(path, source),
            other => other,
        })
    }

    /// Opens an existing dyad database for queries only, with SQLite's read-only flags: nothing
    /// is created, migrated or written, so a database on read-only media, or one shared with
    /// others, can be queried. An older schema is an error that says how to upgrade it.
    pub fn open_read_only(path: impl AsRef<Path>) -> Result<Store, StoreError> {
        let path = path.as_ref();
        let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn =
            Connection::open_with_flags(path, flags).map_err(|source| open_err(path, source))?;
        let found = migrate::identify(&conn).map_err(|why| not_dyad(path, why))?;
        let version = match found {
            migrate::Found::Dyad(v) => v,
            migrate::Found::Empty => return Err(not_dyad(path, "an empty database".into())),
        };
        if version > SCHEMA_VERSION {
            return Err(StoreError::SchemaTooNew {
                found: version,
                supported: SCHEMA_VERSION,
            });
        }
        if version < SCHEMA_VERSION {
            return Err(StoreError::SchemaTooOld {
                path: path.to_path_buf(),
                found: version,
                supported: SCHEMA_VERSION,
            });
        }
        conn.busy_timeout(BUSY_TIMEOUT)
            .map_err(|source| open_err(path, source))?;
        read_pragmas(&conn).map_err(|source| open_err(path, source))?;
        pack::register(&conn).map_err(|source| open_err(path, source))?;
        Ok(Store {
            conn,
            read_only: true,
            cache: Box::new(link::LinkCache::across_steps()),
        })
    }

    /// A private database in memory, for tests and one-off runs.
    pub fn open_in_memory() -> Result<Store, StoreError> {
        Store::init(Connection::open_in_memory()?, false)
    }

    fn init(mut conn: Connection, read_only: bool) -> Result<Store, StoreError> {
        conn.busy_timeout(BUSY_TIMEOUT)?;
        // In memory the journal mode stays "memory"; that is fine.
        let _mode: String =
            conn.pragma_update_and_check(None, "journal_mode", "WAL", |r| r.get(0))?;
        // NORMAL under WAL: a commit is durable against a killed process (the log is written
        // before commit returns), not against power loss, and needs no sync per transaction.
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        conn.pragma_update(None, "foreign_keys", true)?;
        // 64 MiB of page cache instead of 2: a batch inserts into a dozen indexes keyed by
        // hashes, ids and actors, whose pages would otherwise be read back for every batch.
        conn.pragma_update(None, "cache_size", -65536)?;
        // The writer's plans do not depend on the values bound: otherwise SQLite compiles a
        // statement again whenever a new value is bound to a `LIMIT ?` or a compared column,
        // and the link step, which runs its queries once per report, spent half of the
        // writer's time compiling. (Reads keep value-dependent plans: their connections are
        // opened read-only.)
        conn.set_db_config(DbConfig::SQLITE_DBCONFIG_ENABLE_QPSG, true)?;
        // The log is copied into the file every 8192 pages (32 MiB) instead of 1000: a batch
        // changes the same index pages again and again, and each copy wrote them (and
        // synced) again; the checkpoints were a tenth of the writer's time.
        conn.pragma_update(None, "wal_autocheckpoint", 8192)?;
        read_pragmas(&conn)?;
        migrate::migrate(&mut conn, migrate::MIGRATIONS)?;
        Ok(Store {
            conn,
            read_only,
            cache: Box::new(link::LinkCache::across_steps()),
        })
    }

    /// Whether this connection only reads.
    pub fn is_read_only(&self) -> bool {
        self.read_only
    }

    fn writable(&self) -> Result<(), StoreError> {
        if self.read_only {
            return Err(StoreError::ReadOnly);
        }
        Ok(())
    }

    /// The schema version of the open database.
    pub fn schema_version(&self) -> Result<u32, StoreError> {
        Ok(migrate::user_version(&self.conn)?)
    }

    /// Whether a document with this content hash is stored.
    pub fn contains(&self, hash: &str) -> Result<bool, StoreError> {
        contains(&self.conn, hash)
    }

    /// Records a document that never made it into the store (unreadable file, bad record…).
    /// The same failure recorded twice for the same path is kept once.
    pub fn record_error(&mut self, path: &str, message: &str) -> Result<(), StoreError> {
        self.writable()?;
        record_error(&self.conn, path, message)
    }

    /// The stored JSON of one document, by its id or its content hash. When several documents
    /// share an id, the first stored is returned.
    pub fn document(&self, id_or_hash: &str) -> Result<serde_json::Value, StoreError> {
        document(&self.conn, id_or_hash)
    }
}

pub(crate) fn contains(db: &dyn sql::Db, hash: &str) -> Result<bool, StoreError> {
    // Asked once per document read by ingest: the statement is kept (prepared once).
    let found = db.first(
        "SELECT EXISTS (SELECT 1 FROM documents WHERE hash = ?1)",
        &[sql::text(hash)],
        |r| r.i64(0),
    )?;
    Ok(found == Some(1))
}

/// What a record read for ingest is, for [`WriteStore::stored_text`]: its content hash (of the
/// text alone), its id (`given`: the record gave it, rather than the hash standing for it),
/// and where it came from.
#[derive(Debug, Clone, Copy)]
pub struct RecordOf<'a> {
    pub hash: &'a str,
    pub id: &'a str,
    pub given: bool,
    pub source: Option<&'a str>,
    pub url: Option<&'a str>,
}

/// Where a record read for ingest stands to what is stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StoredText {
    /// Its text is not stored.
    New,
    /// It is stored: its text under its id, or from its outlet (the same article read again,
    /// whatever its address). Re-ingest stores nothing.
    Stored,
    /// Its text is stored from another outlet: it is a syndicated copy (the same story
    /// re-published), kept as a document of its own under this hash (see [`copy_hash`]),
    /// so that its outlet and address appear among the event's reports. The link step groups
    /// it with the original (one fingerprint): it is a report of the event, no new article
    /// and no new source.
    CopyAs(String),
}

/// The outlet a record is counted under (as `reports[].source` is counted): the record's
/// source, else its URL's host, else `unknown`, folded to lower case.
pub fn outlet(source: Option<&str>, url: Option<&str>) -> String {
    link::outlet(source, url)
}

/// The hash a syndicated copy of the text `hash` from `outlet` is stored under: the text's
/// hash with the outlet, so that the copy read again is found stored, and the original's
/// hash (and the ids of its events, derived from it) stays as it was.
pub fn copy_hash(hash: &str, outlet: &str) -> String {
    format!("{hash}@{outlet}")
}

/// Issue 13: a copy with the same text from another outlet was dropped at ingest as "already
/// stored" (the content hash is of the text alone), so its outlet and URL never appeared among
/// the event's reports. A record is already stored when a document of its text has its given
/// id, or comes from its outlet; from another outlet it is a copy, stored under
/// [`copy_hash`] (already stored if that is).
pub(crate) fn stored_text(db: &dyn sql::Db, r: &RecordOf<'_>) -> Result<StoredText, StoreError> {
    // Asked once per document read by ingest, as `contains` was: one seek of the hash index.
    let found = db.first(
        "SELECT id, source, url FROM documents WHERE hash = ?1",
        &[sql::text(r.hash)],
        |row| Ok((row.str(0)?, row.str_opt(1)?, row.str_opt(2)?)),
    )?;
    let Some((id, source, url)) = found else {
        return Ok(StoredText::New);
    };
    let mine = outlet(r.source, r.url);
    if (r.given && id == r.id) || outlet(source.as_deref(), url.as_deref()) == mine {
        return Ok(StoredText::Stored);
    }
    let copy = copy_hash(r.hash, &mine);
    Ok(if contains(db, &copy)? {
        StoredText::Stored
    } else {
        StoredText::CopyAs(copy)
    })
}

pub(crate) fn record_error(db: &dyn sql::Db, path: &str, message: &str) -> Result<(), StoreError> {
    db.exec(
        "INSERT INTO diagnostics (path, stage, message) VALUES (?1, 'ingest', ?2)
         ON CONFLICT DO NOTHING",
        &[sql::text(path), sql::text(message)],
    )?;
    Ok(())
}

pub(crate) fn document(
    db: &dyn sql::Db,
    id_or_hash: &str,
) -> Result<serde_json::Value, StoreError> {
    let body = db
        .first(
            "SELECT body FROM documents WHERE hash = ?1 OR id = ?1 ORDER BY hash = ?1 DESC, doc
             LIMIT 1",
            &[sql::text(id_or_hash)],
            |r| r.bytes_opt(0),
        )?
        .flatten()
        .ok_or_else(|| StoreError::NotFound(id_or_hash.to_string()))?;
    let mut json = Vec::new();
    pack::unpack(&body)?.json_into(&mut json)?;
    Ok(serde_json::from_slice(&json)?)
}

fn open_err(path: &Path, source: rusqlite::Error) -> StoreError {
    StoreError::Open {
        path: path.to_path_buf(),
        source,
    }
}

fn not_dyad(path: &Path, why: String) -> StoreError {
    StoreError::NotDyad {
        path: path.to_path_buf(),
        why,
    }
}

/// Settings that change how a connection reads, not the file.
/// Compiled statements kept per connection (see [`read_pragmas`]).
const STATEMENT_CACHE: usize = 128;

fn read_pragmas(conn: &Connection) -> rusqlite::Result<()> {
    // The per-document savepoints of a batch and the sorts of a query in memory, not in
    // temporary files.
    conn.pragma_update(None, "temp_store", "MEMORY")?;
    // Every statement a batch, its link step or a listing runs stays compiled: rusqlite keeps
    // 16 by default, and a batch with its link step runs about 45.
    conn.set_prepared_statement_cache_capacity(STATEMENT_CACHE);
    // Reads map the file instead of copying each page through a system call: a dyad series
    // looks up a few thousand scattered event rows (3× faster at 100k documents). A store of
    // 100k documents is about 470 MB: map up to 1 GiB (address space, not memory).
    conn.pragma_update(None, "mmap_size", 1024i64 * 1024 * 1024)
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

#[cfg(test)]
mod open_tests {
    use super::*;
    use crate::testdata::{doc_fomin, doc_lavrov};

    fn bytes(path: &Path) -> Vec<u8> {
        std::fs::read(path).unwrap()
    }

    #[test]
    fn read_only_opens_query_and_never_write() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("dyad.db");
        Store::open(&path)
            .unwrap()
            .write_batch(&[doc_fomin()])
            .unwrap();
        let before = bytes(&path);
        let mut ro = Store::open_read_only(&path).unwrap();
        assert!(ro.is_read_only());
        assert_eq!(ro.summary().unwrap().documents, 1);
        assert!(matches!(
            ro.write_batch(&[doc_lavrov()]),
            Err(StoreError::ReadOnly)
        ));
        assert!(matches!(
            ro.record_error("x", "y"),
            Err(StoreError::ReadOnly)
        ));
        // Even past our own check, SQLite refuses: the flags, not file permissions.
        let err = ro.conn.execute("DELETE FROM documents", []).unwrap_err();
        assert_eq!(err.sqlite_error_code(), Some(rusqlite::ErrorCode::ReadOnly));
        drop(ro);
        assert_eq!(before, bytes(&path));
        // Nothing at the path: an error, and no file is created.
        let missing = dir.path().join("missing.db");
        assert!(Store::open_read_only(&missing).is_err());
        assert!(!missing.exists());
    }

    #[test]
    fn reading_never_migrates_an_older_schema() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("old.db");
        {
            let mut conn = Connection::open(&path).unwrap();
            migrate::migrate(&mut conn, &migrate::MIGRATIONS[..2]).unwrap();
        }
        let before = bytes(&path);
        let err = Store::open_read_only(&path).unwrap_err();
        assert!(
            matches!(err, StoreError::SchemaTooOld { found: 2, .. }),
            "{err}"
        );
        assert!(err.to_string().contains("dyad migrate"), "{err}");
        assert_eq!(before, bytes(&path), "a read changed the file");
        // Writing migrates, and old documents are known by their id.
        let store = Store::open(&path).unwrap();
        assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
        drop(store);
        assert!(Store::open_read_only(&path).is_ok());
    }

    #[test]
    fn another_programs_database_is_refused_untouched() {
        let dir = tempfile::tempdir().unwrap();
        let foreign = dir.path().join("theirs.db");
        {
            let conn = Connection::open(&foreign).unwrap();
            conn.execute_batch("CREATE TABLE accounts (id INTEGER, balance REAL); INSERT INTO accounts VALUES (1, 10.0);")
                .unwrap();
        }
        let text = dir.path().join("notes.db");
        std::fs::write(
            &text,
            "this is not a database at all, just some notes\n".repeat(100),
        )
        .unwrap();
        for path in [&foreign, &text] {
            let before = bytes(path);
            for result in [Store::open(path), Store::open_read_only(path)] {
                let err = result.unwrap_err();
                assert!(matches!(err, StoreError::NotDyad { .. }), "{err}");
                assert!(err.to_string().contains("left untouched"), "{err}");
            }
            assert_eq!(before, bytes(path), "{} was changed", path.display());
            let wal = format!("{}-wal", path.display());
            assert!(!Path::new(&wal).exists());
        }
        // A new or empty file is dyad's to initialise.
        let empty = dir.path().join("empty.db");
        std::fs::write(&empty, b"").unwrap();
        assert!(Store::open(&empty).is_ok());
    }

    #[test]
    fn a_changed_document_replaces_its_older_version() {
        let mut store = Store::open_in_memory().unwrap();
        let mut old = doc_fomin();
        old.raw.key = Some("feeds/fomin.txt".into());
        let mut new = doc_lavrov();
        new.raw.key = Some("feeds/fomin.txt".into());
        store.write_batch(&[old.clone()]).unwrap();
        let events_before = store.summary().unwrap().events;
        assert!(events_before > 0);
        let stats = store.write_batch(&[new.clone()]).unwrap();
        assert_eq!((stats.inserted, stats.replaced), (1, 1));
        let s = store.summary().unwrap();
        assert_eq!(s.documents, 1);
        assert!(!store.contains(&old.raw.hash).unwrap());
        assert!(store.contains(&new.raw.hash).unwrap());
        // The old version's events are gone with it.
        let events: i64 = store
            .conn
            .query_row(
                "SELECT COUNT(*) FROM events e JOIN documents d ON d.doc = e.doc WHERE d.hash = ?1",
                [&old.raw.hash],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(events, 0);
        // Writing the same version again changes nothing.
        let again = store.write_batch(&[new]).unwrap();
        assert_eq!(
            (again.inserted, again.skipped_existing, again.replaced),
            (0, 1, 0)
        );
    }

    #[test]
    fn recoding_replaces_layers_in_place() {
        let mut store = Store::open_in_memory().unwrap();
        let mut doc = doc_fomin();
        doc.raw.language = Some("en-GB".into());
        store.write_batch(&[doc.clone(), doc_lavrov()]).unwrap();
        let raws = store.raw_documents(0, 10).unwrap();
        assert_eq!(raws.len(), 2);
        let (row, raw) = &raws[0];
        assert_eq!(raw.hash, doc.raw.hash);
        assert_eq!(raw.id, doc.raw.id);
        // A re-run reads the record's declared language as ingest did.
        assert_eq!(raw.language.as_deref(), Some("en-GB"));
        assert_eq!(raws[1].1.language, None);
        // A "new run" that finds nothing: layers go, the row stays.
        let mut bare = Document::new(raw.clone());
        bare.text = doc.text.clone();
        assert_eq!(store.replace_layers(&[(*row, bare)]).unwrap(), 1);
        let events: i64 = store
            .conn
            .query_row("SELECT COUNT(*) FROM events WHERE doc = ?1", [row], |r| {
                r.get(0)
            })
            .unwrap();
        assert_eq!(events, 0);
        assert_eq!(store.summary().unwrap().documents, 2);
        assert_eq!(store.raw_documents(*row, 10).unwrap().len(), 1);
    }
}
