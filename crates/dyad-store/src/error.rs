//! The store's error type.

use std::path::PathBuf;

/// What can go wrong in the store.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum StoreError {
    /// The document (by id or hash) is not in the store.
    #[error("not found: {0}")]
    NotFound(String),
    /// The database file could not be opened or configured.
    #[error("cannot open database {path}: {source}")]
    Open {
        path: PathBuf,
        #[source]
        source: rusqlite::Error,
    },
    /// A schema migration failed; it was rolled back and the schema is at `version - 1`.
    #[error("schema migration {version:04} ({name}) failed: {source}")]
    Migration {
        version: u32,
        name: &'static str,
        #[source]
        source: rusqlite::Error,
    },
    /// The database was written by a newer dyad whose schema this build does not know.
    #[error("database schema version {found} is newer than this build supports ({supported})")]
    SchemaTooNew { found: u32, supported: u32 },
    /// A database opened for reading has an older schema; reading never migrates.
    #[error("database {path} has schema version {found}, older than this build's {supported}; reading never changes it: upgrade it with `dyad migrate --db {path}`")]
    SchemaTooOld {
        path: PathBuf,
        found: u32,
        supported: u32,
    },
    /// The file is not a dyad database (another program's SQLite file, or not SQLite at all);
    /// it was left untouched.
    #[error("{path} is not a dyad database ({why}); it was left untouched")]
    NotDyad { path: PathBuf, why: String },
    /// A database opened read-only was asked to write.
    #[error("the database is open read-only")]
    ReadOnly,
    /// A query asked for something that cannot be asked (e.g. an unreadable actor code).
    #[error("invalid query: {0}")]
    InvalidQuery(String),
    #[error(transparent)]
    Sqlite(#[from] rusqlite::Error),
    /// A PostgreSQL server could not be reached or logged into; `url` is shown without its
    /// password.
    #[error("cannot open PostgreSQL database {url}: {source}")]
    OpenPostgres {
        url: String,
        #[source]
        source: postgres::Error,
    },
    /// A PostgreSQL schema migration failed; it was rolled back.
    #[error("PostgreSQL schema migration {version:04} ({name}) failed: {source}")]
    PgMigration {
        version: u32,
        name: &'static str,
        #[source]
        source: postgres::Error,
    },
    #[error("PostgreSQL: {0}")]
    Postgres(#[from] postgres::Error),
    /// A stored value this build cannot read (written by a newer dyad, or edited by hand).
    #[error("unreadable stored value: {0}")]
    Unreadable(String),
    /// Stored document JSON could not be read back.
    #[error("stored document JSON is unreadable: {0}")]
    Json(#[from] serde_json::Error),
    /// A stored document body (text, JSON) could not be written or read back.
    #[error("{0}")]
    Packed(String),
    /// Writing an export failed.
    #[error(transparent)]
    Io(#[from] std::io::Error),
}

impl StoreError {
    pub fn is_not_found(&self) -> bool {
        matches!(self, StoreError::NotFound(_))
    }
}
