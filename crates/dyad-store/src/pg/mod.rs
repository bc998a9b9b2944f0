//! The PostgreSQL backend: the same schema meaning as SQLite's (`pg_migrations/`), the same
//! queries (the shared SQL of query.rs, read.rs, folded.rs and link/, through [`PgDb`] and
//! [`dialect`]), bulk writes by binary COPY (write.rs).
//!
//! A [`PgStore`] is one connection (the `postgres` crate's synchronous client), `Send` but not
//! `Sync`, like [`crate::Store`].

mod test_schema;
mod write;

pub use test_schema::{TestSchema, DEFAULT_TEST_URL};

use crate::link::LinkStats;
use crate::pack::PreparedDocument;
use crate::sql::{Cols, Db};
use crate::{BatchStats, StoreError, WriteStore};
use postgres::types::{IsNull, ToSql, Type};
use postgres::{Client, NoTls, Row, Statement};
use rusqlite::types::Value;
use std::cell::RefCell;
use std::collections::HashMap;

/// This build's PostgreSQL schema version (its own numbering; SQLite's is [`crate::SCHEMA_VERSION`]).
pub const PG_SCHEMA_VERSION: u32 = 11;

/// The PostgreSQL migrations, in order: (version, name, SQL).
const PG_MIGRATIONS: &[(u32, &str, &str)] = &[
    (1, "init", include_str!("../../pg_migrations/0001_init.sql")),
    (
        2,
        "report_facts",
        include_str!("../../pg_migrations/0002_report_facts.sql"),
    ),
    (
        3,
        "writer_indexes",
        include_str!("../../pg_migrations/0003_writer_indexes.sql"),
    ),
    (
        4,
        "layers_in_body",
        include_str!("../../pg_migrations/0004_layers_in_body.sql"),
    ),
    (
        5,
        "unread_event_indexes",
        include_str!("../../pg_migrations/0005_unread_event_indexes.sql"),
    ),
    (
        6,
        "article_week",
        include_str!("../../pg_migrations/0006_article_week.sql"),
    ),
    (
        7,
        "binary_bodies",
        include_str!("../../pg_migrations/0007_binary_bodies.sql"),
    ),
    (
        8,
        "quotes_in_body",
        include_str!("../../pg_migrations/0008_quotes_in_body.sql"),
    ),
    (
        9,
        "reports_are_mentions",
        include_str!("../../pg_migrations/0009_reports_are_mentions.sql"),
    ),
    (
        10,
        "story_links",
        include_str!("../../pg_migrations/0010_story_links.sql"),
    ),
    (
        11,
        "copies_across_weeks",
        include_str!("../../pg_migrations/0011_copies_across_weeks.sql"),
    ),
];

/// Prepared statements kept per connection; past this many, the cache starts again (event
/// listings build their SQL from the filter).
const STATEMENT_CACHE: usize = 256;

/// Whether `db` names a PostgreSQL database (`postgres://…` or `postgresql://…`) rather than a
/// SQLite file.
pub fn is_postgres_url(db: &str) -> bool {
    db.starts_with("postgres://") || db.starts_with("postgresql://")
}

/// The URL with its password replaced by `***`, for messages.
pub fn redact(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else {
        return url.to_string();
    };
    let (auth, host) = match rest.rsplit_once('@') {
        Some((auth, host)) => (auth, host),
        None => return url.to_string(),
    };
    match auth.split_once(':') {
        Some((user, _)) => format!("{scheme}://{user}:***@{host}"),
        None => url.to_string(),
    }
}

/// One connection, with its prepared statements, running the shared SQL.
pub(crate) struct PgDb {
    client: RefCell<Client>,
    statements: RefCell<HashMap<String, Statement>>,
}

impl std::fmt::Debug for PgDb {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("PgDb")
    }
}

impl PgDb {
    fn statement(&self, sql: &str) -> Result<Statement, StoreError> {
        if let Some(s) = self.statements.borrow().get(sql) {
            return Ok(s.clone());
        }
        let stmt = self.client.borrow_mut().prepare(&dialect(sql))?;
        let mut cache = self.statements.borrow_mut();
        if cache.len() >= STATEMENT_CACHE {
            cache.clear();
        }
        cache.insert(sql.to_string(), stmt.clone());
        Ok(stmt)
    }

    /// Runs SQL text as it is (several statements, no parameters).
    pub(crate) fn batch(&self, sql: &str) -> Result<(), StoreError> {
        Ok(self.client.borrow_mut().batch_execute(sql)?)
    }

    /// The client itself, for COPY.
    pub(crate) fn client(&self) -> std::cell::RefMut<'_, Client> {
        self.client.borrow_mut()
    }

    /// Runs `f` in a transaction: committed when it returns Ok, rolled back otherwise.
    pub(crate) fn transaction<T>(
        &self,
        f: impl FnOnce() -> Result<T, StoreError>,
    ) -> Result<T, StoreError> {
        self.batch("BEGIN")?;
        match f() {
            Ok(v) => {
                self.batch("COMMIT")?;
                Ok(v)
            }
            Err(e) => {
                // The connection may be gone too; the first error is the one to report.
                let _ = self.batch("ROLLBACK");
                Err(e)
            }
        }
    }
}

/// The few spellings of the shared SQL that PostgreSQL writes otherwise, as literal rewrites,
/// then SQLite's `?N`/`?` parameters as `$N`.
const REWRITES: &[(&str, &str)] = &[
    // SQLite's LIKE ignores ASCII case; under the "C" collation ILIKE folds ASCII only too.
    (" LIKE ", " ILIKE "),
    // SQLite unpacks the text from the stored body; PostgreSQL keeps it as a column.
    ("dyad_text(d.body)", "d.text"),
    // SQLite's unary plus keeps its planner off an index; PostgreSQL has no such operator.
    ("+x.kb_id", "x.kb_id"),
    (
        "julianday(e.date_last) - julianday(e.date_first)",
        "(e.date_last::date - e.date_first::date)",
    ),
    // The next event's id: SQLite's rule for its AUTOINCREMENT key, here the key's sequence
    // (advanced once: a subquery in FROM with a volatile function is evaluated once).
    (
        crate::link::NEXT_CLUSTER,
        "SELECT nextval(pg_get_serial_sequence('clusters', 'cluster')) AS id",
    ),
];

/// The shared SQL in PostgreSQL's spelling (see [`REWRITES`]).
pub(crate) fn dialect(sql: &str) -> String {
    let mut s = sql.to_string();
    for (from, to) in REWRITES {
        s = s.replace(from, to);
    }
    numbered(&s)
}

/// SQLite's parameters as PostgreSQL's: `?N` is `$N`, a bare `?` is one more than the largest
/// number so far (SQLite's rule). Quoted text and identifiers are left alone.
fn numbered(sql: &str) -> String {
    let mut out = String::with_capacity(sql.len() + 16);
    let mut chars = sql.chars().peekable();
    let (mut largest, mut quote) = (0u32, None::<char>);
    while let Some(c) = chars.next() {
        match (quote, c) {
            (Some(q), c) if c == q => {
                quote = None;
                out.push(c);
            }
            (Some(_), c) => out.push(c),
            (None, '\'' | '"') => {
                quote = Some(c);
                out.push(c);
            }
            (None, '?') => {
                let mut digits = String::new();
                while let Some(d) = chars.peek().filter(|d| d.is_ascii_digit()) {
                    digits.push(*d);
                    chars.next();
                }
                let n = digits.parse().unwrap_or(largest + 1);
                largest = largest.max(n);
                out.push('$');
                out.push_str(&n.to_string());
            }
            (None, c) => out.push(c),
        }
    }
    out
}

/// A parameter of the shared SQL, written as the type PostgreSQL inferred for its place.
#[derive(Debug)]
struct Param<'a>(&'a Value);

impl ToSql for Param<'_> {
    fn to_sql(
        &self,
        ty: &Type,
        out: &mut bytes::BytesMut,
    ) -> Result<IsNull, Box<dyn std::error::Error + Sync + Send>> {
        match self.0 {
            Value::Null => Ok(IsNull::Yes),
            Value::Integer(n) => match *ty {
                Type::INT2 => i16::try_from(*n)?.to_sql(ty, out),
                Type::INT4 => i32::try_from(*n)?.to_sql(ty, out),
                Type::FLOAT8 => (*n as f64).to_sql(ty, out),
                Type::BOOL => (*n != 0).to_sql(ty, out),
                _ => n.to_sql(ty, out),
            },
            Value::Real(x) => match *ty {
                Type::FLOAT4 => (*x as f32).to_sql(ty, out),
                _ => x.to_sql(ty, out),
            },
            Value::Text(s) => s.as_str().to_sql(ty, out),
            Value::Blob(b) => b.as_slice().to_sql(ty, out),
        }
    }

    fn accepts(ty: &Type) -> bool {
        matches!(
            *ty,
            Type::INT2
                | Type::INT4
                | Type::INT8
                | Type::FLOAT4
                | Type::FLOAT8
                | Type::BOOL
                | Type::TEXT
                | Type::VARCHAR
                | Type::BPCHAR
                | Type::NAME
                | Type::UNKNOWN
                | Type::BYTEA
        )
    }

    postgres::types::to_sql_checked!();
}

impl Db for PgDb {
    fn exec(&self, sql: &str, params: &[Value]) -> Result<u64, StoreError> {
        let stmt = self.statement(sql)?;
        let params: Vec<Param> = params.iter().map(Param).collect();
        let refs: Vec<&(dyn ToSql + Sync)> =
            params.iter().map(|p| p as &(dyn ToSql + Sync)).collect();
        Ok(self.client.borrow_mut().execute(&stmt, &refs)?)
    }

    fn each(
        &self,
        sql: &str,
        params: &[Value],
        f: &mut dyn FnMut(&dyn Cols) -> Result<bool, StoreError>,
    ) -> Result<(), StoreError> {
        use postgres::fallible_iterator::FallibleIterator;
        let stmt = self.statement(sql)?;
        let mut client = self.client.borrow_mut();
        let mut rows = client.query_raw(&stmt, params.iter().map(Param))?;
        while let Some(row) = rows.next()? {
            if !f(&row)? {
                break;
            }
        }
        Ok(())
    }
}

impl Cols for Row {
    fn i64_opt(&self, i: usize) -> Result<Option<i64>, StoreError> {
        let ty = self.columns().get(i).map(|c| c.type_().clone());
        Ok(match ty {
            Some(Type::INT2) => self.try_get::<_, Option<i16>>(i)?.map(i64::from),
            Some(Type::INT4) => self.try_get::<_, Option<i32>>(i)?.map(i64::from),
            Some(Type::BOOL) => self.try_get::<_, Option<bool>>(i)?.map(i64::from),
            _ => self.try_get(i)?,
        })
    }
    fn f64_opt(&self, i: usize) -> Result<Option<f64>, StoreError> {
        let ty = self.columns().get(i).map(|c| c.type_().clone());
        Ok(match ty {
            Some(Type::FLOAT4) => self.try_get::<_, Option<f32>>(i)?.map(f64::from),
            // A difference of dates (`julianday(…) - julianday(…)` in the shared SQL).
            Some(Type::INT4) => self.try_get::<_, Option<i32>>(i)?.map(f64::from),
            Some(Type::INT8) => self.try_get::<_, Option<i64>>(i)?.map(|n| n as f64),
            _ => self.try_get(i)?,
        })
    }
    fn str_opt(&self, i: usize) -> Result<Option<String>, StoreError> {
        Ok(self.try_get(i)?)
    }
    fn bytes_opt(&self, i: usize) -> Result<Option<Vec<u8>>, StoreError> {
        Ok(self.try_get(i)?)
    }
    fn index(&self, name: &str) -> Result<usize, StoreError> {
        self.columns()
            .iter()
            .position(|c| c.name() == name)
            .ok_or_else(|| StoreError::Unreadable(format!("no column {name}")))
    }
}

/// A connection to a dyad database on a PostgreSQL server.
#[derive(Debug)]
pub struct PgStore {
    db: PgDb,
    read_only: bool,
    /// The URL without its password.
    shown: String,
}

impl PgStore {
    /// Connects and brings the schema up to date (creating it in an empty database). A
    /// database holding other tables and no dyad schema is refused untouched.
    pub fn open(url: &str) -> Result<PgStore, StoreError> {
        let store = PgStore::connect(url, false)?;
        store.migrate()?;
        store.db.batch(write::STAGING)?;
        Ok(store)
    }

    /// Connects for queries only: the session is read-only, nothing is created or migrated.
    pub fn open_read_only(url: &str) -> Result<PgStore, StoreError> {
        let store = PgStore::connect(url, true)?;
        match store.found()? {
            None => Err(StoreError::NotDyad {
                path: store.shown.clone().into(),
                why: "no dyad schema in it".into(),
            }),
            Some(v) if v > PG_SCHEMA_VERSION => Err(StoreError::SchemaTooNew {
                found: v,
                supported: PG_SCHEMA_VERSION,
            }),
            Some(v) if v < PG_SCHEMA_VERSION => Err(StoreError::SchemaTooOld {
                path: store.shown.clone().into(),
                found: v,
                supported: PG_SCHEMA_VERSION,
            }),
            Some(_) => {
                store
                    .db
                    .batch("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")?;
                Ok(store)
            }
        }
    }

    fn connect(url: &str, read_only: bool) -> Result<PgStore, StoreError> {
        let shown = redact(url);
        let client = Client::connect(url, NoTls).map_err(|source| StoreError::OpenPostgres {
            url: shown.clone(),
            source,
        })?;
        let store = PgStore {
            db: PgDb {
                client: RefCell::new(client),
                statements: RefCell::new(HashMap::new()),
            },
            read_only,
            shown,
        };
        // Statements are prepared once per connection, and PostgreSQL soon keeps one generic
        // plan for each, planned from the statistics of that moment: on a new database every
        // table is empty then, and the plan a long link step kept scanned cluster_blocks
        // sequentially as it grew (11 minutes instead of 12 s to link 13,000 reports). Each
        // execution is planned for its values and the tables' current size instead.
        store.db.batch("SET plan_cache_mode = force_custom_plan")?;
        Ok(store)
    }

    /// The URL, without its password.
    pub fn url(&self) -> &str {
        &self.shown
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

    /// The schema version of the database, `None` when it has no dyad schema; an error when it
    /// holds other tables and no dyad schema (another program's database).
    fn found(&self) -> Result<Option<u32>, StoreError> {
        let mut c = self.db.client();
        let ours: Option<String> = c
            .query_one("SELECT to_regclass('dyad_schema')::text", &[])?
            .get(0);
        if ours.is_none() {
            let tables: i64 = c
                .query_one(
                    "SELECT COUNT(*) FROM pg_tables WHERE schemaname = current_schema()",
                    &[],
                )?
                .get(0);
            if tables > 0 {
                return Err(StoreError::NotDyad {
                    path: self.shown.clone().into(),
                    why: format!("{tables} tables and no dyad schema"),
                });
            }
            return Ok(None);
        }
        let v: Option<i32> = c
            .query_opt("SELECT MAX(version) FROM dyad_schema", &[])?
            .and_then(|r| r.get(0));
        Ok(Some(v.map_or(0, |v| u32::try_from(v).unwrap_or(0))))
    }

    /// The schema version of the open database.
    pub fn schema_version(&self) -> Result<u32, StoreError> {
        Ok(self.found()?.unwrap_or(0))
    }

    /// Applies the migrations this database has not had, each in its own transaction, under
    /// an advisory lock so that two writers starting at once migrate once.
    fn migrate(&self) -> Result<(), StoreError> {
        let found = self.found()?.unwrap_or(0);
        if found > PG_SCHEMA_VERSION {
            return Err(StoreError::SchemaTooNew {
                found,
                supported: PG_SCHEMA_VERSION,
            });
        }
        for &(version, name, sql) in PG_MIGRATIONS {
            let mut c = self.db.client();
            let mut tx = c.transaction()?;
            // 'dyad' in ASCII, as SQLite's application id.
            tx.execute("SELECT pg_advisory_xact_lock(1685676388)", &[])?;
            // Asked again under the lock: another writer may have migrated meanwhile.
            let exists: bool = tx
                .query_one("SELECT to_regclass('dyad_schema') IS NOT NULL", &[])?
                .get(0);
            if exists {
                let done: bool = tx
                    .query_one(
                        "SELECT EXISTS (SELECT 1 FROM dyad_schema WHERE version >= $1)",
                        &[&(version as i32)],
                    )?
                    .get(0);
                if done {
                    continue;
                }
            }
            let fail = |source| StoreError::PgMigration {
                version,
                name,
                source,
            };
            tx.batch_execute(sql).map_err(fail)?;
            tx.execute(
                "INSERT INTO dyad_schema (version) VALUES ($1)",
                &[&(version as i32)],
            )
            .map_err(fail)?;
            tx.commit()?;
        }
        Ok(())
    }

    /// Whether a document with this content hash is stored.
    pub fn contains(&self, hash: &str) -> Result<bool, StoreError> {
        crate::contains(&self.db, hash)
    }

    /// Records a document that never made it into the store.
    pub fn record_error(&mut self, path: &str, message: &str) -> Result<(), StoreError> {
        self.writable()?;
        crate::record_error(&self.db, path, message)
    }

    /// The stored JSON of one document, by its id or its content hash.
    pub fn document(&self, id_or_hash: &str) -> Result<serde_json::Value, StoreError> {
        crate::document(&self.db, id_or_hash)
    }

    /// Events matching `q`, in the order of [`crate::Store::events`].
    pub fn events(&self, q: &crate::EventQuery) -> Result<Vec<crate::EventRow>, StoreError> {
        crate::query::events(&self.db, q)
    }

    /// Folded events with their reports, as [`crate::Store::folded_events`].
    pub fn folded_events(
        &self,
        q: &crate::EventQuery,
    ) -> Result<Vec<crate::FoldedEvent>, StoreError> {
        crate::folded::folded_events(&self.db, q)
    }

    /// Every recorded problem, oldest first.
    pub fn diagnostics(&self) -> Result<Vec<crate::DiagnosticRow>, StoreError> {
        crate::query::diagnostics(&self.db)
    }

    /// The stored JSON of every document, one per line, in the order they were stored.
    pub fn export_jsonl(&self, out: impl std::io::Write) -> Result<u64, StoreError> {
        crate::query::export_jsonl(&self.db, out)
    }

    /// Stores a batch of documents in one transaction; see [`crate::Store::write_batch`].
    pub fn write_batch(&mut self, docs: &[dyad_core::Document]) -> Result<BatchStats, StoreError> {
        let prepared = docs
            .iter()
            .map(|d| PreparedDocument::new(d.clone()))
            .collect::<Result<Vec<_>, _>>()?;
        self.write_prepared(&prepared)
    }

    /// [`PgStore::write_batch`] for documents whose stored form was built beforehand.
    pub fn write_prepared(&mut self, docs: &[PreparedDocument]) -> Result<BatchStats, StoreError> {
        self.writable()?;
        write::write_prepared(&self.db, docs)
    }

    /// Links what was written since the last link step, as [`crate::Store::link`] does, in one
    /// transaction.
    pub fn link(&mut self) -> Result<LinkStats, StoreError> {
        self.writable()?;
        let rules = crate::link::builtin_rules();
        self.db.transaction(|| {
            crate::link::link_in(
                &self.db,
                rules,
                &mut crate::link::LinkCache::default(),
                &[],
                &|_, _| Ok(()),
            )
        })
    }
}

crate::read::read_store_via_db!(PgStore, db);

impl crate::Recode for PgStore {
    fn document_count(&self) -> Result<u64, StoreError> {
        crate::recode::document_count(&self.db)
    }

    fn raw_documents(
        &self,
        after: i64,
        limit: usize,
    ) -> Result<Vec<(i64, dyad_core::RawDocument)>, StoreError> {
        crate::recode::raw_documents(&self.db, after, limit)
    }

    /// As SQLite's, in one transaction: the layers deleted and written again by COPY, the
    /// counts kept by the schema's triggers. A document PostgreSQL cannot store keeps its
    /// layers and gets a diagnostic; the others are recoded.
    fn replace_layers(&mut self, docs: &[(i64, dyad_core::Document)]) -> Result<usize, StoreError> {
        self.writable()?;
        write::replace_layers(&self.db, docs)
    }
}

impl WriteStore for PgStore {
    fn contains(&self, hash: &str) -> Result<bool, StoreError> {
        PgStore::contains(self, hash)
    }
    fn stored_text(&self, record: &crate::RecordOf<'_>) -> Result<crate::StoredText, StoreError> {
        crate::stored_text(&self.db, record)
    }
    fn write_prepared(&mut self, docs: &[PreparedDocument]) -> Result<BatchStats, StoreError> {
        PgStore::write_prepared(self, docs)
    }
    fn record_error(&mut self, path: &str, message: &str) -> Result<(), StoreError> {
        PgStore::record_error(self, path, message)
    }
    fn link(&mut self) -> Result<LinkStats, StoreError> {
        PgStore::link(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parameters_are_numbered_as_sqlite_numbers_them() {
        assert_eq!(
            numbered("a = ?1 AND b = ?1 AND c = ?"),
            "a = $1 AND b = $1 AND c = $2"
        );
        assert_eq!(numbered("x IN (?, ?) LIMIT ?"), "x IN ($1, $2) LIMIT $3");
        assert_eq!(
            numbered("q.\"end\" <= ? AND t = '?'"),
            "q.\"end\" <= $1 AND t = '?'"
        );
        assert_eq!(
            dialect("t.name LIKE ? ESCAPE '\\'"),
            "t.name ILIKE $1 ESCAPE '\\'"
        );
    }

    #[test]
    fn passwords_are_not_shown() {
        assert_eq!(
            redact("postgres://dyad:secret@localhost:5432/dyad"),
            "postgres://dyad:***@localhost:5432/dyad"
        );
        assert_eq!(redact("postgres://dyad@host/db"), "postgres://dyad@host/db");
        assert!(is_postgres_url("postgresql://x/y"));
        assert!(!is_postgres_url("dyad.db"));
    }
}
