//! dyad's Parquet export: the store as typed, hive-partitioned Parquet files that Spark,
//! pyarrow, DuckDB or polars read as datasets.
//!
//! ```text
//! OUT/events/month=2025-07/type=CONSULT/part-00000.parquet         every event report
//! OUT/events_folded/month=2025-07/type=CONSULT/part-00000.parquet  one row per real-world event
//! OUT/documents/month=2025-07/part-00000.parquet                   documents, with their text
//! OUT/entities/month=2025-07/part-00000.parquet                    entities with their mentions
//! OUT/quotes/month=2025-07/part-00000.parquet                      quotes with whom they name
//! OUT/_SUCCESS
//! ```
//!
//! Events are partitioned by the month of their first day and by type; the others by the month
//! of their document's publication date. Undated rows are under `month=__HIVE_DEFAULT_PARTITION__`
//! (read back as null). Each table is written into a hidden folder and moved into place when
//! complete, so a failed export leaves no half-written table behind. The columns are listed
//! in events.rs and docs.rs and documented in the README.

mod docs;
mod events;
mod table;

use dyad_store::{EventQuery, EventRow, ReadStore, StoreError};
use std::path::{Path, PathBuf};
use table::{month, Partitioned};

pub use table::{Written, NULL_PARTITION};

/// The tables an export writes, in order.
pub const TABLES: [&str; 5] = ["events", "events_folded", "documents", "entities", "quotes"];

#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ExportError {
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{0} already exists: remove it, or export into another folder")]
    Exists(PathBuf),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("writing Parquet: {0}")]
    Parquet(#[from] parquet::errors::ParquetError),
    #[error("building Arrow arrays: {0}")]
    Arrow(#[from] arrow_schema::ArrowError),
    #[error("internal error: {0}")]
    Internal(String),
}

impl ExportError {
    fn io(path: &Path, source: std::io::Error) -> ExportError {
        ExportError::Io {
            path: path.to_path_buf(),
            source,
        }
    }
}

/// What an export wrote, table by table (in [`TABLES`] order).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Exported {
    pub tables: Vec<(&'static str, Written)>,
}

/// Writes every table of `store` under `out` (created if missing). A table folder that already
/// exists there is an error before anything is written: an export never mixes with an older one.
pub fn export(store: &dyn ReadStore, out: &Path) -> Result<Exported, ExportError> {
    for t in TABLES {
        let p = out.join(t);
        if p.exists() {
            return Err(ExportError::Exists(p));
        }
    }
    std::fs::create_dir_all(out).map_err(|e| ExportError::io(out, e))?;
    let staging = out.join(format!(".dyad-export-{}", std::process::id()));
    let result = write_tables(store, &staging).and_then(|tables| {
        for (t, _) in &tables {
            let (from, to) = (staging.join(t), out.join(t));
            if from.exists() {
                std::fs::rename(&from, &to).map_err(|e| ExportError::io(&to, e))?;
            }
        }
        let done = out.join("_SUCCESS");
        std::fs::write(&done, b"").map_err(|e| ExportError::io(&done, e))?;
        Ok(Exported { tables })
    });
    // Best effort: on success it is empty; on failure it holds the partial tables.
    let _ = std::fs::remove_dir_all(&staging);
    result
}

fn write_tables(
    store: &dyn ReadStore,
    root: &Path,
) -> Result<Vec<(&'static str, Written)>, ExportError> {
    Ok(vec![
        ("events", write_events(store, root)?),
        ("events_folded", write_folded(store, root)?),
        ("documents", write_documents(store, root)?),
        ("entities", write_entities(store, root)?),
        ("quotes", write_quotes(store, root)?),
    ])
}

/// Runs a store scan into a writer, keeping the first write error (the scan stops there).
fn drain<R>(
    scan: impl FnOnce(&mut dyn FnMut(R) -> bool) -> Result<(), StoreError>,
    mut write: impl FnMut(&R) -> Result<(), ExportError>,
) -> Result<(), ExportError> {
    let mut failed = None;
    scan(&mut |row| match write(&row) {
        Ok(()) => true,
        Err(e) => {
            failed = Some(e);
            false
        }
    })?;
    failed.map_or(Ok(()), Err)
}

/// Event reports read per query of an export.
const EVENT_PAGE: usize = 5000;

/// Every report, including historical, future, hypothetical and negated ones (`aux`), read a
/// page at a time so that the store holds one page in memory.
fn write_events(store: &dyn ReadStore, root: &Path) -> Result<Written, ExportError> {
    let columns = events::report_columns();
    let mut w = Partitioned::new(root.join("events"), &columns);
    let mut after = None;
    loop {
        let q = EventQuery {
            include_aux: true,
            after,
            limit: Some(EVENT_PAGE),
            ..EventQuery::default()
        };
        let (mut n, mut last) = (0, None);
        drain(
            |f| store.scan_event_rows(&q, f),
            |e: &EventRow| {
                n += 1;
                last = Some(e.cursor());
                let m = month(e.date_first);
                w.write(
                    &[("month", m.as_deref()), ("type", Some(e.kind.as_str()))],
                    e,
                )
            },
        )?;
        if n < EVENT_PAGE {
            break;
        }
        after = last;
    }
    w.finish()
}

/// One row per real-world event: the report standing for it, its counts and its reports.
fn write_folded(store: &dyn ReadStore, root: &Path) -> Result<Written, ExportError> {
    let columns = events::folded_columns();
    let mut w = Partitioned::new(root.join("events_folded"), &columns);
    let q = EventQuery {
        include_aux: true,
        dedup: true,
        ..EventQuery::default()
    };
    drain(
        |f| store.scan_folded(&q, f),
        |e| {
            let m = month(e.rep.date_first);
            w.write(
                &[("month", m.as_deref()), ("type", Some(e.rep.kind.as_str()))],
                e,
            )
        },
    )?;
    w.finish()
}

fn write_documents(store: &dyn ReadStore, root: &Path) -> Result<Written, ExportError> {
    let mut w = Partitioned::new(root.join("documents"), docs::DOCUMENTS);
    drain(
        |f| store.export_documents(f),
        |d| w.write(&[("month", month(d.published_first).as_deref())], d),
    )?;
    w.finish()
}

fn write_entities(store: &dyn ReadStore, root: &Path) -> Result<Written, ExportError> {
    let mut w = Partitioned::new(root.join("entities"), docs::ENTITIES);
    drain(
        |f| store.export_entities(f),
        |e| w.write(&[("month", month(e.doc_published_first).as_deref())], e),
    )?;
    w.finish()
}

fn write_quotes(store: &dyn ReadStore, root: &Path) -> Result<Written, ExportError> {
    let mut w = Partitioned::new(root.join("quotes"), docs::QUOTES);
    drain(
        |f| store.export_quotes(f),
        |q| w.write(&[("month", month(q.doc_published_first).as_deref())], q),
    )?;
    w.finish()
}
