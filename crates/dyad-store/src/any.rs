//! One store of either backend, chosen by what `--db` names: a `postgres://` URL is a
//! PostgreSQL database, anything else a SQLite file. What the binary's commands need of a
//! store, whichever it is.

use crate::pg::{is_postgres_url, PgStore};
use crate::{
    ActorQuery, ActorRow, BatchStats, CountryPair, DiagnosticRow, DocQuery, DocRow, DocumentRecord,
    EntityRecord, EventFact, EventQuery, EventRow, FoldedEvent, LinkStats, PreparedDocument,
    QuoteQuery, QuoteRecord, QuoteRow, ReadStore, Recode, Store, StoreError, Summary, VolumeRow,
    WriteStore,
};
use dyad_core::{Document, RawDocument};
use jiff::civil::Date;

/// A SQLite or a PostgreSQL store.
#[derive(Debug)]
pub enum AnyStore {
    Sqlite(Store),
    /// Boxed: a PostgreSQL client is much larger than a SQLite connection.
    Postgres(Box<PgStore>),
}

/// Calls the same method on whichever store it is.
macro_rules! either {
    ($self:expr, $s:ident => $e:expr) => {
        match $self {
            AnyStore::Sqlite($s) => $e,
            AnyStore::Postgres($s) => $e,
        }
    };
}

impl AnyStore {
    /// Opens for writing (creating and migrating): a PostgreSQL URL or a SQLite path.
    pub fn open(db: &str) -> Result<AnyStore, StoreError> {
        if is_postgres_url(db) {
            Ok(AnyStore::Postgres(Box::new(PgStore::open(db)?)))
        } else {
            Ok(AnyStore::Sqlite(Store::open(db)?))
        }
    }

    /// Opens for queries only: nothing created, migrated or written.
    pub fn open_read_only(db: &str) -> Result<AnyStore, StoreError> {
        if is_postgres_url(db) {
            Ok(AnyStore::Postgres(Box::new(PgStore::open_read_only(db)?)))
        } else {
            Ok(AnyStore::Sqlite(Store::open_read_only(db)?))
        }
    }

    /// Which backend it is, for messages: `SQLite` or `PostgreSQL`.
    pub fn backend(&self) -> &'static str {
        match self {
            AnyStore::Sqlite(_) => "SQLite",
            AnyStore::Postgres(_) => "PostgreSQL",
        }
    }

    pub fn events(&self, q: &EventQuery) -> Result<Vec<EventRow>, StoreError> {
        either!(self, s => s.events(q))
    }

    pub fn folded_events(&self, q: &EventQuery) -> Result<Vec<FoldedEvent>, StoreError> {
        either!(self, s => s.folded_events(q))
    }

    pub fn diagnostics(&self) -> Result<Vec<DiagnosticRow>, StoreError> {
        either!(self, s => s.diagnostics())
    }

    pub fn export_jsonl(&self, out: impl std::io::Write) -> Result<u64, StoreError> {
        either!(self, s => s.export_jsonl(out))
    }

    pub fn document(&self, id_or_hash: &str) -> Result<serde_json::Value, StoreError> {
        either!(self, s => s.document(id_or_hash))
    }

    pub fn schema_version(&self) -> Result<u32, StoreError> {
        either!(self, s => s.schema_version())
    }

    /// Stores a batch of documents in one transaction; see [`Store::write_batch`].
    pub fn write_batch(&mut self, docs: &[Document]) -> Result<BatchStats, StoreError> {
        either!(self, s => s.write_batch(docs))
    }
}

impl ReadStore for AnyStore {
    fn scan_facts(
        &self,
        q: &EventQuery,
        f: &mut dyn FnMut(EventFact) -> bool,
    ) -> Result<(), StoreError> {
        either!(self, s => s.scan_facts(q, f))
    }
    fn scan_event_rows(
        &self,
        q: &EventQuery,
        f: &mut dyn FnMut(EventRow) -> bool,
    ) -> Result<(), StoreError> {
        either!(self, s => s.scan_event_rows(q, f))
    }
    fn event_days(&self, q: &EventQuery) -> Result<Vec<(Date, Date, u64)>, StoreError> {
        either!(self, s => s.event_days(q))
    }
    fn scan_quotes(
        &self,
        q: &QuoteQuery,
        f: &mut dyn FnMut(QuoteRow) -> bool,
    ) -> Result<(), StoreError> {
        either!(self, s => s.scan_quotes(q, f))
    }
    fn scan_documents(
        &self,
        q: &DocQuery,
        f: &mut dyn FnMut(DocRow) -> bool,
    ) -> Result<(), StoreError> {
        either!(self, s => s.scan_documents(q, f))
    }
    fn volume(&self) -> Result<Vec<VolumeRow>, StoreError> {
        either!(self, s => s.volume())
    }
    fn published_days(&self) -> Result<Vec<(Date, Date, u64)>, StoreError> {
        either!(self, s => s.published_days())
    }
    fn summary(&self) -> Result<Summary, StoreError> {
        either!(self, s => s.summary())
    }
    fn scan_actors(
        &self,
        q: &ActorQuery,
        f: &mut dyn FnMut(ActorRow) -> bool,
    ) -> Result<(), StoreError> {
        either!(self, s => s.scan_actors(q, f))
    }
    fn country_pairs(&self, q: &EventQuery) -> Result<Vec<CountryPair>, StoreError> {
        either!(self, s => s.country_pairs(q))
    }
    fn names_country(&self, country: &str) -> Result<bool, StoreError> {
        either!(self, s => s.names_country(country))
    }
    fn names_actor(&self, who: &str) -> Result<bool, StoreError> {
        either!(self, s => s.names_actor(who))
    }
    fn scan_folded(
        &self,
        q: &EventQuery,
        f: &mut dyn FnMut(FoldedEvent) -> bool,
    ) -> Result<(), StoreError> {
        either!(self, s => s.scan_folded(q, f))
    }
    fn export_documents(
        &self,
        f: &mut dyn FnMut(DocumentRecord) -> bool,
    ) -> Result<(), StoreError> {
        either!(self, s => s.export_documents(f))
    }
    fn export_entities(&self, f: &mut dyn FnMut(EntityRecord) -> bool) -> Result<(), StoreError> {
        either!(self, s => s.export_entities(f))
    }
    fn export_quotes(&self, f: &mut dyn FnMut(QuoteRecord) -> bool) -> Result<(), StoreError> {
        either!(self, s => s.export_quotes(f))
    }
}

impl Recode for AnyStore {
    fn document_count(&self) -> Result<u64, StoreError> {
        either!(self, s => s.document_count())
    }
    fn raw_documents(
        &self,
        after: i64,
        limit: usize,
    ) -> Result<Vec<(i64, RawDocument)>, StoreError> {
        either!(self, s => s.raw_documents(after, limit))
    }
    fn replace_layers(&mut self, docs: &[(i64, Document)]) -> Result<usize, StoreError> {
        either!(self, s => s.replace_layers(docs))
    }
}

impl WriteStore for AnyStore {
    fn contains(&self, hash: &str) -> Result<bool, StoreError> {
        either!(self, s => s.contains(hash))
    }
    fn stored_text(&self, record: &crate::RecordOf<'_>) -> Result<crate::StoredText, StoreError> {
        match self {
            AnyStore::Sqlite(s) => WriteStore::stored_text(s, record),
            AnyStore::Postgres(s) => WriteStore::stored_text(&**s, record),
        }
    }
    fn write_prepared(&mut self, docs: &[PreparedDocument]) -> Result<BatchStats, StoreError> {
        either!(self, s => s.write_prepared(docs))
    }
    fn record_error(&mut self, path: &str, message: &str) -> Result<(), StoreError> {
        either!(self, s => s.record_error(path, message))
    }
    fn link(&mut self) -> Result<LinkStats, StoreError> {
        either!(self, s => s.link())
    }
    fn write_and_link(
        &mut self,
        docs: &[PreparedDocument],
    ) -> Result<(BatchStats, LinkStats), StoreError> {
        either!(self, s => s.write_and_link(docs))
    }
}
